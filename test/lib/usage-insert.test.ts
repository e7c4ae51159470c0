// Usage batches reach the database intact, on PGlite (COPY from CSV) and PostgreSQL (one JSON parameter): text from headers
// with quotes, commas and newlines, NULLs, exact decimals and UTC timestamps.
import { randomUUID } from 'node:crypto'
import t from 'tap'
import { openDatabase } from '../../lib/db/open.ts'
import { insertUsage, type UsageEntry } from '../../lib/usage/insert.ts'
import { testDatabaseOptions } from '../helpers/database.ts'

t.test('round trip', async (t) => {
  const { options, cleanup } = await testDatabaseOptions()
  const db = await openDatabase(options)
  t.teardown(async () => {
    await db.close()
    await cleanup?.()
  })
  const base: UsageEntry = {
    requestId: 'req-1',
    tokenId: randomUUID(),
    accountId: randomUUID(),
    app: 'did:abt:"quoted", with comma\nand newline',
    model: 'openai/gpt-4o',
    providerId: randomUUID(),
    providerName: 'openai',
    credentialId: null,
    endpoint: 'chat.completions',
    promptTokens: 12,
    completionTokens: 5,
    cachedTokens: 2,
    cacheWriteTokens: 3,
    reasoningTokens: 1,
    cost: '0.0000048000',
    status: 200,
    aborted: false,
    estimated: true,
    errorCode: null,
    latencyMs: 31,
    ttfbMs: null,
    attempts: null,
    createdAt: new Date('2026-12-01T10:20:30.456Z'),
  }
  const second = { ...base, requestId: 'req-2', app: null, providerId: null, providerName: null, errorCode: 'x,"y"' }
  const tried = [
    { provider: 'openai', credentialId: null, status: 503, code: 'upstream_error', ms: 12 },
    { provider: 'openai', credentialId: null, status: 200, code: 'ok', ms: 20 },
  ]
  const third = { ...base, requestId: 'req-3', attempts: tried }
  const fourth = { ...base, requestId: 'req-4', attempts: [] }
  await insertUsage(db, [base, second, third, fourth])
  const rows = await db.prisma.usageRecord.findMany({ orderBy: { id: 'asc' } })
  t.equal(rows.length, 4)
  t.equal(rows[0].app, base.app, 'text survives quotes, commas and newlines')
  t.equal(rows[0].credentialId, null)
  t.equal(rows[0].ttfbMs, null)
  t.equal(rows[0].cost.toFixed(10), '0.0000048000')
  t.equal(rows[0].createdAt.toISOString(), '2026-12-01T10:20:30.456Z', 'UTC kept to the millisecond')
  t.equal(rows[0].estimated, true)
  t.equal(rows[0].cacheWriteTokens, 3)
  t.equal(rows[1].app, null)
  t.equal(rows[1].providerId, null)
  t.equal(rows[1].errorCode, 'x,"y"')
  t.same(rows[2].attempts, tried, 'every attempt kept')
  t.equal(rows[0].attempts, null)
  t.equal(rows[3].attempts, null, 'no attempt list is NULL, as an empty one')
})
