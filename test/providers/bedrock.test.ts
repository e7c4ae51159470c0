// The bedrock provider type end to end: AWS access keys stored like API keys, OpenAI requests in, SigV4-signed
// Converse requests on the wire to the local mock (which verifies the signature), OpenAI answers and chunks out
// (streamed tool calls decoded from split event stream frames), billed from Bedrock's usage.
import { EventStreamCodec } from '@smithy/core/event-streams'
import { fromUtf8, toUtf8 } from '@smithy/core/serde'
import OpenAI from 'openai'
import t, { type Test } from 'tap'
import { decryptSecret } from '../../lib/crypto.ts'
import { deriveKeys } from '../../lib/secret.ts'
import { regionalBaseUrl } from '../../providers/bedrock/request.ts'
import { decodeEventStream } from '../../providers/bedrock/stream.ts'
import { bearer, build, TEST_SECRET } from '../helpers/build.ts'
import { sseData } from '../helpers/gateway.ts'
import { json, listeningHub } from '../helpers/listening-hub.ts'
import {
  BEDROCK_KEYS,
  BEDROCK_REASONING,
  BEDROCK_SESSION_KEYS,
  BEDROCK_TOOLS,
  BEDROCK_USAGE,
  mockVector,
  startMockBedrock,
} from '../helpers/mock-bedrock.ts'

const MODELS = ['anthropic.claude-test-v1:0', 'claude-tools', 'claude-reasoning', 'guardrail', 'throttled']
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='
const TEXT = 'bedrock/anthropic.claude-test-v1:0'

async function setup(t: Test) {
  const mock = await startMockBedrock()
  t.teardown(() => mock.close())
  const hub = await listeningHub(t)
  const addProvider = (name: string, keys: Record<string, string>, models: string[]) =>
    hub.addProvider({ name, type: 'bedrock', baseUrl: mock.url, credential: keys, models })
  await addProvider('bedrock', BEDROCK_KEYS, [...MODELS, 'stream-exception'])
  const { token } = await hub.issue(['chat'])
  const post = (body: unknown) => hub.post('/api/v2/chat/completions', token, body)
  return { app: hub.app, adminToken: hub.adminToken, mock, url: hub.url, token, post, usage: hub.usage, addProvider }
}

const weatherTool = {
  type: 'function',
  function: {
    name: 'get_weather',
    description: 'Weather now',
    parameters: { type: 'object', properties: { city: { type: 'string' } } },
  },
}

const toolCallsOf = (chunks: { choices: { delta?: { tool_calls?: ToolDelta[] } }[] }[]) => {
  const calls = new Map<number, { id?: string; name?: string; args: string }>()
  for (const c of chunks) {
    for (const d of c.choices[0]?.delta?.tool_calls ?? []) {
      const call = calls.get(d.index) ?? { args: '' }
      if (d.id) call.id = d.id
      if (d.function?.name) call.name = d.function.name
      call.args += d.function?.arguments ?? ''
      calls.set(d.index, call)
    }
  }
  return calls
}
interface ToolDelta {
  index: number
  id?: string
  function?: { name?: string; arguments?: string }
}

