// Before the first byte, a failing credential is a retry on another (or on the same after the provider's
// retry-after); a client error is never retried; after the first byte nothing is re-sent and the client gets the
// surface's in-band error. Every call leaves exactly one usage record saying which attempts were made and why
// each failed.
import { once } from 'node:events'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import OpenAI from 'openai'
import t from 'tap'
import { faultyHub, hello } from '../../helpers/faulty-hub.ts'
import { json } from '../../helpers/listening-hub.ts'
import type { Fault } from '../../helpers/mock-faults.ts'

// Counting failures is health.test.ts's subject: here no credential cools down.
const NO_COOLDOWN = { ROUTING_COOLDOWN_FAILURES: 1000 }

const faults: [what: string, fault: Fault, status: number, code: string][] = [
  ['500', { status: 500 }, 502, 'upstream_error'],
  ['503', { status: 503 }, 503, 'upstream_error'],
  ['429 with a long retry-after', { status: 429, retryAfterMs: 60_000 }, 429, 'upstream_error'],
  ['no answer before the first-byte timeout', 'hang', 504, 'upstream_timeout'],
  ['a connection dropped before the headers', 'drop', 502, 'upstream_unreachable'],
]

t.test('a failing credential fails over to the next one before the first byte', async (t) => {
  // The backup (weight 0) is only used when the primary is not: the order is certain.
  const hub = await faultyHub(
    t,
    [
      ['primary', 'ok', 1],
      ['backup', 'ok', 0],
    ],
    NO_COOLDOWN,
  )
  let calls = 0
  for (const [what, fault, status, code] of faults) {
    for (const stream of what.includes('dropped') ? [false] : [false, true]) {
      hub.upstream.faults.primary = fault
      const before = hub.upstream.requests.length
      const started = Date.now()
      const res = await hub.post('/api/v2/chat/completions', hub.token, { ...hello, stream })
      calls++
      t.equal(res.status, 200, `${what} (stream: ${stream})`)
      const text = await res.text()
      t.match(text, stream ? /"content":"Hello"/ : /Hello from mock/, `${what}: the backup's answer`)
      t.same(
        hub.upstream.requests.slice(before).map((r) => r.key),
        ['primary', 'backup'],
        `${what}: the primary once, then the backup`,
      )
      t.ok(Date.now() - started < 5_000, `${what}: no wait for a retry-after when another credential is free`)
      const [record] = await hub.records(calls)
      t.match(record, {
        status: 200,
        errorCode: null,
        credentialId: hub.credentials.backup,
        attempts: [
          { provider: 'flaky', credentialId: hub.credentials.primary, status, code },
          { provider: 'flaky', credentialId: hub.credentials.backup, status: 200, code: 'ok' },
        ],
      })
    }
  }
  t.equal((await hub.usage()).length, calls, 'one usage record per call')
})

t.test("a client error (the request's fault) is not retried", async (t) => {
  const hub = await faultyHub(t, [
    ['primary', { status: 400 }, 1],
    ['backup', 'ok', 0],
  ])
  const res = await hub.post('/api/v2/chat/completions', hub.token, hello)
  t.equal(res.status, 400)
  t.match(await json(res), { code: 'upstream_error', message: /mock fault 400/ })
  t.same(
    hub.upstream.requests.map((r) => r.key),
    ['primary'],
    'sent once',
  )
  const [record] = await hub.records(1)
  t.match(record, { status: 400, credentialId: hub.credentials.primary, attempts: [{ status: 400 }] })
})

t.test('after the first byte nothing is retried: the client gets the in-band error frame', async (t) => {
  const hub = await faultyHub(
    t,
    [
      ['primary', 'drop', 1],
      ['backup', 'ok', 0],
    ],
    NO_COOLDOWN,
  )
  const openai = new OpenAI({ baseURL: `${hub.url}/v1`, apiKey: hub.token, maxRetries: 0 })
  const stream = await openai.chat.completions.create({
    ...hello,
    messages: [{ role: 'user', content: 'hi' }],
    stream: true,
  })
  let text = ''
  const failure = await (async () => {
    try {
      for await (const chunk of stream) text += chunk.choices[0]?.delta?.content ?? ''
    } catch (err) {
      return err
    }
  })()
  t.equal(text, 'Hello', 'what was delivered before the drop')
  t.type(failure, OpenAI.APIError, "the SDK's own error class")
  t.match((failure as InstanceType<typeof OpenAI.APIError>).message, /dropped the connection mid-stream/)
  t.same(
    hub.upstream.requests.map((r) => r.key),
    ['primary'],
    'the upstream saw exactly one request',
  )

  // The AIGNE surface ends the same way, with its error event.
  const aigne = await hub.post('/api/v2/chat', hub.token, {
    input: { messages: hello.messages, modelOptions: { model: 'flaky/m' } },
    options: { streaming: true },
  })
  const frames = (await aigne.text()).trim().split('\n\n')
  t.match(frames.at(-1), /^event: error\ndata: .*dropped the connection/)
  t.equal(hub.upstream.requests.length, 2, 'again one request')

  const records = await hub.records(2)
  t.equal(records.length, 2, 'one record per call')
  for (const record of records) {
    t.match(record, { status: 200, errorCode: 'upstream_error', credentialId: hub.credentials.primary, attempts: null })
  }
})

