// Reads usage records page by page, newest first, with the filters both usage routes share.

import type { Db } from '../db/open.ts'
import { createdBetween, fetchSize, idBefore, pageOf } from '../paginate.ts'
import { usageView } from '../views/usage.ts'

export interface UsageFilter {
  tokenId?: string
  accountId?: string
  model?: string
  from?: string
  to?: string
  limit?: number
  cursor?: string
}

export async function queryUsage(db: Db, f: UsageFilter) {
  const rows = await db.usageRecord.findMany({
    where: {
      tokenId: f.tokenId,
      accountId: f.accountId,
      model: f.model,
      createdAt: createdBetween(f.from, f.to),
      id: idBefore(f.cursor),
    },
    orderBy: { id: 'desc' },
    take: fetchSize(f.limit),
  })
  const { page, nextCursor } = pageOf(rows, f.limit, (row) => row.id.toString())
  return { data: page.map(usageView), nextCursor }
}
