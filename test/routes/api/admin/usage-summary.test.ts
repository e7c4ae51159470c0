// The usage aggregates (GET /api/admin/usage/summary) against the raw records they sum, for every grouping, and
// the CSV export (GET /api/admin/usage.csv) against the records themselves.
import { randomUUID } from 'node:crypto'
import t from 'tap'
import { insertUsage, type UsageEntry } from '../../../../lib/usage/insert.ts'
import { bearer, build } from '../../../helpers/build.ts'

const HOUR = 3_600_000
// A fixed, whole-hour origin: buckets are predictable whatever the clock says.
const ORIGIN = Date.UTC(2026, 10, 20, 0, 0, 0)

/** Deterministic variety: models, providers, apps, statuses, latencies and costs spread over three days. */
function records(tokens: { id: string; accountId: string }[], n: number): UsageEntry[] {
  const models = ['openai/gpt-4o', 'anthropic/claude', 'mock/gpt-test']
  return Array.from({ length: n }, (_, i) => {
    const model = models[i % 3]
    const token = tokens[i % tokens.length]
    return {
      requestId: randomUUID(),
      tokenId: token.id,
      accountId: token.accountId,
      app: i % 4 === 0 ? null : `app-${i % 2}`,
      model,
      providerId: null,
      providerName: i % 5 === 0 ? null : model.split('/')[0],
      credentialId: null,
      endpoint: 'chat.completions',
      promptTokens: 10 + i,
      completionTokens: 3 * i,
      cachedTokens: 0,
      cacheWriteTokens: 0,
      reasoningTokens: 0,
      cost: `0.${String(1234567 * (i + 1))
        .padStart(10, '0')
        .slice(0, 10)}`,
      status: i % 7 === 0 ? 502 : 200,
      aborted: false,
      estimated: false,
      errorCode: i % 7 === 0 ? 'upstream_error' : null,
      latencyMs: 20 + ((i * 37) % 400),
      ttfbMs: null,
      attempts: null,
      createdAt: new Date(ORIGIN + ((i * 7_919_000) % (72 * HOUR))),
    }
  })
}

/** The same sums, computed here from the raw records; cost in 1e-10 USD as bigint, so exact. */
function expected(rows: UsageEntry[], keyOf: (r: UsageEntry) => string) {
  const groups = new Map<string, UsageEntry[]>()
  for (const r of rows) groups.set(keyOf(r), [...(groups.get(keyOf(r)) ?? []), r])
  return new Map(
    [...groups].map(([key, rs]) => {
      const latencies = rs.map((r) => r.latencyMs).sort((a, b) => a - b)
      // percentile_cont: linear interpolation between the closest ranks.
      const pos = 0.95 * (latencies.length - 1)
      const p95 = latencies[Math.floor(pos)] + (latencies[Math.ceil(pos)] - latencies[Math.floor(pos)]) * (pos % 1)
      const cost = rs.reduce((s, r) => s + BigInt(r.cost.replace('.', '')), 0n)
      return [
        key,
        {
          requests: rs.length,
          errors: rs.filter((r) => r.status >= 400).length,
          promptTokens: rs.reduce((s, r) => s + r.promptTokens, 0),
          completionTokens: rs.reduce((s, r) => s + r.completionTokens, 0),
          cost: `${cost / 10_000_000_000n}.${String(cost % 10_000_000_000n).padStart(10, '0')}`,
          avgLatencyMs: Math.round(latencies.reduce((s, l) => s + l, 0) / latencies.length),
          p95LatencyMs: Math.round(p95),
        },
      ]
    }),
  )
}

const bucket = (ms: number, unit: number) => new Date(Math.floor(ms / unit) * unit).toISOString().replace('.000Z', 'Z')