t.test("the same credential is tried again after the provider's retry-after", async (t) => {
  const hub = await faultyHub(t, [['only', { status: 429, retryAfterMs: 150, times: 1 }]], NO_COOLDOWN)
  const res = await hub.post('/api/v2/chat/completions', hub.token, hello)
  t.equal(res.status, 200)
  const [first, second] = hub.upstream.requests
  t.ok(second.at - first.at >= 150, `retry-after-ms honoured (${second.at - first.at} ms)`)

  hub.upstream.faults.only = { status: 503, retryAfter: '1', times: 1 }
  const again = await hub.post('/api/v2/chat/completions', hub.token, { ...hello, stream: true })
  t.equal(again.status, 200)
  await again.text()
  const [, , third, fourth] = hub.upstream.requests
  t.ok(fourth.at - third.at >= 1_000, `retry-after in seconds honoured (${fourth.at - third.at} ms)`)

  const records = await hub.records(2)
  t.match(records[1].attempts, [{ status: 429 }, { status: 200, code: 'ok' }])
  t.match(records[0].attempts, [{ status: 503 }, { status: 200, code: 'ok' }])
})

t.test('a retry-after longer than the cap ends the call with the provider status and its Retry-After', async (t) => {
  const hub = await faultyHub(t, [['only', { status: 429, retryAfterMs: 120_000 }]], {
    ...NO_COOLDOWN,
    ROUTING_MAX_RETRY_AFTER_MS: 1_000,
  })
  const res = await hub.post('/api/v2/chat/completions', hub.token, hello)
  t.equal(res.status, 429)
  t.equal(res.headers.get('retry-after'), '120', "the provider's delay, passed on")
  t.equal(hub.upstream.requests.length, 1, 'not waited for')
})

t.test('when every attempt fails: the last error, and one record with every attempt', async (t) => {
  const hub = await faultyHub(t, [['only', { status: 500 }]], { ...NO_COOLDOWN, ROUTING_MAX_ATTEMPTS: 3 })
  const res = await hub.post('/api/v2/chat/completions', hub.token, hello)
  t.equal(res.status, 502)
  t.match(await json(res), { code: 'upstream_error', message: /answered 500/ })
  t.equal(hub.upstream.requests.length, 3, 'the budget of attempts')
  const records = await hub.records(1)
  t.equal(records.length, 1)
  t.match(records[0], {
    status: 502,
    errorCode: 'upstream_error',
    attempts: [{ status: 502 }, { status: 502 }, { status: 502 }],
  })
  t.equal((records[0].attempts as unknown[]).length, 3)
})

t.test('the time budget stops the attempts', async (t) => {
  const hub = await faultyHub(t, [['only', 'hang']], {
    ...NO_COOLDOWN,
    ROUTING_MAX_ATTEMPTS: 10,
    ROUTING_MAX_RETRY_MS: 500,
  })
  const res = await hub.post('/api/v2/chat/completions', hub.token, hello)
  t.equal(res.status, 504)
  t.ok(hub.upstream.requests.length <= 3, `stopped within the time budget (${hub.upstream.requests.length} attempts)`)
})

t.test('embeddings fail over too', async (t) => {
  const hub = await faultyHub(t, [
    ['primary', { status: 503 }, 1],
    ['backup', 'ok', 0],
  ])
  const res = await hub.post('/api/v2/embeddings', hub.token, { model: 'flaky/e', input: 'hi' })
  t.equal(res.status, 200)
  t.match(await json(res), { data: [{ embedding: [0.1, 0.2] }] })
  const [record] = await hub.records(1)
  t.match(record, { endpoint: 'embeddings', credentialId: hub.credentials.backup, attempts: [{ status: 503 }, {}] })
})

t.test('a provider refusing connections: the call goes to the next deployment before the first byte', async (t) => {
  const hub = await faultyHub(t, [['primary', 'ok']], NO_COOLDOWN)
  // A port nothing listens on: connections are refused at once.
  const closed = createServer().listen(0, '127.0.0.1')
  await once(closed, 'listening')
  const { port } = closed.address() as AddressInfo
  closed.close()
  await hub.admin('/api/admin/providers', { name: 'gone', type: 'openai', baseUrl: `http://127.0.0.1:${port}/v1` })
  const gone = await hub.admin('/api/admin/deployments', {
    modelId: 'flaky/m',
    provider: 'gone',
    upstreamModel: 'm-gone',
    priority: 0,
  })
  await hub.admin('/api/admin/deployments', { modelId: 'flaky/m', provider: 'flaky', upstreamModel: 'm', priority: 1 })
  const client = new OpenAI({ baseURL: `${hub.url}/v1`, apiKey: hub.token, maxRetries: 0 })
  const answer = await client.chat.completions.create({ model: 'flaky/m', messages: hello.messages as never })
  t.match(answer.choices[0].message.content, /Hello/, 'the openai SDK sees a clean answer')
  const [record] = await hub.records(1)
  t.match(record, {
    provider: 'flaky',
    status: 200,
    attempts: [{ provider: 'gone', deployment: gone.id, code: 'upstream_unreachable' }, { provider: 'flaky' }],
  })
})

t.test('a slow first byte within the timeout is waited for, not retried', async (t) => {
  const hub = await faultyHub(t, [['only', { delayMs: 400 }]], {
    ...NO_COOLDOWN,
    UPSTREAM_FIRST_BYTE_TIMEOUT_MS: 5_000,
  })
  const res = await hub.post('/api/v2/chat/completions', hub.token, hello)
  t.equal(res.status, 200)
  t.equal(hub.upstream.requests.length, 1, 'one request upstream')
  const [record] = await hub.records(1)
  t.match(record, { status: 200, attempts: null })
  t.ok((record.ttfbMs as number) >= 400, `the wait is in the time to first byte (${record.ttfbMs} ms)`)
})
