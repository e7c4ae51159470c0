// POST /api/v2/chat over real HTTP, with the bodies the @aigne/aigne-hub client sends (logged in
// /work/shared/spec/aigne-client-wire.md §2): the AIGNE answer and SSE frames, what reached the upstream in
// OpenAI's format, and the usage record with the calling app from x-aigne-hub-client-did.
import t, { type Test } from 'tap'
import { gateway, json } from '../../helpers/gateway.ts'
import { MOCK_TEXT_PIECES, MOCK_TOOL_CALL } from '../../helpers/mock-openai.ts'

const CHAT = '/api/v2/chat'
const APP = '@aigne/aigne-hub:test-host'
const headers = { 'x-aigne-hub-client-did': APP }

/** The envelope exactly as the client sends it; `input` fields are merged in. */
const envelope = (input: Record<string, unknown>, options: Record<string, unknown> = {}) => ({
  input: {
    messages: [{ role: 'user', content: 'Say hello.' }],
    outputFileType: 'url',
    ...input,
    modelOptions: {
      cacheConfig: { autoBreakpoints: { lastMessage: true } },
      model: 'mock/gpt-test',
      ...(input.modelOptions as object),
    },
  },
  agent: '$CHAT_MODEL',
  options: { userContext: {}, memories: [], ...options },
})

/** Usage as the client validates it: 12 + 5 tokens at the gateway's prices cost 4.8 micro-USD. */
const AIGNE_USAGE = {
  inputTokens: 12,
  outputTokens: 5,
  cacheReadInputTokens: 2,
  aigneHubCredits: 0.0000048,
  creditPrefix: '$',
}

/** An SSE body as its frames: `{event?, data}` with data parsed. */
async function frames(t: Test, res: Response) {
  const text = await res.text()
  t.notMatch(text, /\[DONE\]/, 'no [DONE]: it is not JSON and would fail the client')
  return text
    .split('\n\n')
    .filter(Boolean)
    .map((block) => {
      const lines = block.split('\n')
      const event = lines.find((l) => l.startsWith('event: '))?.slice('event: '.length)
      const data = JSON.parse(lines.find((l) => l.startsWith('data: '))?.slice('data: '.length) ?? 'null')
      return event ? { event, data } : { data }
    })
}

t.test('a plain invoke: AIGNE in and out, OpenAI upstream, billed once to the calling app', async (t) => {
  const gw = await gateway(t)
  const { token, id: tokenId } = await gw.issue(['chat'])
  const res = await gw.post(
    CHAT,
    token,
    envelope({
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: [{ type: 'text', text: 'Say hello.', cacheControl: { type: 'ephemeral' } }] },
      ],
      modelOptions: { temperature: 0.2, topP: 0.9, parallelToolCalls: true, reasoningEffort: 2000 },
    }),
    { headers },
  )
  t.equal(res.status, 200)
  t.match(res.headers.get('content-type'), /application\/json/)
  t.same(await json(res), {
    text: MOCK_TEXT_PIECES.join(''),
    model: 'gpt-test',
    modelWithProvider: 'mock/gpt-test',
    usage: AIGNE_USAGE,
  })

  const upstream = gw.mock.requests[0].body
  t.same(upstream, {
    model: 'gpt-test',
    messages: [
      { role: 'system', content: 'Be brief.' },
      { role: 'user', content: [{ type: 'text', text: 'Say hello.' }] },
    ],
    temperature: 0.2,
    top_p: 0.9,
    reasoning_effort: 'medium',
    stream: false,
  })

  const [record, ...more] = await gw.usage()
  t.equal(more.length, 0, 'exactly one usage record')
  t.match(record, {
    tokenId,
    app: APP,
    model: 'mock/gpt-test',
    endpoint: 'chat',
    promptTokens: 12,
    completionTokens: 5,
    cost: '0.0000048000',
    status: 200,
    aborted: false,
  })
})

t.test('the model comes from modelOptions, else the body; an aignehub/ prefix is ignored', async (t) => {
  const gw = await gateway(t)
  const { token } = await gw.issue(['chat'])
  const prefixed = await gw.post(CHAT, token, envelope({ modelOptions: { model: 'aignehub/mock/gpt-test' } }))
  t.equal(prefixed.status, 200)
  t.equal((await json(prefixed)).modelWithProvider, 'mock/gpt-test')

  const old = envelope({})
  delete (old.input.modelOptions as { model?: string }).model
  const fallback = await gw.post(CHAT, token, { ...old, model: 'mock/gpt-test' })
  t.equal(fallback.status, 200, 'older clients put the model at the top level')

  const none = await gw.post(CHAT, token, old)
  t.equal(none.status, 400)
  t.match(await json(none), { code: 'validation_error', message: /modelOptions\.model/ })
})

