// The official @anthropic-ai/sdk pointed at Hub (`baseURL: http://hub`): the Messages API passed through to an
// anthropic-type provider and translated for an openai-type one, plain, streamed, with streamed tools, errors in
// the SDK's own classes, and what reached the upstream and what was billed.
import Anthropic from '@anthropic-ai/sdk'
import t, { type Test } from 'tap'
import { gateway, json } from '../../helpers/gateway.ts'
import { ANTHROPIC_USAGE, CLAUDE_TOOLS, MOCK_COUNTED_TOKENS } from '../../helpers/mock-anthropic.ts'
import { GEMINI_TOOLS } from '../../helpers/mock-google.ts'
import { MOCK_TEXT_PIECES, MOCK_TOOL_CALL } from '../../helpers/mock-openai.ts'
import { ANTHROPIC_KEY as KEY, withMockAnthropic, withMockGoogle } from '../../helpers/mock-providers.ts'
import { lastRecord } from '../../helpers/usage-record.ts'

const hi: Anthropic.MessageParam[] = [{ role: 'user', content: 'Hi' }]
const weather: Anthropic.Tool = {
  name: 'get_weather',
  description: 'Weather now',
  input_schema: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
}

async function setup(t: Test) {
  const gw = await gateway(t)
  const claude = await withMockAnthropic(t, gw, ['claude-test', 'claude-tools', 'error-429', 'stream-error'])
  const { token } = await gw.issue(['chat'])
  const client = new Anthropic({ baseURL: gw.url, apiKey: token, maxRetries: 0 })
  return { gw, claude, token, client }
}

t.test('passthrough to an anthropic-type provider: the body as sent, the answer as given, billed', async (t) => {
  const { gw, claude, token, client } = await setup(t)
  const message = await client.messages.create({
    model: 'anthropic/claude-test',
    max_tokens: 100,
    system: [{ type: 'text', text: 'Be brief.', cache_control: { type: 'ephemeral' } }],
    messages: hi,
    metadata: { user_id: 'user-42' },
    thinking: { type: 'enabled', budget_tokens: 1024 },
  })
  t.equal(message.model, 'anthropic/claude-test', 'the model as asked')
  t.same(message.content, [{ type: 'text', text: 'Hello from Claude' }])
  t.equal(message.stop_reason, 'end_turn')
  t.same(message.usage, ANTHROPIC_USAGE, 'cache read and creation tokens as the provider counted them')
  const upstream = claude.requests[0]
  t.same(upstream.body, {
    model: 'claude-test',
    max_tokens: 100,
    system: [{ type: 'text', text: 'Be brief.', cache_control: { type: 'ephemeral' } }],
    messages: hi,
    metadata: { user_id: 'user-42' },
    thinking: { type: 'enabled', budget_tokens: 1024 },
    stream: false,
  })
  t.equal(upstream.headers['x-api-key'], KEY)
  t.notMatch(JSON.stringify(upstream.headers), token, 'the Hub token stays at Hub')
  t.match(await lastRecord(gw), {
    endpoint: 'messages',
    model: 'anthropic/claude-test',
    promptTokens: 30,
    completionTokens: 7,
    cachedTokens: 6,
    cacheWriteTokens: 4,
    estimated: false,
    status: 200,
  })

  const stream = client.messages.stream({
    model: 'anthropic/claude-tools',
    max_tokens: 100,
    messages: hi,
    tools: [weather],
  })
  const types: string[] = []
  stream.on('streamEvent', (event) => types.push(event.type))
  const final = await stream.finalMessage()
  t.equal(final.model, 'anthropic/claude-tools')
  t.same(
    final.content
      .filter((b) => b.type === 'tool_use')
      .map((b) => (b.type === 'tool_use' ? [b.id, b.name, b.input] : null)),
    CLAUDE_TOOLS.map((c) => [c.id, c.name, c.input]),
    'input_json_delta fragments reassembled by the SDK',
  )
  t.equal(final.stop_reason, 'tool_use')
  t.equal(types[0], 'message_start')
  t.equal(types.at(-1), 'message_stop')
  t.equal(claude.requests[1].body.stream, true)
  t.match(await lastRecord(gw, 2), { endpoint: 'messages', promptTokens: 30, completionTokens: 7, estimated: false })

  const counted = await client.messages.countTokens({ model: 'anthropic/claude-test', messages: hi })
  t.equal(counted.input_tokens, MOCK_COUNTED_TOKENS)
  t.equal(claude.requests[2].body.model, 'claude-test')
})