t.test('AWS access keys: one encrypted secret, only the access key id shown (masked), bedrock only', async (t) => {
  const { app, adminToken } = await build(t)
  const auth = bearer(adminToken)
  const create = (url: string, payload: object) => app.inject({ method: 'POST', url, headers: auth, payload })
  const provider = (await create('/api/admin/providers', { name: 'bedrock', type: 'bedrock' })).json()
  t.equal(provider.baseUrl, 'https://bedrock-runtime.us-east-1.amazonaws.com', 'the default endpoint')
  const credentials = `/api/admin/providers/${provider.id}/credentials`

  const res = await create(credentials, { name: 'sts', ...BEDROCK_SESSION_KEYS })
  t.equal(res.statusCode, 201)
  t.equal(res.json().masked, '…SION', 'a 20-character id shows its last four only')
  const row = await app.db.providerCredential.findUniqueOrThrow({ where: { id: res.json().id } })
  for (const secret of [BEDROCK_SESSION_KEYS.secretAccessKey, BEDROCK_SESSION_KEYS.sessionToken]) {
    t.notOk(row.secret.includes(secret), 'not stored in clear')
    for (const url of [credentials, `/api/admin/providers/${provider.id}`, '/api/admin/providers']) {
      t.notOk((await app.inject({ method: 'GET', url, headers: auth })).body.includes(secret), `never shown: ${url}`)
    }
    t.notOk(res.body.includes(secret))
  }
  const key = deriveKeys(TEST_SECRET).credentialKey
  t.same(JSON.parse(decryptSecret(key, row.secret, row.id)), BEDROCK_SESSION_KEYS, 'decrypts to the AWS keys')

  const apiKey = await create(credentials, { name: 'k', apiKey: 'sk-0123456789abcdef' })
  t.equal(apiKey.statusCode, 400)
  t.match(apiKey.json(), { code: 'validation_error', message: /AWS access keys/ })
  const openai = (await create('/api/admin/providers', { name: 'openai', type: 'openai' })).json()
  const aws = await create(`/api/admin/providers/${openai.id}/credentials`, { name: 'k', ...BEDROCK_KEYS })
  t.equal(aws.statusCode, 400)
  t.match(aws.json(), { code: 'validation_error', message: /takes an apiKey/ })
  const { region: _, ...noRegion } = BEDROCK_KEYS
  t.equal((await create(credentials, { name: 'k', ...noRegion })).statusCode, 400, 'region is required')
  const evil = await create(credentials, { name: 'k', ...BEDROCK_KEYS, region: 'evil.example.com/x' })
  t.equal(evil.statusCode, 400, 'a region must look like one (it becomes part of a hostname)')
  const mixed = await create(credentials, { name: 'k', ...BEDROCK_KEYS, apiKey: 'sk-0123456789abcdef' })
  t.equal(mixed.statusCode, 400, 'one form or the other')
})

