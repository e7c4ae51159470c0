// Spend control through HTTP, as a caller meets it: a credits account refused with 402 before anything reaches
// the provider, rate limits answered 429 with OpenAI's headers in each surface's shape, and reservations that an
// aborted stream or a failed upstream call gives back.
import t from 'tap'
import { usdToE10 } from '../../../lib/money.ts'
import { type Gateway, gateway, json } from '../../helpers/gateway.ts'
import { MOCK_TEXT_PIECES } from '../../helpers/mock-openai.ts'
import { principalWith } from '../../helpers/spend-principal.ts'
import { lastRecord } from '../../helpers/usage-record.ts'

const messages = [{ role: 'user', content: 'Hi' }]

/** A token on a fresh account with these billing settings and a grant of `balance` USD in its ledger. */
async function caller(
  gw: Gateway,
  opts: { balance?: string; rpm?: number; tpm?: number; concurrency?: number; tokenRpm?: number },
) {
  const { id: tokenId, token } = await gw.issue(['chat'])
  const accountId = (await gw.app.db.accessToken.findUniqueOrThrow({ where: { id: tokenId } })).accountId
  await gw.app.db.account.update({
    where: { id: accountId },
    data: {
      billingMode: opts.balance === undefined ? 'postpaid' : 'credits',
      rpmLimit: opts.rpm ?? null,
      tpmLimit: opts.tpm ?? null,
      concurrencyLimit: opts.concurrency ?? null,
    },
  })
  if (opts.tokenRpm) await gw.app.db.accessToken.update({ where: { id: tokenId }, data: { rpmLimit: opts.tokenRpm } })
  if (opts.balance !== undefined) {
    await gw.app.db.creditLedgerEntry.create({ data: { accountId, kind: 'grant', amount: opts.balance } })
  }
  const principal = principalWith({
    accountId,
    tokenId,
    billingMode: opts.balance === undefined ? 'postpaid' : 'credits',
    account: { concurrency: opts.concurrency ?? null },
  })
  return { token, accountId, balance: async () => (await gw.app.spend.state(principal)).balance }
}

t.test(
  'a credits account whose balance cannot cover the worst case: 402 in each shape, nothing sent upstream',
  async (t) => {
    const gw = await gateway(t)
    // gpt-test at 0.6 USD per 1M output: max_tokens 1000 may cost 0.0006 + the prompt; the balance is 0.0001.
    const { token, balance } = await caller(gw, { balance: '0.0001' })
    const v1 = await gw.post('/v1/chat/completions', token, { model: 'mock/gpt-test', messages, max_tokens: 1000 })
    t.equal(v1.status, 402)
    const body = await json(v1)
    t.equal(body.error.code, 'insufficient_credits')
    t.match(body.error.message, /worst-case cost/)
    const hub = await gw.post('/api/v2/chat/completions', token, { model: 'mock/gpt-test', messages, max_tokens: 1000 })
    t.equal(hub.status, 402)
    t.match(await json(hub), { error: 'Payment Required', code: 'insufficient_credits' })
    t.equal(gw.mock.requests.length, 0, 'the provider was never called')

    // A call the balance covers goes through and is charged what it cost (12 prompt × 0.15 + 5 × 0.6 per 1M).
    const ok = await gw.post('/v1/chat/completions', token, { model: 'mock/gpt-test', messages, max_tokens: 100 })
    t.equal(ok.status, 200)
    await ok.text()
    t.equal(await balance(), usdToE10('0.0001') - usdToE10('0.0000048'))
  },
)

