// Usage totals over a period, grouped in the database: by model, provider, token, account or calling app ("who
// spent what"), or by day or hour (the console's charts). One GROUP BY over the period's rows, so a million
// records are summed where they are, never read into memory.

import type { Db } from '../db/open.ts'

export const USAGE_GROUPS = ['model', 'provider', 'token', 'account', 'app', 'day', 'hour'] as const
export type UsageGroup = (typeof USAGE_GROUPS)[number]

export interface UsageAggregate {
  /** The model id, provider name, token id, account id, app name ('' for none) or bucket start (ISO, UTC). */
  key: string
  /** The token's or account's name when grouped by them. */
  name?: string
  requests: number
  /** Answers with a status of 400 or more. */
  errors: number
  promptTokens: number
  completionTokens: number
  /** USD, 10 decimals. */
  cost: string
  avgLatencyMs: number
  p95LatencyMs: number
}

export interface UsageAggregateQuery {
  groupBy: UsageGroup
  from: Date
  to: Date
  model?: string
  tokenId?: string
  accountId?: string
}

// Whitelisted expressions: the group is never text from the request.
const bucket = (unit: 'day' | 'hour') => `to_char(date_trunc('${unit}', "createdAt"), 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`
const KEYS: Record<UsageGroup, string> = {
  model: '"model"',
  provider: `COALESCE("providerName", '')`,
  token: '"tokenId"::text',
  account: '"accountId"::text',
  app: `COALESCE("app", '')`,
  day: bucket('day'),
  hour: bucket('hour'),
}

interface Row {
  key: string
  requests: number
  errors: number
  promptTokens: bigint | number
  completionTokens: bigint | number
  cost: string
  avgLatencyMs: number | null
  p95LatencyMs: number | null
}

export async function aggregateUsage(db: Db, q: UsageAggregateQuery): Promise<UsageAggregate[]> {
  // createdAt is a UTC timestamp without time zone: compare it with UTC instants whatever the session's zone.
  const params: unknown[] = [q.from.toISOString(), q.to.toISOString()]
  const where = [
    `"createdAt" >= ($1::timestamptz AT TIME ZONE 'UTC')`,
    `"createdAt" < ($2::timestamptz AT TIME ZONE 'UTC')`,
  ]
  const filter = (column: string, value: string | undefined, cast = '') => {
    if (value === undefined) return
    params.push(value)
    where.push(`${column} = $${params.length}${cast}`)
  }
  filter('"model"', q.model)
  filter('"tokenId"', q.tokenId, '::uuid')
  filter('"accountId"', q.accountId, '::uuid')
  const rows = await db.$queryRawUnsafe<Row[]>(
    `SELECT ${KEYS[q.groupBy]} AS "key",
            count(*)::int AS "requests",
            (count(*) FILTER (WHERE "status" >= 400))::int AS "errors",
            COALESCE(sum("promptTokens"), 0)::bigint AS "promptTokens",
            COALESCE(sum("completionTokens"), 0)::bigint AS "completionTokens",
            COALESCE(sum("cost"), 0)::numeric(30, 10)::text AS "cost",
            avg("latencyMs")::float8 AS "avgLatencyMs",
            percentile_cont(0.95) WITHIN GROUP (ORDER BY "latencyMs")::float8 AS "p95LatencyMs"
       FROM "UsageRecord"
      WHERE ${where.join(' AND ')}
      GROUP BY 1`,
    ...params,
  )
  const names = await namesOf(db, q.groupBy, rows)
  const result = rows.map((r) => ({
    key: r.key,
    ...(names && { name: names.get(r.key) ?? '(deleted)' }),
    requests: r.requests,
    errors: r.errors,
    promptTokens: Number(r.promptTokens),
    completionTokens: Number(r.completionTokens),
    cost: r.cost,
    avgLatencyMs: Math.round(r.avgLatencyMs ?? 0),
    p95LatencyMs: Math.round(r.p95LatencyMs ?? 0),
  }))
  // Time series in time order; breakdowns biggest spender first.
  return q.groupBy === 'day' || q.groupBy === 'hour'
    ? result.sort((a, b) => a.key.localeCompare(b.key))
    : result.sort((a, b) => Number(b.cost) - Number(a.cost) || a.key.localeCompare(b.key))
}

async function namesOf(db: Db, groupBy: UsageGroup, rows: Row[]): Promise<Map<string, string> | null> {
  const ids = rows.map((r) => r.key)
  if (groupBy === 'token') {
    const tokens = await db.accessToken.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })
    return new Map(tokens.map((t) => [t.id, t.name]))
  }
  if (groupBy === 'account') {
    const accounts = await db.account.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })
    return new Map(accounts.map((a) => [a.id, a.name]))
  }
  return null
}

export interface UsageSummaryRow {
  key: string
  name?: string
  requests: number
  promptTokens: number
  completionTokens: number
  cost: string
}

/** The CLI's `hub usage summary` (by model or token): the aggregate's money and token columns. */
export async function summarizeUsage(
  db: Db,
  opts: { by: 'model' | 'token'; from: Date; to: Date },
): Promise<UsageSummaryRow[]> {
  const rows = await aggregateUsage(db, { groupBy: opts.by, from: opts.from, to: opts.to })
  return rows.map(({ key, name, requests, promptTokens, completionTokens, cost }) => ({
    key,
    ...(name !== undefined && { name }),
    requests,
    promptTokens,
    completionTokens,
    cost,
  }))
}
