// A provider refusing Hub's credential (401/403) is the operator's problem: every provider type and every
// surface answers 502 upstream_auth_failed without WWW-Authenticate (the caller's Hub token is fine), the
// provider's text never reaches a header, and the credential it echoes is redacted, pieces of it included.
import { EventStreamCodec } from '@smithy/core/event-streams'
import { fromUtf8, toUtf8 } from '@smithy/core/serde'
import t, { type Test } from 'tap'
import { json, type ListeningHub, listeningHub } from '../../helpers/listening-hub.ts'
import { jsonAnswer, type Script, startScriptedUpstream } from '../../helpers/mock-scripted.ts'
import { reenableRefused } from '../../helpers/refused-credential.ts'

// Not key-shaped: no pattern would catch it, only knowing the value does.
const KEY = 'Abc123/xyz+Secret.Key=9'
const AWS = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'Short/Aws+Secret=1', region: 'eu-west-3' }
const PIECE = KEY.slice(3, 15)
const echo = (secret: string) =>
  `Incorrect API key "${secret}" (near ${secret.slice(3, 15)})\r\n密钥无效, see https://example.com`
const leaked = (text: string) =>
  [KEY, PIECE, AWS.secretAccessKey, AWS.secretAccessKey.slice(2, 12)].filter((s) => text.includes(s))

async function setup(t: Test) {
  const upstream = await startScriptedUpstream()
  t.teardown(() => upstream.close())
  const hub = await listeningHub(t)
  const chat = { type: 'chat', inputPrice: '1', outputPrice: '1' }
  for (const type of ['openai', 'anthropic', 'google']) {
    const baseUrl = type === 'openai' ? `${upstream.url}/v1` : upstream.url
    await hub.addProvider({
      name: type,
      type,
      baseUrl,
      credential: { apiKey: KEY },
      models: ['m'],
      modelDefaults: chat,
    })
  }
  await hub.addProvider({
    name: 'bedrock',
    type: 'bedrock',
    baseUrl: upstream.url,
    credential: AWS,
    models: ['m'],
    modelDefaults: chat,
  })
  await hub.addProvider({
    name: 'ideogram',
    type: 'ideogram',
    baseUrl: upstream.url,
    credential: { apiKey: KEY },
    models: ['V_3'],
    modelDefaults: { type: 'image', inputPrice: '0', outputPrice: '0.05' },
  })
  const { token } = await hub.issue(['chat', 'images'])
  return { hub, upstream, token }
}

