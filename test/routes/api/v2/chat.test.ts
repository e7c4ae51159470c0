// POST /api/v2/chat/completions over real HTTP, through Hub, to the local OpenAI mock: what the client gets,
// what reached the upstream, and what was billed.
import t from 'tap'
import { gateway, json, MOCK_KEY, sseData } from '../../../helpers/gateway.ts'
import { MOCK_TEXT_PIECES, MOCK_TOOL_CALL, MOCK_USAGE } from '../../../helpers/mock-openai.ts'
import { reenableRefused } from '../../../helpers/refused-credential.ts'

const CHAT = '/api/v2/chat/completions'
const messages = [
  { role: 'system', content: 'Be brief.' },
  { role: 'user', content: [{ type: 'text', text: 'Say hello' }] },
]

t.test(
  'non-streamed chat: OpenAI in and out, provider key upstream, client token never forwarded, billed once',
  async (t) => {
    const gw = await gateway(t)
    const { token, id: tokenId } = await gw.issue(['chat'])
    const res = await gw.post(CHAT, token, {
      model: 'mock/gpt-test',
      messages,
      temperature: 0.2,
      max_completion_tokens: 50,
      tools: [{ type: 'function', function: { name: 'f', parameters: { type: 'object', properties: {} } } }],
      some_future_field: { kept: true },
    })
    t.equal(res.status, 200)
    t.match(res.headers.get('content-type'), /application\/json/)
    t.ok(res.headers.get('x-request-id'), 'request id returned')
    const body = await json(res)
    t.match(body, {
      object: 'chat.completion',
      choices: [{ index: 0, message: { role: 'assistant', content: 'Hello from mock' }, finish_reason: 'stop' }],
      usage: MOCK_USAGE,
    })

    t.equal(gw.mock.requests.length, 1)
    const upstream = gw.mock.requests[0]
    t.equal(upstream.url, '/v1/chat/completions')
    t.equal(upstream.body.model, 'gpt-test', 'provider prefix stripped')
    t.same(upstream.body.messages, messages, 'messages passed as sent')
    t.same(upstream.body.some_future_field, { kept: true }, 'unknown fields passed through')
    t.equal(upstream.body.max_completion_tokens, 50)
    t.equal(upstream.headers.authorization, `Bearer ${MOCK_KEY}`, 'the provider key, decrypted')
    t.notMatch(JSON.stringify(upstream.headers), token, 'the client token is not forwarded')
    t.notMatch(JSON.stringify(upstream.headers), /hub_/)

    const [record, ...more] = await gw.usage()
    t.equal(more.length, 0, 'exactly one usage record')
    t.match(record, {
      tokenId,
      model: 'mock/gpt-test',
      provider: 'mock',
      endpoint: 'chat.completions',
      promptTokens: 12,
      completionTokens: 5,
      cachedTokens: 2,
      reasoningTokens: 1,
      cost: '0.0000048000',
      status: 200,
      aborted: false,
      estimated: false,
      requestId: res.headers.get('x-request-id'),
    })
    t.type(record.latencyMs, 'number')
  },
)

t.test('streamed chat: SSE chunks as they arrive, [DONE] last, usage asked upstream but hidden', async (t) => {
  const gw = await gateway(t)
  const { token } = await gw.issue(['chat'])
  const res = await gw.post(CHAT, token, { model: 'mock/gpt-test', messages, stream: true })
  t.equal(res.status, 200)
  t.match(res.headers.get('content-type'), /^text\/event-stream/)
  const frames = await sseData(res)
  t.equal(frames.at(-1), '[DONE]')
  const chunks = frames.slice(0, -1).map((f) => JSON.parse(f))
  t.ok(chunks.every((c) => c.object === 'chat.completion.chunk'))
  t.equal(chunks.map((c) => c.choices[0]?.delta?.content ?? '').join(''), MOCK_TEXT_PIECES.join(''))
  t.equal(chunks.at(-1).choices[0].finish_reason, 'stop')
  t.ok(
    chunks.every((c) => !('usage' in c)),
    'no usage chunk and no usage:null for a client that did not ask',
  )
  t.same(gw.mock.requests[0].body.stream_options, { include_usage: true }, 'usage requested upstream')

  const [record] = await gw.usage()
  t.match(record, { promptTokens: 12, completionTokens: 5, cost: '0.0000048000', status: 200, aborted: false })
  t.type(record.ttfbMs, 'number')
})

t.test('streamed chat with include_usage: the client gets the usage chunk, as from OpenAI', async (t) => {
  const gw = await gateway(t)
  const { token } = await gw.issue(['chat'])
  const res = await gw.post(CHAT, token, {
    model: 'mock/gpt-test',
    messages,
    stream: true,
    stream_options: { include_usage: true },
  })
  const chunks = (await sseData(res)).slice(0, -1).map((f) => JSON.parse(f))
  t.same(chunks.at(-1).choices, [])
  t.same(chunks.at(-1).usage, MOCK_USAGE)
  t.equal(chunks[0].usage, null, 'other chunks carry usage: null, as OpenAI sends them')
})