t.test('the request is translated to Converse, signed, and the answer comes back as a chat.completion', async (t) => {
  const { mock, post, usage } = await setup(t)
  const res = await post({
    model: TEXT,
    messages: [
      { role: 'system', content: 'Be brief.' },
      {
        role: 'user',
        content: [
          { type: 'text', text: 'What is this?' },
          { type: 'image_url', image_url: { url: `data:image/png;base64,${PNG}` } },
        ],
      },
      {
        role: 'assistant',
        content: null,
        tool_calls: [
          { id: 'tooluse_9', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Oslo"}' } },
        ],
      },
      { role: 'tool', tool_call_id: 'tooluse_9', content: '{"temp":3}' },
      { role: 'user', content: 'And now?' },
    ],
    tools: [weatherTool],
    tool_choice: 'required',
    response_format: { type: 'json_object' },
    max_completion_tokens: 100,
    temperature: 0.5,
    top_p: 0.9,
    stop: 'END',
  })
  t.equal(res.status, 200)
  const upstream = mock.requests[0]
  t.equal(upstream.path, '/model/anthropic.claude-test-v1%3A0/converse', 'the model id is one encoded path segment')
  t.equal(upstream.model, 'anthropic.claude-test-v1:0')
  t.match(
    upstream.headers.authorization,
    /^AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE\/\d{8}\/eu-west-3\/bedrock\/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=[0-9a-f]{64}$/,
    'signed for bedrock in the credential region (the mock verified the signature)',
  )
  t.notOk(upstream.headers['x-amz-security-token'], 'no session token without one')
  t.notMatch(String(upstream.headers.authorization), /Bearer|hub_/, 'no Hub token upstream')
  t.same(upstream.body.system, [
    { text: 'Be brief.' },
    { text: 'Respond with only a valid JSON object, and nothing else.' },
  ])
  t.same(upstream.body.inferenceConfig, { maxTokens: 100, temperature: 0.5, topP: 0.9, stopSequences: ['END'] })
  t.same(upstream.body.toolConfig, {
    tools: [
      {
        toolSpec: {
          name: 'get_weather',
          description: 'Weather now',
          inputSchema: { json: weatherTool.function.parameters },
        },
      },
    ],
    toolChoice: { any: {} },
  })
  t.same(upstream.body.messages, [
    {
      role: 'user',
      content: [{ text: 'What is this?' }, { image: { format: 'png', source: { bytes: PNG } } }],
    },
    {
      role: 'assistant',
      content: [{ toolUse: { toolUseId: 'tooluse_9', name: 'get_weather', input: { city: 'Oslo' } } }],
    },
    {
      role: 'user',
      content: [{ toolResult: { toolUseId: 'tooluse_9', content: [{ json: { temp: 3 } }] } }, { text: 'And now?' }],
    },
  ])

  const body = await json(res)
  t.match(body, {
    id: 'b7e1c2d4-0000-4000-8000-000000000001',
    object: 'chat.completion',
    model: 'anthropic.claude-test-v1:0',
    choices: [{ index: 0, message: { role: 'assistant', content: 'Hello from Bedrock' }, finish_reason: 'stop' }],
    usage: { prompt_tokens: 30, completion_tokens: 7, total_tokens: 37, prompt_tokens_details: { cached_tokens: 6 } },
  })
  const [record] = await usage()
  t.match(record, { promptTokens: 30, completionTokens: 7, cachedTokens: 6, cost: '0.0000087000', provider: 'bedrock' })

  const text = await post({
    model: TEXT,
    messages: [
      { role: 'user', content: 'Hi' },
      { role: 'tool', tool_call_id: 'tooluse_1', content: 'plain words' },
    ],
    tools: [weatherTool],
    tool_choice: { type: 'function', function: { name: 'get_weather' } },
  })
  t.equal(text.status, 200)
  t.same(mock.requests[1].body.messages, [
    {
      role: 'user',
      content: [{ text: 'Hi' }, { toolResult: { toolUseId: 'tooluse_1', content: [{ text: 'plain words' }] } }],
    },
  ])
  t.same(mock.requests[1].body.toolConfig, {
    tools: [
      {
        toolSpec: {
          name: 'get_weather',
          description: 'Weather now',
          inputSchema: { json: weatherTool.function.parameters },
        },
      },
    ],
    toolChoice: { tool: { name: 'get_weather' } },
  })
  await post({ model: TEXT, messages: [{ role: 'user', content: 'Hi' }], tools: [weatherTool], tool_choice: 'none' })
  t.notOk(mock.requests[2].body.toolConfig, 'tool_choice none sends no tools')
  t.notOk(mock.requests[2].body.inferenceConfig, 'nothing to configure')
})

t.test('toolUse blocks become tool_calls, plain and streamed across split frames, with OpenAI indexes', async (t) => {
  const { post, url, token, usage } = await setup(t)
  const ask = {
    model: 'bedrock/claude-tools',
    messages: [{ role: 'user', content: 'Weather and time?' }],
    tools: [weatherTool],
  }
  const plain = await json(await post(ask))
  t.equal(plain.choices[0].message.content, 'Let me check.')
  t.equal(plain.choices[0].finish_reason, 'tool_calls')
  t.same(
    plain.choices[0].message.tool_calls.map((c: { id: string; function: { name: string; arguments: string } }) => [
      c.id,
      c.function.name,
      JSON.parse(c.function.arguments),
    ]),
    BEDROCK_TOOLS.map((c) => [c.toolUseId, c.name, c.input]),
  )

  const res = await post({ ...ask, stream: true })
  t.equal(res.status, 200)
  const frames = await sseData(res)
  t.equal(frames.at(-1), '[DONE]')
  const chunks = frames.slice(0, -1).map((f) => JSON.parse(f))
  t.equal(chunks[0].choices[0].delta.role, 'assistant', 'the first chunk carries the role')
  t.equal(chunks[0].id, 'b7e1c2d4-0000-4000-8000-000000000002')
  t.equal(chunks.map((c) => c.choices[0]?.delta?.content ?? '').join(''), 'Let me check.')
  const calls = toolCallsOf(chunks)
  t.same([...calls.keys()], [0, 1], 'tool call indexes count tool calls, not content blocks')
  t.same(
    [...calls.values()].map((c) => [c.id, c.name, JSON.parse(c.args)]),
    BEDROCK_TOOLS.map((c) => [c.toolUseId, c.name, c.input]),
    'every argument fragment arrived',
  )
  t.equal(chunks.at(-1).choices[0].finish_reason, 'tool_calls')
  t.notOk(
    chunks.some((c) => c.usage),
    'no usage chunk unless the client asked',
  )
  const records = await usage()
  t.match(records[0], { promptTokens: 30, completionTokens: 7, estimated: false, status: 200 })

  const openai = new OpenAI({ baseURL: `${url}/v1`, apiKey: token, maxRetries: 0 })
  const final = await openai.chat.completions
    .stream({ ...ask, messages: [{ role: 'user', content: 'Weather and time?' }], tools: [weatherTool as never] })
    .finalChatCompletion()
  t.equal(final.choices[0].message.tool_calls?.length, 2, 'the openai SDK reassembles both calls')
})

t.test('streamed text with the usage chunk on request, reasoning, guardrails, and billing', async (t) => {
  const { post, usage } = await setup(t)
  const res = await post({
    model: TEXT,
    messages: [{ role: 'user', content: 'Hi' }],
    stream: true,
    stream_options: { include_usage: true },
  })
  t.equal(res.headers.get('content-type'), 'text/event-stream; charset=utf-8')
  const chunks = (await sseData(res)).slice(0, -1).map((f) => JSON.parse(f))
  t.equal(chunks.map((c) => c.choices[0]?.delta?.content ?? '').join(''), 'Hello from Bedrock')
  t.equal(chunks.at(-2).choices[0].finish_reason, 'stop')
  t.same(chunks.at(-1).choices, [])
  t.match(chunks.at(-1).usage, { prompt_tokens: 30, completion_tokens: BEDROCK_USAGE.outputTokens, total_tokens: 37 })
  const [record] = await usage()
  t.match(record, { promptTokens: 30, completionTokens: 7, cachedTokens: 6, estimated: false, status: 200 })

  const thought = await json(
    await post({ model: 'bedrock/claude-reasoning', messages: [{ role: 'user', content: 'Hi' }] }),
  )
  t.match(thought.choices[0].message, { content: 'Hello from Bedrock', reasoning_content: BEDROCK_REASONING })
  const streamed = (
    await sseData(
      await post({ model: 'bedrock/claude-reasoning', messages: [{ role: 'user', content: 'Hi' }], stream: true }),
    )
  )
    .slice(0, -1)
    .map((f) => JSON.parse(f))
  t.equal(streamed.map((c) => c.choices[0]?.delta?.reasoning_content ?? '').join(''), BEDROCK_REASONING)
  t.equal(streamed.map((c) => c.choices[0]?.delta?.content ?? '').join(''), 'Hello from Bedrock')

  const filtered = await json(await post({ model: 'bedrock/guardrail', messages: [{ role: 'user', content: 'Hi' }] }))
  t.equal(filtered.choices[0].finish_reason, 'content_filter', 'guardrail_intervened')
})

t.test('session tokens are signed; a wrong secret is refused by the signature check', async (t) => {
  const { mock, post, addProvider } = await setup(t)
  await addProvider('bedrock-sts', BEDROCK_SESSION_KEYS, ['anthropic.claude-test-v1:0'])
  const res = await post({
    model: 'bedrock-sts/anthropic.claude-test-v1:0',
    messages: [{ role: 'user', content: 'Hi' }],
  })
  t.equal(res.status, 200)
  const upstream = mock.requests.at(-1)
  t.equal(upstream?.headers['x-amz-security-token'], BEDROCK_SESSION_KEYS.sessionToken)
  t.match(
    upstream?.headers.authorization,
    /Credential=ASIAIOSFODNN7SESSION\/\d{8}\/us-west-2\/bedrock\/aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-security-token,/,
  )

  await addProvider('bedrock-bad', { ...BEDROCK_KEYS, secretAccessKey: 'not-the-secret' }, [
    'anthropic.claude-test-v1:0',
  ])
  const refused = await post({
    model: 'bedrock-bad/anthropic.claude-test-v1:0',
    messages: [{ role: 'user', content: 'Hi' }],
  })
  t.equal(refused.status, 502, "AWS refusing Hub's keys is not the caller's 403")
  const body = await json(refused)
  t.match(body, { code: 'upstream_auth_failed', message: /signature we calculated does not match/ })
  t.notOk(JSON.stringify(body).includes('not-the-secret'))
})

t.test('Bedrock errors keep their status class; an exception frame ends the stream; bytes are required', async (t) => {
  const { mock, post } = await setup(t)
  const throttled = await post({ model: 'bedrock/throttled', messages: [{ role: 'user', content: 'Hi' }] })
  t.equal(throttled.status, 429)
  t.match(await json(throttled), { code: 'upstream_error', message: /Too many requests/ })

  const broken = await post({
    model: 'bedrock/stream-exception',
    messages: [{ role: 'user', content: 'Hi' }],
    stream: true,
  })
  t.equal(broken.status, 200)
  const frames = await sseData(broken)
  t.match(JSON.parse(frames[1]), { choices: [{ delta: { content: 'Hello' } }] }, 'what came before is delivered')
  t.match(JSON.parse(frames.at(-1) as string), {
    error: { message: /modelStreamErrorException: The model stream failed/, code: 'upstream_error' },
  })

  const sent = mock.requests.length
  const link = await post({
    model: TEXT,
    messages: [{ role: 'user', content: [{ type: 'image_url', image_url: { url: 'https://example.com/cat.png' } }] }],
  })
  t.equal(link.status, 400)
  t.match(await json(link), { code: 'validation_error', message: /needs the bytes/ })
  const hot = await post({ model: TEXT, messages: [{ role: 'user', content: 'Hi' }], temperature: 1.5 })
  t.equal(hot.status, 400, 'refused, not clamped')
  t.match(await json(hot), { code: 'validation_error', message: /temperature from 0 to 1/ })
  const audio = await post({
    model: TEXT,
    messages: [{ role: 'user', content: [{ type: 'input_audio', input_audio: { data: 'AAAA', format: 'wav' } }] }],
  })
  t.match(await json(audio), { code: 'validation_error', message: /input_audio/ })
  t.equal(mock.requests.length, sent, 'none of them reached Bedrock')
})

t.test('event stream frames are decoded whatever the network splits; corrupt frames fail', async (t) => {
  const codec = new EventStreamCodec(toUtf8, fromUtf8)
  const frame = (n: number) =>
    codec.encode({
      headers: { ':event-type': { type: 'string', value: 'contentBlockDelta' } },
      body: fromUtf8(JSON.stringify({ contentBlockIndex: 0, delta: { text: `piece ${n}` } })),
    })
  const bytes = Buffer.concat([frame(1), frame(2), frame(3)])
  async function* split(size: number) {
    for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size)
  }
  for (const size of [1, 2, 5, 16, bytes.length]) {
    const texts: string[] = []
    for await (const message of decodeEventStream(split(size))) texts.push(JSON.parse(toUtf8(message.body)).delta.text)
    t.same(texts, ['piece 1', 'piece 2', 'piece 3'], `in pieces of ${size}`)
  }
  async function* once(piece: Buffer) {
    yield piece
  }
  const corrupt = Buffer.from(bytes)
  corrupt[20] ^= 0xff
  await t.rejects(
    async () => {
      for await (const _ of decodeEventStream(once(corrupt)));
    },
    { name: 'MalformedFrameError', message: /checksum/ },
  )
  await t.rejects(
    async () => {
      for await (const _ of decodeEventStream(once(bytes.subarray(0, bytes.length - 3))));
    },
    { name: 'MalformedFrameError', message: /unfinished frame/ },
    'a cut frame',
  )
})