t.test('translated for an openai-type provider: system, tools, tool results, streamed tool calls', async (t) => {
  const { gw, client } = await setup(t)
  const message = await client.messages.create({
    model: 'mock/gpt-test',
    max_tokens: 50,
    system: 'Be brief.',
    stop_sequences: ['END'],
    metadata: { user_id: 'user-42' },
    messages: [
      { role: 'user', content: 'Weather in Oslo?' },
      {
        role: 'assistant',
        content: [{ type: 'tool_use', id: 'toolu_1', name: 'get_weather', input: { city: 'Oslo' } }],
      },
      {
        role: 'user',
        content: [
          { type: 'tool_result', tool_use_id: 'toolu_1', content: 'sunny' },
          { type: 'text', text: 'And now?' },
          { type: 'image', source: { type: 'base64', media_type: 'image/png', data: 'iVBORw0KGgo=' } },
        ],
      },
    ],
    tools: [weather],
    tool_choice: { type: 'any', disable_parallel_tool_use: true },
  })
  t.equal(message.model, 'mock/gpt-test')
  t.same(message.content, [{ type: 'text', text: 'Hello from mock' }])
  t.equal(message.stop_reason, 'end_turn')
  t.same(message.usage, {
    input_tokens: 10,
    output_tokens: 5,
    cache_creation_input_tokens: 0,
    cache_read_input_tokens: 2,
  })
  t.same(gw.mock.requests[0].body, {
    model: 'gpt-test',
    max_tokens: 50,
    stream: false,
    stop: ['END'],
    user: 'user-42',
    messages: [
      { role: 'system', content: 'Be brief.' },
      { role: 'user', content: 'Weather in Oslo?' },
      {
        role: 'assistant',
        content: null,
        tool_calls: [
          { id: 'toolu_1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Oslo"}' } },
        ],
      },
      { role: 'tool', tool_call_id: 'toolu_1', content: 'sunny' },
      {
        role: 'user',
        content: [
          { type: 'text', text: 'And now?' },
          { type: 'image_url', image_url: { url: 'data:image/png;base64,iVBORw0KGgo=' } },
        ],
      },
    ],
    tools: [
      {
        type: 'function',
        function: { name: 'get_weather', description: 'Weather now', parameters: weather.input_schema },
      },
    ],
    tool_choice: 'required',
    parallel_tool_calls: false,
  })
  t.match(await lastRecord(gw), { endpoint: 'messages', model: 'mock/gpt-test', promptTokens: 12, completionTokens: 5 })

  const text = client.messages.stream({ model: 'mock/gpt-test', max_tokens: 50, messages: hi })
  const deltas: string[] = []
  text.on('text', (delta) => deltas.push(delta))
  const streamed = await text.finalMessage()
  t.same(deltas, MOCK_TEXT_PIECES.filter(Boolean))
  t.same(streamed.content, [{ type: 'text', text: MOCK_TEXT_PIECES.join('') }])
  t.equal(streamed.usage.output_tokens, 5, 'message_delta carries the counts')
  t.same(gw.mock.requests[1].body.stream_options, { include_usage: true })

  const tools = await client.messages
    .stream({ model: 'mock/tools', max_tokens: 50, messages: hi, tools: [weather] })
    .finalMessage()
  const call = tools.content.find((b) => b.type === 'tool_use')
  t.match(call, { id: MOCK_TOOL_CALL.id, name: MOCK_TOOL_CALL.name })
  t.same(call?.type === 'tool_use' ? call.input : null, JSON.parse(MOCK_TOOL_CALL.arguments))
  t.equal(tools.stop_reason, 'tool_use')

  const counted = await client.messages.countTokens({ model: 'mock/gpt-test', messages: hi })
  t.equal(counted.input_tokens, 1, 'estimated for providers that count nothing')
})

