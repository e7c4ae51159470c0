// Usage totals over a period, grouped by model or by token: what an operator asks first ("who spent what").

import type { Db } from '../db/open.ts'

export interface UsageSummaryRow {
  /** The model id, or the token id. */
  key: string
  /** The token's name when grouped by token. */
  name?: string
  requests: number
  promptTokens: number
  completionTokens: number
  /** USD, 10 decimals. */
  cost: string
}

export async function summarizeUsage(
  db: Db,
  opts: { by: 'model' | 'token'; from: Date; to: Date },
): Promise<UsageSummaryRow[]> {
  const field = opts.by === 'model' ? 'model' : 'tokenId'
  const groups = await db.usageRecord.groupBy({
    by: [field],
    where: { createdAt: { gte: opts.from, lt: opts.to } },
    _count: { _all: true },
    _sum: { promptTokens: true, completionTokens: true, cost: true },
  })
  const names =
    opts.by === 'token'
      ? new Map(
          (
            await db.accessToken.findMany({
              where: { id: { in: groups.map((g) => g.tokenId) } },
              select: { id: true, name: true },
            })
          ).map((t) => [t.id, t.name]),
        )
      : null
  return groups
    .map((g) => ({
      key: g[field],
      ...(names && { name: names.get(g.tokenId) ?? '(deleted)' }),
      requests: g._count._all,
      promptTokens: g._sum.promptTokens ?? 0,
      completionTokens: g._sum.completionTokens ?? 0,
      cost: (g._sum.cost?.toFixed(10) ?? '0.0000000000') as string,
    }))
    .sort((a, b) => Number(b.cost) - Number(a.cost) || a.key.localeCompare(b.key))
}