t.test(
  'a large frame in many small pieces is joined once; a frame over the event limit fails the stream',
  async (t) => {
    const codec = new EventStreamCodec(toUtf8, fromUtf8)
    const text = 'y'.repeat(3 * 1024 * 1024)
    const big = codec.encode({
      headers: { ':event-type': { type: 'string', value: 'contentBlockDelta' } },
      body: fromUtf8(JSON.stringify({ contentBlockIndex: 0, delta: { text } })),
    })
    async function* pieces() {
      for (let at = 0; at < big.length; at += 1024) yield big.subarray(at, at + 1024)
    }
    const decoded: string[] = []
    for await (const message of decodeEventStream(pieces())) decoded.push(JSON.parse(toUtf8(message.body)).delta.text)
    t.same(decoded, [text], 'a 3 MiB frame in 1 KiB pieces')
    await t.rejects(
      async () => {
        for await (const _ of decodeEventStream(pieces(), 1024 * 1024));
      },
      { code: 'upstream_response_too_large', statusCode: 502, message: /larger than 1048576 bytes/ },
    )
  },
)

t.test('the default endpoint follows the credential region; a custom one is kept', async (t) => {
  t.equal(
    regionalBaseUrl('https://bedrock-runtime.us-east-1.amazonaws.com', 'eu-west-3'),
    'https://bedrock-runtime.eu-west-3.amazonaws.com',
  )
  t.equal(
    regionalBaseUrl('https://bedrock-runtime.us-east-1.amazonaws.com', 'us-east-1'),
    'https://bedrock-runtime.us-east-1.amazonaws.com',
  )
  t.equal(
    regionalBaseUrl('https://vpce-1.bedrock-runtime.example.com/', 'eu-west-3'),
    'https://vpce-1.bedrock-runtime.example.com',
  )
})