t.test('every grouping sums exactly what the raw records hold', async (t) => {
  const { app, adminToken, issue } = await build(t)
  const a = await issue(['chat'], { name: 'token a' })
  const b = await issue(['chat'], { name: 'token b' })
  const accountId = (await app.db.accessToken.findUniqueOrThrow({ where: { id: a.id } })).accountId
  const rows = records(
    [
      { id: a.id, accountId },
      { id: b.id, accountId },
    ],
    300,
  )
  await insertUsage(app.database, rows)
  const from = new Date(ORIGIN).toISOString()
  const to = new Date(ORIGIN + 72 * HOUR).toISOString()
  const summary = async (query: string) => {
    const res = await app.inject({
      url: `/api/admin/usage/summary?from=${from}&to=${to}&${query}`,
      headers: bearer(adminToken),
    })
    t.equal(res.statusCode, 200, res.body)
    return res.json()
  }

  const keys: Record<string, (r: UsageEntry) => string> = {
    model: (r) => r.model,
    provider: (r) => r.providerName ?? '',
    token: (r) => r.tokenId,
    account: (r) => r.accountId,
    app: (r) => r.app ?? '',
    day: (r) => bucket(r.createdAt.getTime(), 24 * HOUR),
    hour: (r) => bucket(r.createdAt.getTime(), HOUR),
  }
  for (const [groupBy, keyOf] of Object.entries(keys)) {
    const body = await summary(`groupBy=${groupBy}`)
    const want = expected(rows, keyOf)
    t.equal(body.data.length, want.size, `${groupBy}: one row per group`)
    const got = new Map(body.data.map(({ key, name, ...sums }: { key: string; name?: string }) => [key, sums]))
    t.same(got, want, `${groupBy}: every sum, average and p95`)
  }

  const byToken = await summary('groupBy=token')
  t.same(byToken.data.map((r: { name: string }) => r.name).sort(), ['token a', 'token b'], 'tokens are named')
  const days = await summary('groupBy=day')
  t.same(
    days.data.map((r: { key: string }) => r.key),
    ['2026-11-20T00:00:00Z', '2026-11-21T00:00:00Z', '2026-11-22T00:00:00Z'],
    'time buckets in time order, UTC',
  )
  const filtered = await summary(`groupBy=model&model=anthropic/claude&token=${b.id}`)
  t.same(
    new Map(filtered.data.map(({ key, ...sums }: { key: string }) => [key, sums])),
    expected(
      rows.filter((r) => r.model === 'anthropic/claude' && r.tokenId === b.id),
      (r) => r.model,
    ),
    'filters apply before grouping',
  )
  const window = await summary('groupBy=model').then(() =>
    app.inject({
      url: `/api/admin/usage/summary?groupBy=model&from=${new Date(ORIGIN + 24 * HOUR).toISOString()}&to=${to}`,
      headers: bearer(adminToken),
    }),
  )
  const inWindow = rows.filter((r) => r.createdAt.getTime() >= ORIGIN + 24 * HOUR)
  t.equal(
    window.json().data.reduce((s: number, r: { requests: number }) => s + r.requests, 0),
    inWindow.length,
    'from is inclusive, to exclusive',
  )
})

t.test('bad periods and groupings are 400s', async (t) => {
  const { app, adminToken, issue } = await build(t)
  const ask = (query: string) => app.inject({ url: `/api/admin/usage/summary?${query}`, headers: bearer(adminToken) })
  t.equal((await ask('groupBy=week')).statusCode, 400)
  t.equal((await ask('')).statusCode, 400, 'groupBy is required')
  const backwards = await ask('groupBy=day&from=2026-11-02T00:00:00Z&to=2026-11-01T00:00:00Z')
  t.equal(backwards.statusCode, 400)
  t.match(backwards.json().message, /before/)
  const long = await ask('groupBy=hour&from=2025-01-01T00:00:00Z&to=2026-01-01T00:00:00Z')
  t.equal(long.statusCode, 400)
  t.equal((await ask('groupBy=day')).statusCode, 200, 'default period: the last 30 days')
  const chat = await issue(['chat'])
  t.equal(
    (await app.inject({ url: '/api/admin/usage/summary?groupBy=day', headers: bearer(chat.token) })).statusCode,
    403,
  )
})

t.test('the CSV export holds every record, quoted and safe for spreadsheets', async (t) => {
  const { app, adminToken, issue } = await build(t)
  const a = await issue(['chat'])
  const accountId = (await app.db.accessToken.findUniqueOrThrow({ where: { id: a.id } })).accountId
  const rows = records([{ id: a.id, accountId }], 1203)
  rows[0].app = 'team "blue", west'
  rows[1].app = '=HYPERLINK("http://example.com")'
  await insertUsage(app.database, rows)

  const res = await app.inject({ url: '/api/admin/usage.csv', headers: bearer(adminToken) })
  t.equal(res.statusCode, 200)
  t.match(res.headers['content-type'], /^text\/csv/)
  t.match(res.headers['content-disposition'], /attachment; filename="hub-usage.csv"/)
  t.notOk(res.headers['content-length'], 'streamed (chunked), not buffered')
  const lines = res.body.trimEnd().split('\r\n')
  t.equal(lines[0].split(',')[0], 'id')
  t.equal(lines.length, 1 + rows.length, 'a header and every record (across pages)')
  t.ok(res.body.includes('"team ""blue"", west"'), 'RFC 4180 quoting')
  t.ok(res.body.includes(`"'=HYPERLINK(""http://example.com"")"`), 'a formula is defused')
  const ids = new Set(lines.slice(1).map((l) => l.split(',')[0]))
  t.equal(ids.size, rows.length, 'no record twice')

  const one = await app.inject({ url: '/api/admin/usage.csv?model=mock/gpt-test', headers: bearer(adminToken) })
  t.equal(
    one.body.trimEnd().split('\r\n').length - 1,
    rows.filter((r) => r.model === 'mock/gpt-test').length,
    'filtered',
  )
})