t.test('streamed tool calls arrive whole: one id, one index, arguments reassembled', async (t) => {
  const gw = await gateway(t)
  const { token } = await gw.issue(['chat'])
  const res = await gw.post(CHAT, token, { model: 'mock/tools', messages, stream: true })
  const chunks = (await sseData(res)).slice(0, -1).map((f) => JSON.parse(f))
  const calls = chunks.flatMap((c) => c.choices[0]?.delta?.tool_calls ?? [])
  t.ok(calls.length > 2, 'fragments are forwarded as they come')
  t.ok(calls.every((c: { index: number }) => c.index === 0))
  t.equal(calls[0].id, MOCK_TOOL_CALL.id)
  t.equal(calls[0].function.name, MOCK_TOOL_CALL.name)
  t.equal(
    calls.map((c: { function: { arguments: string } }) => c.function.arguments).join(''),
    MOCK_TOOL_CALL.arguments,
  )
  t.equal(chunks.at(-1).choices[0].finish_reason, 'tool_calls')

  const plain = await json(await gw.post(CHAT, token, { model: 'mock/tools', messages }))
  t.same(plain.choices[0].message.tool_calls[0].function, {
    name: MOCK_TOOL_CALL.name,
    arguments: MOCK_TOOL_CALL.arguments,
  })
})

t.test('a client that goes away mid-stream: upstream aborted, delivered part billed and flagged', async (t) => {
  const gw = await gateway(t)
  const { token } = await gw.issue(['chat'])
  const controller = new AbortController()
  const upstreamClosed = gw.mock.clientClosed()
  const res = await gw.post(CHAT, token, { model: 'mock/hang', messages, stream: true }, { signal: controller.signal })
  const reader = (res.body as ReadableStream<Uint8Array>).getReader()
  let seen = ''
  while (!seen.includes(MOCK_TEXT_PIECES[0])) seen += new TextDecoder().decode((await reader.read()).value)
  controller.abort()
  await upstreamClosed
  t.pass('the upstream request was cancelled')

  let record: Record<string, unknown> | undefined
  for (let i = 0; i < 50 && !record; i++) {
    record = (await gw.usage())[0]
    if (!record) await new Promise((r) => setTimeout(r, 20))
  }
  t.match(record, { model: 'mock/hang', aborted: true, estimated: true, status: 200 })
  t.ok((record?.completionTokens as number) >= 1, 'what was delivered is counted')
  t.ok((record?.promptTokens as number) >= 1, 'the prompt is estimated too')
  t.not(record?.cost, '0.0000000000')
})

t.test('a client that gives up before the answer: upstream aborted, recorded as 499 client_closed', async (t) => {
  const gw = await gateway(t, {}, { slowMs: 5_000 })
  const { token } = await gw.issue(['chat'])
  const upstreamClosed = gw.mock.clientClosed()
  const pending = gw.post(CHAT, token, { model: 'mock/slow', messages }, { signal: AbortSignal.timeout(200) })
  await t.rejects(pending)
  await upstreamClosed
  t.pass('the upstream request was cancelled')
  let record: Record<string, unknown> | undefined
  for (let i = 0; i < 50 && !record; i++) {
    record = (await gw.usage())[0]
    if (!record) await new Promise((r) => setTimeout(r, 20))
  }
  t.match(record, { status: 499, errorCode: 'client_closed', aborted: true, cost: '0.0000000000' })
})

