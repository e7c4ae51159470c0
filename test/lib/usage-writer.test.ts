// A usage record the database refuses (a data exception such as NUL in text) is dropped alone and logged: it no
// longer fails its whole batch at every retry, holding back every record after it. A database that is down
// keeps everything for the next flush.
import t from 'tap'
import type { UsageEntry } from '../../lib/usage/insert.ts'
import { createUsageWriter } from '../../lib/usage/writer.ts'

const entry = (requestId: string, app: string | null = null): UsageEntry => ({
  requestId,
  tokenId: '00000000-0000-4000-8000-000000000001',
  accountId: '00000000-0000-4000-8000-000000000002',
  app,
  model: 'mock/gpt-test',
  providerId: null,
  providerName: null,
  credentialId: null,
  endpoint: 'chat.completions',
  promptTokens: 1,
  completionTokens: 1,
  cachedTokens: 0,
  reasoningTokens: 0,
  cost: '0',
  status: 200,
  aborted: false,
  estimated: false,
  errorCode: null,
  latencyMs: 1,
  ttfbMs: null,
  createdAt: new Date(),
})

/** A database that stores request ids, refuses NUL like PostgreSQL, and can be taken down. */
function fakeDatabase() {
  const stored: string[] = []
  const state = { down: false }
  return {
    stored,
    state,
    kind: 'postgres' as const,
    async execute(_sql: string, params: unknown[]) {
      if (state.down) throw Object.assign(new Error('connection refused'), { code: 'ECONNREFUSED' })
      const [requestIds, , , apps] = params as string[][]
      if (apps.some((app) => app?.includes('\u0000'))) {
        throw Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), { code: '22021' })
      }
      stored.push(...requestIds)
    },
  }
}

t.test('a refused record is dropped alone; the rest of its batch and the next ones land', async (t) => {
  const db = fakeDatabase()
  const errors: { pending: number; dropped: number }[] = []
  const writer = createUsageWriter(db, { flushMs: 0, batchSize: 3, onError: (_err, ctx) => errors.push(ctx) })
  for (const id of ['a', 'b']) writer.push(entry(id))
  writer.push(entry('bad', 'x\u0000'))
  for (const id of ['c', 'd']) writer.push(entry(id))
  await writer.flush()
  t.same(db.stored, ['a', 'b', 'c', 'd'], 'every other record written, in order')
  t.same(errors, [{ pending: 2, dropped: 1 }], 'the drop is reported')
  t.equal(writer.pending(), 0)
})

t.test('a database that is down keeps the records for the next flush', async (t) => {
  const db = fakeDatabase()
  const writer = createUsageWriter(db, { flushMs: 0, batchSize: 10 })
  db.state.down = true
  writer.push(entry('a'))
  writer.push(entry('b'))
  await writer.flush()
  t.equal(writer.pending(), 2)
  db.state.down = false
  await writer.flush()
  t.same(db.stored, ['a', 'b'])
})
