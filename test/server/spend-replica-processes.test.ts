// Issue 10's replicas as an operator runs them: two Hub server processes on one PostgreSQL database and one Redis,
// set up through the admin API only. 200 calls at once against a prepaid balance that covers exactly 50 admit 50
// (half of the calls go to each process), the live balance ends at 0, and the ledger written by both processes
// sums to 0 with exactly 50 charges: admitted and billed once across processes. An RPM limit of 30 admits exactly
// 30 of 80 calls in one window across both.
import pg from 'pg'
import t from 'tap'
import { TEST_SECRET } from '../helpers/build.ts'
import { freshPostgresDatabase } from '../helpers/database.ts'
import { startMockOpenAI } from '../helpers/mock-openai.ts'
import { REDIS_TEST_URL, redisPrefix } from '../helpers/redis.ts'
import { startServer } from '../helpers/run.ts'

const url = process.env.DATABASE_URL
const messages = [{ role: 'user', content: 'Hi' }]

if (!url) {
  t.pass('replicas share a database only on PostgreSQL; PGlite is single-process (run with DATABASE_URL)')
} else {
  t.test('two server processes admit exactly what one prepaid balance covers', async (t) => {
    const database = await freshPostgresDatabase(t, url, 'hub_spend')
    const mock = await startMockOpenAI()
    t.teardown(() => mock.close())
    const env = {
      DATABASE_URL: database,
      HUB_SECRET: TEST_SECRET,
      HUB_DATA_DIR: '/nonexistent-hub-test-dir',
      REDIS_URL: REDIS_TEST_URL,
      REDIS_KEY_PREFIX: redisPrefix(t),
    }
    const a = await startServer(env, 240_000)
    t.teardown(() => a.stop())
    const b = await startServer(env, 240_000)
    t.teardown(() => b.stop())
    const adminToken = /(hub_[0-9A-Za-z]{46})/.exec(a.output())?.[1]
    if (!adminToken) throw new Error(`the first server printed no admin token:\n${a.output()}`)

    const call = async (base: string, method: string, path: string, token: string, body?: unknown) => {
      const res = await fetch(`${base}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      // biome-ignore lint/suspicious/noExplicitAny: asserted at runtime by the test
      return { status: res.status, body: (await res.json()) as any }
    }
    const setUp = async (path: string, body: unknown) => {
      const res = await call(a.url, 'POST', path, adminToken, body)
      if (res.status !== 201) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`)
      return res.body
    }
    const provider = await setUp('/api/admin/providers', { name: 'mock', type: 'openai', baseUrl: mock.url })
    await setUp(`/api/admin/providers/${provider.id}/credentials`, {
      name: 'main',
      apiKey: 'sk-mock-0123456789abcdefghijklmnopqrstuvwxyz',
    })
    // Free prompts and 1 USD per 1M output: max_tokens 5 reserves exactly what the mock's 5 completion tokens cost.
    await setUp('/api/admin/models', {
      id: 'mock/exact',
      type: 'chat',
      inputPrice: '0',
      outputPrice: '1',
      upstreamModel: 'gpt-test',
    })
    const account = await setUp('/api/admin/accounts', { name: 'prepaid', billingMode: 'credits' })
    await setUp(`/api/admin/accounts/${account.id}/credits/grants`, { amount: '0.00025', note: '50 calls' })
    const { token } = await setUp('/api/admin/tokens', {
      name: 'replica test',
      account: account.id,
      scopes: ['chat', 'models', 'usage'],
    })

    // The second process learns of the new model through the database's notifications.
    for (let i = 0; ; i++) {
      const models = await call(b.url, 'GET', '/v1/models', token)
      if (models.body.data?.some((m: { id: string }) => m.id === 'mock/exact')) break
      if (i > 100) throw new Error('the second server never saw the new model')
      await new Promise((resolve) => setTimeout(resolve, 100))
    }

    const statuses = await Promise.all(
      Array.from({ length: 200 }, async (_, i) => {
        const res = await call(i % 2 ? b.url : a.url, 'POST', '/v1/chat/completions', token, {
          model: 'mock/exact',
          messages,
          max_tokens: 5,
        })
        return res.status
      }),
    )
    const count = (s: number) => statuses.filter((x) => x === s).length
    t.equal(count(200), 50, 'exactly 50 admitted')
    t.equal(count(402), 150, 'the other 150 refused with 402')
    t.equal(mock.requests.length, 50, 'only admitted calls reached the provider')
    for (const server of [a, b]) {
      const credits = await call(server.url, 'GET', '/api/v2/credits', token)
      t.equal(Number(credits.body.balance), 0, 'each process sees a live balance of exactly 0')
    }

    // Both processes write their charges in their own usage batches (every USAGE_FLUSH_MS).
    const db = new pg.Client({ connectionString: database })
    await db.connect()
    t.teardown(() => db.end())
    let ledger = { charges: 0, sum: '' }
    for (let i = 0; i < 100 && ledger.charges < 50; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100))
      const { rows } = await db.query<{ charges: number; sum: string }>(
        `SELECT count(*) FILTER (WHERE kind = 'charge')::int AS charges, sum(amount)::text AS sum
           FROM "CreditLedgerEntry" WHERE "accountId" = $1`,
        [account.id],
      )
      ledger = rows[0]!
    }
    t.equal(ledger.charges, 50, 'one charge per admitted call, from both processes together')
    t.equal(Number(ledger.sum), 0, 'the ledger sums to exactly 0')

    // A postpaid token with an RPM limit of 30: 80 calls in one minute window, half to each process.
    const limited = await setUp('/api/admin/tokens', { name: 'rpm 30', scopes: ['chat'], limits: { rpm: 30 } })
    const intoMinute = Date.now() % 60_000
    if (intoMinute > 45_000) await new Promise((resolve) => setTimeout(resolve, 60_500 - intoMinute))
    const rpm = await Promise.all(
      Array.from({ length: 80 }, async (_, i) => {
        const res = await call(i % 2 ? b.url : a.url, 'POST', '/v1/chat/completions', limited.token, {
          model: 'mock/exact',
          messages,
        })
        return res.status
      }),
    )
    t.equal(rpm.filter((s) => s === 200).length, 30, 'exactly 30 admitted across both processes')
    t.equal(rpm.filter((s) => s === 429).length, 50, 'the rest refused with 429')
  })
}