t.test('upstream errors keep their status class, in the Hub envelope, without secrets', async (t) => {
  // One upstream answer per call, as a client meets it once retries and cooldowns are spent (test/routes/resilience/).
  const gw = await gateway(t, { ROUTING_MAX_ATTEMPTS: 1, ROUTING_COOLDOWN_FAILURES: 1000 })
  const { token } = await gw.issue(['chat'])
  const cases = [
    ['error-400', 400, /Invalid value for 'temperature'/],
    ['error-429', 429, /Rate limit reached/],
    ['error-401', 502, /refused Hub's credential \(401\): Incorrect API key/],
    ['error-500', 502, /server had an error/],
    ['error-503', 503, /overloaded/],
  ] as const
  for (const [model, status, message] of cases) {
    for (const stream of [false, true]) {
      const res = await gw.post(CHAT, token, { model: `mock/${model}`, messages, stream })
      t.equal(res.status, status, `${model} stream=${stream}`)
      const body = await json(res)
      const code = model === 'error-401' ? 'upstream_auth_failed' : 'upstream_error'
      t.match(body, { error: String, code, message })
      t.match(body.message, /Provider "mock" (answered|refused)/)
      t.equal(res.headers.get('www-authenticate'), null, "the caller's token is not the one refused")
      t.notMatch(body.message, /sk-mock/, 'no part of a key comes back')
      // Hub disabled the refused key; the operator enables it again.
      if (model === 'error-401') await reenableRefused(gw, 'mock')
    }
  }
  const records = await gw.usage()
  t.equal(records.length, cases.length * 2, 'failed calls are recorded too')
  t.ok(records.every((r) => String(r.errorCode).startsWith('upstream_') && r.cost === '0.0000000000'))
})

t.test('a stream that fails after the first byte ends with an OpenAI error frame', async (t) => {
  const gw = await gateway(t)
  const { token } = await gw.issue(['chat'])
  for (const model of ['stream-error', 'cut']) {
    const res = await gw.post(CHAT, token, { model: `mock/${model}`, messages, stream: true })
    t.equal(res.status, 200)
    const frames = await sseData(res)
    t.equal(JSON.parse(frames[1]).choices[0].delta.content, MOCK_TEXT_PIECES[0], `${model}: delivered first`)
    const last = JSON.parse(frames.at(-1) as string)
    t.match(last, { error: { message: /Provider "mock"/, type: 'api_error', code: 'upstream_error' } })
    t.notOk(frames.includes('[DONE]'), 'a failed stream is not marked done')
  }
  const records = await gw.usage()
  t.ok(records.every((r) => r.errorCode === 'upstream_error' && r.aborted === false))
})

t.test('unreachable and slow providers: 502 and 504', async (t) => {
  // Far past the first-byte timeout: undici checks its timeouts on a coarse timer, so a provider only a little
  // slower than the timeout can still answer in time on a loaded machine.
  const gw = await gateway(t, { UPSTREAM_FIRST_BYTE_TIMEOUT_MS: 150, UPSTREAM_IDLE_TIMEOUT_MS: 150 }, { slowMs: 5_000 })
  const { token } = await gw.issue(['chat'])
  const slow = await gw.post(CHAT, token, { model: 'mock/slow', messages })
  t.equal(slow.status, 504)
  t.match(await json(slow), { error: 'Gateway Timeout', code: 'upstream_timeout' })

  const idle = await gw.post(CHAT, token, { model: 'mock/hang', messages, stream: true })
  const frames = await sseData(idle)
  t.match(JSON.parse(frames.at(-1) as string), { error: { code: 'upstream_timeout' } }, 'idle stream times out')

  const auth = { authorization: `Bearer ${gw.adminToken}`, 'content-type': 'application/json' }
  const dead = await gw.app.inject({
    method: 'POST',
    url: '/api/admin/providers',
    headers: auth,
    payload: { name: 'dead', type: 'openai', baseUrl: 'http://127.0.0.1:9/v1' },
  })
  t.equal(dead.statusCode, 201)
  await gw.app.inject({
    method: 'POST',
    url: '/api/admin/models',
    headers: auth,
    payload: { id: 'dead/gpt', type: 'chat', inputPrice: 1, outputPrice: 1 },
  })
  const unreachable = await gw.post(CHAT, token, { model: 'dead/gpt', messages })
  t.equal(unreachable.status, 502)
  t.match(await json(unreachable), { error: 'Bad Gateway', code: 'upstream_unreachable' })
})

t.test('unknown models 404, models outside the token 403, missing scope 403, bad bodies 400', async (t) => {
  const gw = await gateway(t)
  const { token } = await gw.issue(['chat'], { models: ['mock/tools'] })
  const { token: noChat } = await gw.issue(['models'])
  const { token: all } = await gw.issue(['chat'])

  const notFound = await gw.post(CHAT, all, { model: 'mock/nope', messages })
  t.equal(notFound.status, 404)
  t.match(await json(notFound), { error: 'Not Found', code: 'model_not_found', message: /mock\/nope/ })
  t.equal((await json(await gw.post(CHAT, all, { model: 'gpt-4o', messages }))).code, 'model_not_found')

  const notAllowed = await gw.post(CHAT, token, { model: 'mock/gpt-test', messages })
  t.equal(notAllowed.status, 403)
  t.match(await json(notAllowed), { error: 'Forbidden', code: 'model_not_allowed' })
  t.equal((await gw.post(CHAT, token, { model: 'mock/tools', messages })).status, 200, 'its own model works')

  const noScope = await gw.post(CHAT, noChat, { model: 'mock/gpt-test', messages })
  t.equal(noScope.status, 403)
  t.match(await json(noScope), { error: 'Forbidden', code: 'insufficient_scope' })

  for (const bad of [
    {},
    { model: 'mock/gpt-test' },
    { model: 1, messages },
    { model: 'mock/gpt-test', messages: 'hi' },
  ]) {
    const res = await gw.post(CHAT, all, bad)
    t.equal(res.status, 400, JSON.stringify(bad))
    t.match(await json(res), { error: 'Bad Request', code: 'validation_error', message: String })
  }
  t.equal(gw.mock.requests.length, 1, 'only the allowed call reached the upstream')
})
