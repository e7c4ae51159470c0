// Issue 10's "done means": two Hub replicas, each with its own spend-control client, on one PostgreSQL database and
// one Redis. Their admissions are exact together: a balance that covers 50 calls admits 50 of 200 sent at once and
// ends at exactly 0, never below; an RPM limit of 30 admits 30 in a window across both.
import t, { type Test } from 'tap'
import type { Config } from '../../../lib/config.ts'
import { usdToE10 } from '../../../lib/money.ts'
import { gateway } from '../../helpers/gateway.ts'
import { listeningHub } from '../../helpers/listening-hub.ts'
import { REDIS_TEST_URL, redisPrefix } from '../../helpers/redis.ts'
import { principalWith } from '../../helpers/spend-principal.ts'

const messages = [{ role: 'user', content: 'Hi' }]

if (!process.env.DATABASE_URL) {
  t.pass('replicas share a database only on PostgreSQL; PGlite is single-process (run with DATABASE_URL)')
} else {
  /** Replica A (with the mock provider) and replica B on its database, both on Redis under one test prefix. */
  async function replicas(t: Test) {
    const config: Partial<Config> = {
      REDIS_URL: REDIS_TEST_URL,
      REDIS_KEY_PREFIX: redisPrefix(t),
      TOKEN_CACHE_MS: 600_000,
    }
    const a = await gateway(t, config)
    // Free prompts and 1 USD per 1M output: max_tokens 5 reserves exactly what the mock's 5 completion tokens cost.
    await a.addModels([
      { id: 'mock/exact', type: 'chat', inputPrice: '0', outputPrice: '1', upstreamModel: 'gpt-test' },
    ])
    const b = await listeningHub(t, config, a)
    const { id: tokenId, token } = await a.issue(['chat'])
    const accountId = (await a.app.db.accessToken.findUniqueOrThrow({ where: { id: tokenId } })).accountId
    return { a, b, token, tokenId, accountId }
  }

  t.test(
    '200 concurrent calls against a balance that covers 50: exactly 50 admitted, the balance ends at 0',
    async (t) => {
      const { a, b, token, tokenId, accountId } = await replicas(t)
      await a.app.db.account.update({ where: { id: accountId }, data: { billingMode: 'credits' } })
      const perCall = usdToE10('0.000005')
      await a.app.db.creditLedgerEntry.create({ data: { accountId, kind: 'grant', amount: '0.00025' } })
      const principal = principalWith({ accountId, tokenId, billingMode: 'credits' })

      let lowest: bigint | null = null
      let running = true
      const watcher = (async () => {
        while (running) {
          const balance = (await b.app.spend.state(principal)).balance
          if (balance !== null && (lowest === null || balance < lowest)) lowest = balance
          await new Promise((r) => setTimeout(r, 2))
        }
      })()
      const body = { model: 'mock/exact', messages, max_tokens: 5 }
      const statuses = await Promise.all(
        Array.from({ length: 200 }, async (_, i) => {
          const res = await (i % 2 ? b : a).post('/v1/chat/completions', token, body)
          await res.arrayBuffer()
          return res.status
        }),
      )
      running = false
      await watcher
      const count = (s: number) => statuses.filter((x) => x === s).length
      t.equal(count(200), 50, 'exactly 50 admitted')
      t.equal(count(402), 150, 'the rest refused with 402')
      t.equal(perCall * 50n, usdToE10('0.00025'))
      t.equal((await a.app.spend.state(principal)).balance, 0n, 'the balance ends at exactly 0')
      t.ok(lowest === null || lowest >= 0n, `never below 0 (lowest seen: ${lowest})`)
      t.equal(a.mock.requests.length, 50, 'only admitted calls reached the provider')
    },
  )

  t.test('an RPM limit of 30 admits exactly 30 per window across both replicas', async (t) => {
    const { a, b, token, tokenId } = await replicas(t)
    await a.app.db.accessToken.update({ where: { id: tokenId }, data: { rpmLimit: 30 } })
    // Far enough from the minute's end that the whole burst falls in one window.
    const intoMinute = Date.now() % 60_000
    if (intoMinute > 45_000) await new Promise((r) => setTimeout(r, 60_500 - intoMinute))
    const statuses = await Promise.all(
      Array.from({ length: 80 }, async (_, i) => {
        const res = await (i % 2 ? b : a).post('/v1/chat/completions', token, { model: 'mock/exact', messages })
        await res.arrayBuffer()
        return res.status
      }),
    )
    t.equal(statuses.filter((s) => s === 200).length, 30, 'exactly 30 admitted')
    t.equal(statuses.filter((s) => s === 429).length, 50)
  })
}