t.test('errors in Anthropic shape, the SDK error classes, x-api-key or Bearer', async (t) => {
  const { gw, token, client } = await setup(t)
  const unknown = await client.messages.create({ model: 'mock/none', max_tokens: 10, messages: hi }).catch((e) => e)
  t.type(unknown, Anthropic.NotFoundError)
  t.match(unknown.error, { type: 'error', error: { type: 'not_found_error', code: 'model_not_found' } })

  const limited = await client.messages
    .create({ model: 'anthropic/error-429', max_tokens: 10, messages: hi })
    .catch((e) => e)
  t.type(limited, Anthropic.RateLimitError)

  const invalid = await client.messages.create({ model: 'mock/gpt-test', messages: hi } as never).catch((e) => e)
  t.type(invalid, Anthropic.BadRequestError, 'max_tokens is required, as Anthropic requires it')
  t.match(invalid.error, { error: { type: 'invalid_request_error' } })

  const bad = new Anthropic({ baseURL: gw.url, apiKey: 'hub_nope', maxRetries: 0 })
  const unauthorized = await bad.messages
    .create({ model: 'mock/gpt-test', max_tokens: 10, messages: hi })
    .catch((e) => e)
  t.type(unauthorized, Anthropic.AuthenticationError)
  t.match(unauthorized.error, { error: { type: 'authentication_error', code: 'token_malformed' } })

  const bearer = new Anthropic({ baseURL: gw.url, apiKey: null, authToken: token, maxRetries: 0 })
  const viaBearer = await bearer.messages.create({ model: 'mock/gpt-test', max_tokens: 10, messages: hi })
  t.equal(viaBearer.content[0].type, 'text', 'Authorization: Bearer works too')

  const { token: embedOnly } = await gw.issue(['embeddings'])
  const noScope = await new Anthropic({ baseURL: gw.url, apiKey: embedOnly, maxRetries: 0 }).messages
    .create({ model: 'mock/gpt-test', max_tokens: 10, messages: hi })
    .catch((e) => e)
  t.type(noScope, Anthropic.PermissionDeniedError)

  // After the first byte, a failure is an `event: error` frame, for passthrough and translation alike.
  for (const model of ['anthropic/stream-error', 'mock/stream-error']) {
    const res = await fetch(`${gw.url}/v1/messages`, {
      method: 'POST',
      headers: { 'x-api-key': token, 'anthropic-version': '2023-06-01', 'content-type': 'application/json' },
      body: JSON.stringify({ model, max_tokens: 10, messages: hi, stream: true }),
    })
    t.equal(res.status, 200, model)
    const frames = (await res.text()).trim().split('\n\n')
    t.match(frames[0], /^event: message_start\n/)
    t.ok(
      frames.some((f) => f.startsWith('event: ping\n')),
      'ping',
    )
    t.match(
      frames.at(-1),
      /^event: error\ndata: \{"type":"error","error":\{"type":"api_error"/,
      `${model} ends with event: error`,
    )
    const streamed = await client.messages
      .stream({ model, max_tokens: 10, messages: hi })
      .finalMessage()
      .catch((e) => e)
    t.type(streamed, Error, 'the SDK raises it')
  }

  const v2 = await gw.post('/api/v2/messages', token, { model: 'mock/none', max_tokens: 10, messages: hi })
  t.equal(v2.status, 404)
  t.match(await json(v2), { type: 'error', error: { type: 'not_found_error' } })
  const chat = await gw.post('/v1/chat/completions', 'hub_nope', { model: 'mock/gpt-test', messages: hi })
  t.match(
    await json(chat),
    { error: { code: 'token_malformed', type: 'authentication_error', param: null } },
    'other /v1 routes keep OpenAI shape',
  )
})

t.test('translated for a google-type provider: thinking blocks and whole tool calls, streamed', async (t) => {
  const { gw, token } = await setup(t)
  await withMockGoogle(t, gw, ['gemini-thinking', 'gemini-tools'])
  const client = new Anthropic({ baseURL: gw.url, apiKey: token, maxRetries: 0 })
  const thinking = await client.messages
    .stream({ model: 'google/gemini-thinking', max_tokens: 50, messages: hi })
    .finalMessage()
  t.match(thinking.content, [
    { type: 'thinking', thinking: 'The user greets me.' },
    { type: 'text', text: 'Hello from Gemini' },
  ])
  const plain = await client.messages.create({ model: 'google/gemini-thinking', max_tokens: 50, messages: hi })
  t.match(plain.content, [{ type: 'thinking', thinking: 'The user greets me.' }, { type: 'text' }])

  const tools = await client.messages
    .stream({ model: 'google/gemini-tools', max_tokens: 50, messages: hi, tools: [weather] })
    .finalMessage()
  t.same(
    tools.content.flatMap((b) => (b.type === 'tool_use' ? [[b.name, b.input]] : [])),
    GEMINI_TOOLS.map((c) => [c.name, c.args]),
  )
  t.equal(tools.stop_reason, 'tool_use')
  t.match(await lastRecord(gw, 3), { endpoint: 'messages', model: 'google/gemini-tools', estimated: false })
})
