// The statements every credit movement is made of, on a transaction's `query` (the usage writer's driver
// transaction or Prisma's, through lib/credits/prisma-query.ts). Every movement first locks its accounts' rows
// (FOR NO KEY UPDATE: it does not wait for usage inserts, whose foreign key only takes KEY SHARE), so charges,
// grants, adjustments and expiries of one account are serialised across replicas and each sees the others' work.
import type { TxQuery } from '../db/open.ts'
import { e10ToUsd, usdToE10 } from '../money.ts'
import { type OpenGrant, ORDER_OF_SPENDING } from './allocate.ts'

export type LedgerKind = 'grant' | 'charge' | 'refund' | 'expiry' | 'adjustment'

export interface LedgerRow {
  accountId: string
  kind: LedgerKind
  /** Signed, 1e-10 USD. */
  amount: bigint
  grantId: string | null
  tokenId: string | null
  requestId: string | null
  note: string | null
}

/** The timestamp(3) columns hold UTC, as Prisma writes them. */
export const utcText = (date: Date) => date.toISOString().slice(0, -1)

/** In id order, so two transactions locking the same accounts never wait on each other in a cycle. */
export async function lockAccounts(query: TxQuery, accountIds: readonly string[]): Promise<void> {
  const ids = [...new Set(accountIds)].sort()
  await query(`SELECT id FROM "Account" WHERE id = ANY($1::uuid[]) ORDER BY id FOR NO KEY UPDATE`, [ids])
}

/** The grants that still hold credits and have not expired, per account, in the order they are spent. */
export async function openGrants(query: TxQuery, accountIds: readonly string[]): Promise<Map<string, OpenGrant[]>> {
  const { rows } = await query(
    `SELECT id, "accountId", remaining::text AS remaining FROM "CreditGrant"
     WHERE "accountId" = ANY($1::uuid[]) AND "expiredAt" IS NULL AND remaining > 0 ORDER BY ${ORDER_OF_SPENDING}`,
    [[...new Set(accountIds)]],
  )
  const byAccount = new Map<string, OpenGrant[]>()
  for (const row of rows) {
    const list = byAccount.get(row.accountId as string) ?? []
    list.push({ id: row.id as string, remaining: usdToE10(row.remaining as string) })
    byAccount.set(row.accountId as string, list)
  }
  return byAccount
}

export async function saveRemaining(query: TxQuery, grants: readonly OpenGrant[]): Promise<void> {
  if (grants.length === 0) return
  await query(
    `UPDATE "CreditGrant" AS g SET remaining = u.remaining
     FROM unnest($1::uuid[], $2::numeric[]) AS u(id, remaining) WHERE g.id = u.id`,
    [grants.map((g) => g.id), grants.map((g) => e10ToUsd(g.remaining))],
  )
}

export async function insertEntries(query: TxQuery, entries: readonly LedgerRow[]): Promise<void> {
  if (entries.length === 0) return
  const column = <K extends keyof LedgerRow>(key: K) => entries.map((e) => e[key])
  await query(
    `INSERT INTO "CreditLedgerEntry" ("accountId", kind, amount, "grantId", "tokenId", "requestId", note)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::numeric[], $4::uuid[], $5::uuid[], $6::text[], $7::text[])`,
    [
      column('accountId'),
      column('kind'),
      entries.map((e) => e10ToUsd(e.amount)),
      column('grantId'),
      column('tokenId'),
      column('requestId'),
      column('note'),
    ],
  )
}

/**
 * What charges left unallocated (no grant could cover them) and no later credit has paid yet: what the grants
 * hold less the balance. Read under the account's lock.
 */
export async function debtOf(query: TxQuery, accountId: string): Promise<bigint> {
  const { rows } = await query(
    `SELECT (COALESCE((SELECT sum(remaining) FROM "CreditGrant" WHERE "accountId" = $1::uuid), 0)
           - COALESCE((SELECT sum(amount) FROM "CreditLedgerEntry" WHERE "accountId" = $1::uuid), 0))::text AS debt`,
    [accountId],
  )
  return usdToE10(rows[0].debt as string)
}