t.test('a streamed invoke: AIGNE delta frames, true text deltas, usage last, no [DONE]', async (t) => {
  const gw = await gateway(t)
  const { token } = await gw.issue(['chat'])
  const res = await gw.post(CHAT, token, envelope({}, { streaming: true }), { headers })
  t.equal(res.status, 200)
  t.match(res.headers.get('content-type'), /^text\/event-stream/)
  t.equal(res.headers.get('cache-control'), 'no-cache')
  t.same(await frames(t, res), [
    { data: { delta: { json: { model: 'gpt-test' } } } },
    ...MOCK_TEXT_PIECES.map((text) => ({ data: { delta: { text: { text } } } })),
    { data: { delta: { json: { modelWithProvider: 'mock/gpt-test', usage: AIGNE_USAGE } } } },
  ])
  t.match(gw.mock.requests[0].body, { stream: true, stream_options: { include_usage: true } })
  const [record, ...more] = await gw.usage()
  t.equal(more.length, 0)
  t.match(record, { app: APP, endpoint: 'chat', promptTokens: 12, completionTokens: 5, status: 200 })
})

t.test('tool calls: AIGNE tools and turns out, complete calls with object arguments back', async (t) => {
  const gw = await gateway(t)
  const { token } = await gw.issue(['chat'])
  const tool = {
    type: 'function',
    function: { name: 'get_weather', description: 'Weather', parameters: { type: 'object', properties: {} } },
    metadata: { source: 'test' },
  }
  const turns = [
    { role: 'user', content: 'Weather in Paris?' },
    {
      role: 'agent',
      toolCalls: [{ id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: { city: 'Paris' } } }],
    },
    { role: 'tool', toolCallId: 'call_1', content: '{"temperature":21}' },
  ]
  const input = {
    messages: turns,
    tools: [tool],
    toolChoice: tool,
    modelOptions: { model: 'mock/tools', parallelToolCalls: false },
  }
  const expectedCall = {
    id: MOCK_TOOL_CALL.id,
    type: 'function',
    function: { name: MOCK_TOOL_CALL.name, arguments: JSON.parse(MOCK_TOOL_CALL.arguments) },
  }

  const res = await gw.post(CHAT, token, envelope(input))
  t.equal(res.status, 200)
  t.same(await json(res), {
    toolCalls: [expectedCall],
    model: 'tools',
    modelWithProvider: 'mock/tools',
    usage: AIGNE_USAGE,
  })
  t.same(gw.mock.requests[0].body, {
    model: 'tools',
    messages: [
      { role: 'user', content: 'Weather in Paris?' },
      {
        role: 'assistant',
        content: null,
        tool_calls: [
          { id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Paris"}' } },
        ],
      },
      { role: 'tool', tool_call_id: 'call_1', content: '{"temperature":21}' },
    ],
    tools: [
      {
        type: 'function',
        function: { name: 'get_weather', description: 'Weather', parameters: { type: 'object', properties: {} } },
      },
    ],
    parallel_tool_calls: false,
    tool_choice: { type: 'function', function: { name: 'get_weather' } },
    stream: false,
  })

  const streamed = await gw.post(CHAT, token, envelope(input, { streaming: true }))
  t.same(
    await frames(t, streamed),
    [
      { data: { delta: { json: { model: 'tools' } } } },
      {
        data: {
          delta: { json: { modelWithProvider: 'mock/tools', toolCalls: [expectedCall], usage: AIGNE_USAGE } },
        },
      },
    ],
    'argument fragments are reassembled into one complete call',
  )
})