/** The refused credential was disabled with the reason, which names no piece of it; then enabled again. */
async function reenable(t: Test, hub: ListeningHub, provider: string) {
  const disabled = await reenableRefused(hub, provider)
  t.match(disabled.disabledReason, /refused Hub's credential/, `${provider}: disabled with the reason`)
  t.same(leaked(disabled.disabledReason ?? ''), [], `${provider}: the reason holds no piece of the credential`)
}

t.test('a provider 401/403 is a 502 upstream_auth_failed on every surface, never a 401', async (t) => {
  const { hub, upstream, token } = await setup(t)
  const messages = [{ role: 'user', content: 'hi' }]
  const calls = (provider: string) =>
    provider === 'ideogram'
      ? [
          { path: '/api/v2/images/generations', body: { model: 'ideogram/V_3', prompt: 'a cat' }, openai: false },
          { path: '/v1/images/generations', body: { model: 'ideogram/V_3', prompt: 'a cat' }, openai: true },
        ]
      : [
          { path: '/api/v2/chat/completions', body: { model: `${provider}/m`, messages }, openai: false },
          { path: '/api/v2/chat/completions', body: { model: `${provider}/m`, messages, stream: true }, openai: false },
          { path: '/v1/chat/completions', body: { model: `${provider}/m`, messages, stream: true }, openai: true },
          {
            path: '/api/v2/chat',
            body: { input: { messages, modelOptions: { model: `${provider}/m` } }, options: { streaming: true } },
            openai: false,
          },
        ]
  let count = 0
  for (const status of [401, 403]) {
    for (const provider of ['openai', 'anthropic', 'google', 'bedrock', 'ideogram']) {
      const secret = provider === 'bedrock' ? AWS.secretAccessKey : KEY
      upstream.answer(jsonAnswer(status, { error: { message: echo(secret), type: 'authentication_error' } }))
      for (const call of calls(provider)) {
        const what = `${provider} ${status} ${call.path}`
        const res = await hub.post(call.path, token, call.body)
        t.equal(res.status, 502, what)
        t.equal(res.headers.get('www-authenticate'), null, `${what}: no WWW-Authenticate`)
        t.ok(res.headers.get('x-request-id'), `${what}: an ordinary error answer`)
        const text = await res.text()
        t.same(leaked(text), [], `${what}: no piece of the credential`)
        const body = JSON.parse(text)
        if (call.openai) {
          t.match(body, {
            error: { code: 'upstream_auth_failed', type: 'api_error', message: /refused Hub's credential/ },
          })
        } else {
          t.match(body, {
            error: 'Bad Gateway',
            code: 'upstream_auth_failed',
            message: new RegExp(`"${provider}" refused`),
          })
          t.match(body.message, /密钥无效/, 'the provider text stays in the body, where it is safe')
        }
        count++
        await reenable(t, hub, provider)
      }
    }
  }
  t.equal(upstream.requests.length, count, 'every call reached the provider')
  const records = await hub.usage()
  t.equal(records.length, count)
  t.ok(
    records.every((r) => r.errorCode === 'upstream_auth_failed' && r.status === 502),
    'recorded as such',
  )
})

const sse =
  (frames: string[]): Script =>
  (res) => {
    res.writeHead(200, { 'content-type': 'text/event-stream' })
    res.end(frames.map((f) => `${f}\n\n`).join(''))
  }

t.test('an auth failure inside a started stream keeps its code and loses the credential', async (t) => {
  const { hub, upstream, token } = await setup(t)
  const message = echo(KEY)
  const streams: Record<string, Script> = {
    openai: sse([
      'data: {"id":"c","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"content":"Hi"},"finish_reason":null}]}',
      `data: ${JSON.stringify({ error: { message, type: 'invalid_request_error', code: 'invalid_api_key' } })}`,
    ]),
    anthropic: sse([
      'event: message_start\ndata: {"type":"message_start","message":{"id":"msg","model":"m","usage":{"input_tokens":1}}}',
      `event: error\ndata: ${JSON.stringify({ type: 'error', error: { type: 'authentication_error', message } })}`,
    ]),
    google: sse([
      'data: {"candidates":[{"content":{"parts":[{"text":"Hi"}],"role":"model"},"index":0}]}',
      `data: ${JSON.stringify({ error: { code: 401, message, status: 'UNAUTHENTICATED' } })}`,
    ]),
  }
  // Bedrock: binary event stream frames; an exception frame names its type in a header.
  const codec = new EventStreamCodec(toUtf8, fromUtf8)
  const str = (value: string) => ({ type: 'string' as const, value })
  const frame = (headers: Record<string, string>, body: unknown) =>
    codec.encode({
      headers: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, str(v)])),
      body: fromUtf8(JSON.stringify(body)),
    })
  const bedrockMessage = echo(AWS.secretAccessKey)
  streams.bedrock = (res) => {
    res.writeHead(200, { 'content-type': 'application/vnd.amazon.eventstream' })
    res.write(frame({ ':event-type': 'messageStart', ':message-type': 'event' }, { role: 'assistant' }))
    res.end(
      frame({ ':exception-type': 'accessDeniedException', ':message-type': 'exception' }, { message: bedrockMessage }),
    )
  }
  const messages = [{ role: 'user', content: 'hi' }]
  for (const [provider, script] of Object.entries(streams)) {
    upstream.answer(script)
    const openai = await hub.post('/v1/chat/completions', token, { model: `${provider}/m`, messages, stream: true })
    t.equal(openai.status, 200)
    const text = await openai.text()
    t.same(leaked(text), [], `${provider}: no piece of the credential in the stream`)
    const last = JSON.parse(text.trim().split('\n\n').at(-1)!.slice('data: '.length))
    t.match(last, { error: { code: 'upstream_auth_failed', type: 'api_error', message: /mid-stream/ } }, provider)

    upstream.answer(script)
    const aigne = await hub.post('/api/v2/chat', token, {
      input: { messages, modelOptions: { model: `${provider}/m` } },
      options: { streaming: true },
    })
    const frames = (await aigne.text()).trim().split('\n\n')
    const error = frames.at(-1)!
    t.match(error, /^event: error\ndata: /, `${provider}: AIGNE error frame`)
    t.match(JSON.parse(error.split('\ndata: ')[1]), { code: 'upstream_auth_failed' })
    t.same(leaked(error), [])
  }
  const records = await hub.usage()
  t.ok(
    records.every((r) => r.errorCode === 'upstream_auth_failed'),
    'billed as failed for that reason',
  )
})

t.test("Hub's own 401s still say so, with a header built from Hub's own text only", async (t) => {
  const { hub } = await setup(t)
  const res = await hub.post('/api/v2/chat/completions', `hub_${'x'.repeat(46)}`, {})
  t.equal(res.status, 401)
  t.equal(
    res.headers.get('www-authenticate'),
    'Bearer realm="hub", error="invalid_token", error_description="Authentication token is malformed"',
  )
  t.match(await json(res), { code: 'token_malformed' })
})