t.test(
  'embeddings: Titan one text a call, Cohere all in one, signed InvokeModel, billed as Bedrock counted',
  async (t) => {
    const mock = await startMockBedrock()
    t.teardown(() => mock.close())
    const hub = await listeningHub(t)
    await hub.addProvider({
      name: 'bedrock',
      type: 'bedrock',
      baseUrl: mock.url,
      credential: BEDROCK_KEYS,
      models: ['amazon.titan-embed-text-v2:0', 'cohere.embed-english-v3', 'anthropic.claude-test-v1:0'],
      modelDefaults: { type: 'embedding', inputPrice: '0.02', outputPrice: '0' },
    })
    const { token } = await hub.issue(['embeddings'])
    const openai = new OpenAI({ baseURL: `${hub.url}/v1`, apiKey: token, maxRetries: 0 })

    // The SDK asks for base64 unless told otherwise, and decodes it: the floats come back as sent.
    const titan = await openai.embeddings.create({
      model: 'bedrock/amazon.titan-embed-text-v2:0',
      input: ['hello there', 'one two three'],
      dimensions: 256,
    })
    t.same(
      titan.data.map((d) => d.embedding),
      [mockVector('hello there'), mockVector('one two three')],
    )
    t.equal(titan.usage.prompt_tokens, 5, "Titan's inputTextTokenCount, summed")
    t.same(
      mock.invocations
        .slice(0, 2)
        .map((b) => b.inputText)
        .sort(),
      ['hello there', 'one two three'],
    )
    t.match(mock.invocations[0], { model: 'amazon.titan-embed-text-v2:0', dimensions: 256 })
    const [titanRecord] = await hub.usage()
    t.match(titanRecord, { endpoint: 'embeddings', promptTokens: 5, estimated: false, cost: '0.0000001000' })

    const cohere = await openai.embeddings.create({
      model: 'bedrock/cohere.embed-english-v3',
      input: ['find me', 'a b c d'],
      encoding_format: 'float',
      input_type: 'search_query',
    } as OpenAI.EmbeddingCreateParams)
    t.same(
      cohere.data.map((d) => d.embedding),
      [mockVector('find me'), mockVector('a b c d')],
    )
    t.same(mock.invocations[2], {
      model: 'cohere.embed-english-v3',
      texts: ['find me', 'a b c d'],
      input_type: 'search_query',
      embedding_types: ['float'],
    })
    const [cohereRecord] = await hub.usage()
    t.match(cohereRecord, { promptTokens: 6, estimated: false }, 'the X-Amzn-Bedrock-Input-Token-Count header')

    const chatModel = await hub.post('/v1/embeddings', token, {
      model: 'bedrock/anthropic.claude-test-v1:0',
      input: 'x',
    })
    t.equal(chatModel.status, 400)
    t.match(await json(chatModel), { error: { message: /Titan and Cohere/ } })
    const tokens = await hub.post('/v1/embeddings', token, { model: 'bedrock/cohere.embed-english-v3', input: [1, 2] })
    t.equal(tokens.status, 400, 'token arrays have no Bedrock equivalent')
  },
)
