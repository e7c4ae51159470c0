// lib/credits/ledger-sql.ts's statements inside a Prisma transaction (grants, adjustments, expiries: audited admin
// writes that run with Prisma), the same text the usage writer runs on the driver.
import type { Prisma } from '../../generated/prisma/client.ts'
import type { TxQuery } from '../db/open.ts'

export const prismaQuery =
  (tx: Prisma.TransactionClient): TxQuery =>
  async (sql, params) => ({ rows: await tx.$queryRawUnsafe<Record<string, unknown>[]>(sql, ...params) })
