// Reads usage records page by page, newest first, with the filters both usage routes share.
import type { Db } from '../db/open.ts'
import { usageView } from '../views/usage.ts'

export interface UsageFilter {
  tokenId?: string
  accountId?: string
  model?: string
  from?: string
  to?: string
  limit: number
  cursor?: string
}

export async function queryUsage(db: Db, f: UsageFilter) {
  const rows = await db.usageRecord.findMany({
    where: {
      tokenId: f.tokenId,
      accountId: f.accountId,
      model: f.model,
      createdAt:
        f.from || f.to
          ? { gte: f.from ? new Date(f.from) : undefined, lt: f.to ? new Date(f.to) : undefined }
          : undefined,
      id: f.cursor ? { lt: BigInt(f.cursor) } : undefined,
    },
    orderBy: { id: 'desc' },
    take: f.limit + 1,
  })
  const more = rows.length > f.limit
  const page = more ? rows.slice(0, f.limit) : rows
  return { data: page.map(usageView), nextCursor: more ? page[page.length - 1].id.toString() : null }
}