t.test(
  'rate limits: 429 with retry-after and x-ratelimit-* on /v1 (OpenAI shape) and /api/v2 (Hub envelope)',
  async (t) => {
    const gw = await gateway(t)
    const { token } = await caller(gw, { tokenRpm: 2, tpm: 100_000 })
    const first = await gw.post('/v1/chat/completions', token, { model: 'mock/gpt-test', messages, max_tokens: 50 })
    t.equal(first.status, 200)
    t.equal(first.headers.get('x-ratelimit-limit-requests'), '2')
    t.equal(first.headers.get('x-ratelimit-remaining-requests'), '1')
    t.match(first.headers.get('x-ratelimit-reset-requests'), /^(\d+(\.\d+)?s|\d+ms)$/)
    t.equal(first.headers.get('x-ratelimit-limit-tokens'), '100000')
    // Two prompt characters and 50 output tokens reserved.
    t.equal(first.headers.get('x-ratelimit-remaining-tokens'), String(100_000 - 52))
    await first.text()
    const second = await gw.post('/api/v2/chat/completions', token, { model: 'mock/gpt-test', messages, stream: true })
    t.equal(second.status, 200)
    t.equal(second.headers.get('x-ratelimit-remaining-requests'), '0')
    await second.text()

    const v1 = await gw.post('/v1/chat/completions', token, { model: 'mock/gpt-test', messages })
    t.equal(v1.status, 429)
    const retryAfter = Number(v1.headers.get('retry-after'))
    t.ok(retryAfter >= 1 && retryAfter <= 60, `retry-after ${retryAfter}`)
    t.equal(v1.headers.get('x-ratelimit-remaining-requests'), '0')
    t.equal(v1.headers.get('x-ratelimit-limit-requests'), '2')
    t.match(await json(v1), { error: { code: 'rate_limited', message: /2 requests per minute/ } })
    const hub = await gw.post('/api/v2/chat/completions', token, { model: 'mock/gpt-test', messages, stream: true })
    t.equal(hub.status, 429)
    t.equal(hub.headers.get('content-type'), 'application/json; charset=utf-8', 'refused before any stream began')
    t.ok(hub.headers.get('retry-after'))
    t.match(await json(hub), { error: 'Too Many Requests', code: 'rate_limited' })
    t.equal(gw.mock.requests.length, 2, 'refused calls never reached the provider')
  },
)

t.test('a client that aborts a stream: the reservation is released and what was delivered is charged', async (t) => {
  const gw = await gateway(t)
  const { token, balance } = await caller(gw, { balance: '1', concurrency: 1 })
  const controller = new AbortController()
  const upstreamClosed = gw.mock.clientClosed()
  const res = await gw.post(
    '/v1/chat/completions',
    token,
    { model: 'mock/hang', messages, stream: true, max_tokens: 100_000 },
    { signal: controller.signal },
  )
  const reader = (res.body as ReadableStream<Uint8Array>).getReader()
  let seen = ''
  while (!seen.includes(MOCK_TEXT_PIECES[0])) seen += new TextDecoder().decode((await reader.read()).value)
  // While the stream runs, its worst case (100 000 output tokens at 0.6 per 1M) is held.
  const during = (await balance()) ?? 0n
  t.ok(during <= usdToE10('1') - usdToE10('0.06'), 'the worst case is reserved while it runs')
  controller.abort()
  await upstreamClosed
  const record = await lastRecord(gw)
  t.match(record, { aborted: true, estimated: true })
  t.not(record.cost, '0.0000000000')
  t.equal(await balance(), usdToE10('1') - usdToE10(record.cost as string), 'only what was delivered stays spent')
  const next = await gw.post('/v1/chat/completions', token, { model: 'mock/gpt-test', messages })
  t.equal(next.status, 200, 'the concurrency slot was released')
  await next.text()
})

t.test('an upstream failure: nothing stays reserved and the balance is unchanged', async (t) => {
  const gw = await gateway(t)
  const { token, balance } = await caller(gw, { balance: '1', concurrency: 1 })
  const failed = await gw.post('/api/v2/chat/completions', token, { model: 'mock/error-500', messages })
  t.equal(failed.status, 502)
  const record = await lastRecord(gw)
  t.match(record, { status: 502, cost: '0.0000000000' })
  t.equal(await balance(), usdToE10('1'), 'refunded in full')
  const next = await gw.post('/api/v2/chat/completions', token, { model: 'mock/gpt-test', messages })
  t.equal(next.status, 200, 'the concurrency slot was released')
  await next.text()
})

t.test('a postpaid token without limits gets no rate-limit headers', async (t) => {
  const gw = await gateway(t)
  const { token } = await caller(gw, {})
  const res = await gw.post('/v1/chat/completions', token, { model: 'mock/gpt-test', messages })
  t.equal(res.status, 200)
  t.equal(res.headers.get('x-ratelimit-limit-requests'), null)
  await res.text()
})