t.test('json_schema responseFormat and file parts reach the upstream in its format', async (t) => {
  const gw = await gateway(t)
  const { token } = await gw.issue(['chat'])
  const schema = { type: 'object', properties: { greeting: { type: 'string' } }, required: ['greeting'] }
  const res = await gw.post(
    CHAT,
    token,
    envelope({
      messages: [
        {
          role: 'user',
          content: [
            { type: 'text', text: 'Describe' },
            { type: 'file', data: 'aGk=', mimeType: 'image/jpeg' },
            { type: 'url', url: 'https://example.com/cat.png' },
            { type: 'file', data: 'JVBERg==', mimeType: 'application/pdf', filename: 'a.pdf' },
          ],
        },
      ],
      responseFormat: { type: 'json_schema', jsonSchema: { name: 'greeting', schema, strict: true } },
      modelOptions: { modalities: ['text'] },
    }),
  )
  t.equal(res.status, 200)
  t.same(
    await json(res),
    {
      text: 'Hello from mock',
      model: 'gpt-test',
      modelWithProvider: 'mock/gpt-test',
      usage: AIGNE_USAGE,
    },
    'an answer that is not JSON stays text, for the client to judge',
  )
  t.match(gw.mock.requests[0].body, {
    messages: [
      {
        role: 'user',
        content: [
          { type: 'text', text: 'Describe' },
          { type: 'image_url', image_url: { url: 'data:image/jpeg;base64,aGk=' } },
          { type: 'image_url', image_url: { url: 'https://example.com/cat.png' } },
          { type: 'file', file: { file_data: 'data:application/pdf;base64,JVBERg==', filename: 'a.pdf' } },
        ],
      },
    ],
    response_format: { type: 'json_schema', json_schema: { name: 'greeting', schema, strict: true } },
  })
})

t.test('errors before the stream are HTTP errors; after it, an event: error frame, then the end', async (t) => {
  const gw = await gateway(t)
  const { token } = await gw.issue(['chat'])
  const { token: narrow } = await gw.issue(['chat'], { models: ['mock/gpt-test'] })
  const { token: noChat } = await gw.issue(['models'])

  const missing = await fetch(`${gw.url}${CHAT}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(envelope({})),
  })
  t.equal(missing.status, 401)
  t.match(missing.headers.get('www-authenticate'), /^Bearer/)
  t.match(await json(missing), { error: 'Unauthorized', message: String, code: 'token_missing' })

  const scope = await gw.post(CHAT, noChat, envelope({}))
  t.equal(scope.status, 403)
  t.match(await json(scope), { error: 'Forbidden', code: 'insufficient_scope' })

  const notAllowed = await gw.post(CHAT, narrow, envelope({ modelOptions: { model: 'mock/tools' } }))
  t.equal(notAllowed.status, 403)
  t.match(await json(notAllowed), { code: 'model_not_allowed', message: /mock\/tools/ })

  const notFound = await gw.post(CHAT, token, envelope({ modelOptions: { model: 'mock/none' } }), {
    headers: { 'x-aigne-hub-client-did': APP },
  })
  t.equal(notFound.status, 404)
  t.match(await json(notFound), { error: 'Not Found', code: 'model_not_found', message: /mock\/none/ })

  const badRole = await gw.post(CHAT, token, envelope({ messages: [{ role: 'assistant', content: 'x' }] }))
  t.equal(badRole.status, 400, 'the assistant is "agent" in AIGNE')
  t.match(await json(badRole), { code: 'validation_error' })

  const limited = await gw.post(
    CHAT,
    token,
    envelope({ modelOptions: { model: 'mock/error-429' } }, { streaming: true }),
  )
  t.equal(limited.status, 429, 'an upstream refusal before the stream keeps its status')
  t.match(await json(limited), { code: 'upstream_error' })

  const broken = await gw.post(
    CHAT,
    token,
    envelope({ modelOptions: { model: 'mock/stream-error' } }, { streaming: true }),
  )
  t.equal(broken.status, 200)
  const got = await frames(t, broken)
  t.same(got.slice(0, 2), [
    { data: { delta: { json: { model: 'stream-error' } } } },
    { data: { delta: { text: { text: MOCK_TEXT_PIECES[0] } } } },
  ])
  t.match(got.slice(2), [{ event: 'error', data: { message: /failed mid-stream/, code: 'upstream_error' } }])
  t.equal(got.length, 3, 'nothing after the error frame')

  const records = await gw.usage()
  t.match(
    records.find((r) => r.model === 'mock/stream-error'),
    { status: 200, errorCode: 'upstream_error', aborted: false },
  )
  t.match(
    records.find((r) => r.model === 'mock/error-429'),
    { status: 429, errorCode: 'upstream_error' },
  )
})
