// The official `openai` SDK's Responses API (`client.responses`) pointed at Hub: plain, streamed, function tools
// both ways, structured output, what reached the upstream (a Chat Completions provider), what was billed, and the
// stateless refusals and mid-stream failures as the SDK sees them.
import OpenAI from 'openai'
import t, { type Test } from 'tap'
import { gateway, json } from '../../helpers/gateway.ts'
import { CLAUDE_TOOLS, startMockAnthropic } from '../../helpers/mock-anthropic.ts'
import { BEDROCK_KEYS, BEDROCK_REASONING, BEDROCK_TOOLS, startMockBedrock } from '../../helpers/mock-bedrock.ts'
import { GEMINI_TOOLS, startMockGoogle } from '../../helpers/mock-google.ts'
import { MOCK_TEXT_PIECES, MOCK_TOOL_CALL } from '../../helpers/mock-openai.ts'
import { lastRecord } from '../../helpers/usage-record.ts'

const weather = {
  type: 'function' as const,
  name: 'get_weather',
  description: 'Weather now',
  parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
  strict: true,
}

async function setup(t: Test) {
  const gw = await gateway(t)
  const { token } = await gw.issue(['chat'])
  const client = new OpenAI({ baseURL: `${gw.url}/v1`, apiKey: token, maxRetries: 0 })
  return { gw, token, client }
}

t.test('a plain response: instructions, settings and structured output reach the provider; usage billed', async (t) => {
  const { gw, client } = await setup(t)
  const response = await client.responses.create({
    model: 'mock/gpt-test',
    instructions: 'Be brief.',
    input: 'Hi',
    max_output_tokens: 50,
    temperature: 0.5,
    reasoning: { effort: 'low' },
    text: { format: { type: 'json_schema', name: 'greeting', schema: { type: 'object' }, strict: true } },
  })
  t.equal(response.object, 'response')
  t.match(response.id, /^resp_[0-9a-f]{48}$/)
  t.equal(response.model, 'mock/gpt-test', 'the model as asked')
  t.equal(response.status, 'completed')
  t.equal(response.output_text, MOCK_TEXT_PIECES.join(''))
  t.match(response.output, [
    { type: 'message', role: 'assistant', status: 'completed', content: [{ type: 'output_text' }] },
  ])
  t.same(response.usage, {
    input_tokens: 12,
    input_tokens_details: { cached_tokens: 2 },
    output_tokens: 5,
    output_tokens_details: { reasoning_tokens: 1 },
    total_tokens: 17,
  })
  t.equal((response as { store?: boolean }).store, false, 'Hub keeps no responses')
  t.same(gw.mock.requests[0].body, {
    model: 'gpt-test',
    messages: [
      { role: 'system', content: 'Be brief.' },
      { role: 'user', content: 'Hi' },
    ],
    response_format: {
      type: 'json_schema',
      json_schema: { name: 'greeting', schema: { type: 'object' }, strict: true },
    },
    max_completion_tokens: 50,
    temperature: 0.5,
    reasoning_effort: 'low',
    stream: false,
  })
  t.match(await lastRecord(gw), {
    endpoint: 'responses',
    model: 'mock/gpt-test',
    promptTokens: 12,
    completionTokens: 5,
    cost: '0.0000048000',
    estimated: false,
    status: 200,
  })
})

t.test('function tools: a call out, then the conversation with its output back in', async (t) => {
  const { gw, client } = await setup(t)
  const first = await client.responses.create({
    model: 'mock/tools',
    input: [{ role: 'user', content: 'Weather in Paris?' }],
    tools: [weather],
    tool_choice: { type: 'function', name: 'get_weather' },
    parallel_tool_calls: false,
  })
  const call = first.output.find((item) => item.type === 'function_call')
  t.match(call, {
    type: 'function_call',
    call_id: MOCK_TOOL_CALL.id,
    name: MOCK_TOOL_CALL.name,
    arguments: MOCK_TOOL_CALL.arguments,
    status: 'completed',
  })
  t.match(gw.mock.requests[0].body, {
    tools: [{ type: 'function', function: { name: 'get_weather', parameters: weather.parameters, strict: true } }],
    tool_choice: { type: 'function', function: { name: 'get_weather' } },
    parallel_tool_calls: false,
  })
  if (call?.type !== 'function_call') throw new Error('no function call')

  await client.responses.create({
    model: 'mock/gpt-test',
    input: [
      { role: 'user', content: [{ type: 'input_text', text: 'Weather in Paris?' }] },
      // The answer's items go back as they came, as OpenAI's docs show.
      ...(first.output as OpenAI.Responses.ResponseInputItem[]),
      { type: 'function_call_output', call_id: call.call_id, output: '{"temp":21}' },
      {
        role: 'user',
        content: [
          { type: 'input_text', text: 'And this?' },
          { type: 'input_image', image_url: 'data:image/png;base64,iVBORw0KGgo=', detail: 'low' },
        ],
      },
    ],
    tools: [weather],
  })
  t.same(gw.mock.requests[1].body.messages, [
    { role: 'user', content: 'Weather in Paris?' },
    {
      role: 'assistant',
      content: null,
      tool_calls: [
        {
          id: MOCK_TOOL_CALL.id,
          type: 'function',
          function: { name: MOCK_TOOL_CALL.name, arguments: MOCK_TOOL_CALL.arguments },
        },
      ],
    },
    { role: 'tool', tool_call_id: MOCK_TOOL_CALL.id, content: '{"temp":21}' },
    {
      role: 'user',
      content: [
        { type: 'text', text: 'And this?' },
        { type: 'image_url', image_url: { url: 'data:image/png;base64,iVBORw0KGgo=', detail: 'low' } },
      ],
    },
  ])
})

t.test('streamed: the documented event sequence, numbered, read back whole by the SDK', async (t) => {
  const { gw, client } = await setup(t)
  const stream = client.responses.stream({ model: 'mock/gpt-test', input: 'Hi' })
  const events: { type: string; sequence_number: number }[] = []
  const deltas: string[] = []
  stream.on('event', (event) => events.push(event))
  stream.on('response.output_text.delta', (event) => deltas.push(event.delta))
  const final = await stream.finalResponse()
  t.same(
    events.map((e) => e.type),
    [
      'response.created',
      'response.in_progress',
      'response.output_item.added',
      'response.content_part.added',
      ...MOCK_TEXT_PIECES.map(() => 'response.output_text.delta'),
      'response.output_text.done',
      'response.content_part.done',
      'response.output_item.done',
      'response.completed',
    ],
  )
  t.same(
    events.map((e) => e.sequence_number),
    events.map((_, i) => i),
    'sequence numbers count from 0',
  )
  t.same(deltas, MOCK_TEXT_PIECES)
  t.equal(final.output_text, MOCK_TEXT_PIECES.join(''))
  t.equal(final.status, 'completed')
  t.equal(final.model, 'mock/gpt-test')
  t.equal(final.usage?.output_tokens, 5, 'response.completed carries the counts')
  t.same(gw.mock.requests[0].body.stream_options, { include_usage: true })
  t.match(await lastRecord(gw), { endpoint: 'responses', promptTokens: 12, completionTokens: 5, estimated: false })

  const tools = await client.responses
    .stream({ model: 'mock/tools', input: 'Weather in Paris?', tools: [weather] })
    .finalResponse()
  t.match(tools.output, [
    {
      type: 'function_call',
      call_id: MOCK_TOOL_CALL.id,
      name: MOCK_TOOL_CALL.name,
      arguments: MOCK_TOOL_CALL.arguments,
      status: 'completed',
    },
  ])
})

t.test('a failure after the first byte: an error event, then response.failed; billed once', async (t) => {
  const { gw, client } = await setup(t)
  const stream = await client.responses.create({ model: 'mock/stream-error', input: 'Hi', stream: true })
  const types: string[] = []
  let failed: OpenAI.Responses.Response | null = null
  for await (const event of stream) {
    types.push(event.type)
    if (event.type === 'error') t.match(event, { code: 'upstream_error', message: /server had an error/ })
    if (event.type === 'response.failed') failed = event.response
  }
  t.same(types.slice(-2), ['error', 'response.failed'])
  t.match(failed, { status: 'failed', error: { code: 'upstream_error' } })
  t.match(await lastRecord(gw), { endpoint: 'responses', status: 200, errorCode: 'upstream_error' })
})

t.test('what needs a stored response or an OpenAI-hosted tool is a clear 400; errors in OpenAI shape', async (t) => {
  const { gw, token, client } = await setup(t)
  const refusals: [string, Record<string, unknown>, RegExp][] = [
    ['previous_response_id', { previous_response_id: 'resp_abc' }, /keeps none/],
    ['store: true', { store: true }, /store: false/],
    ['a hosted tool', { tools: [{ type: 'web_search' }] }, /function tools/],
    ['an item reference', { input: [{ type: 'item_reference', id: 'msg_1' }] }, /send the items/],
    ['a stored file', { input: [{ role: 'user', content: [{ type: 'input_file', file_id: 'f_1' }] }] }, /no files/],
  ]
  for (const [what, extra, message] of refusals) {
    const err = await client.responses
      .create({ model: 'mock/gpt-test', input: 'Hi', ...extra } as OpenAI.Responses.ResponseCreateParamsNonStreaming)
      .catch((e) => e)
    t.type(err, OpenAI.BadRequestError, what)
    t.match(err.error, { type: 'invalid_request_error', code: 'validation_error', message }, what)
  }
  t.equal(gw.mock.requests.length, 0, 'nothing reached the provider')

  const unknown = await client.responses.create({ model: 'mock/none', input: 'Hi' }).catch((e) => e)
  t.type(unknown, OpenAI.NotFoundError)

  // /api/v2/responses: the same route, Hub's envelope.
  const res = await fetch(`${gw.url}/api/v2/responses`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'mock/gpt-test', input: 'Hi' }),
  })
  t.equal(res.status, 200)
  t.equal(((await json(res)) as { output: unknown[] }).output.length, 1)
  const bad = await fetch(`${gw.url}/api/v2/responses`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'mock/gpt-test', input: 'Hi', store: true }),
  })
  t.equal(bad.status, 400)
  t.match(await json(bad), { error: 'Bad Request', code: 'validation_error' })
})

t.test('through each provider type: text, reasoning items and function calls, whole and streamed', async (t) => {
  const [claude, bedrock, gemini] = await Promise.all([startMockAnthropic(), startMockBedrock(), startMockGoogle()])
  t.teardown(() => Promise.all([claude.close(), bedrock.close(), gemini.close()]))
  const { gw, client } = await setup(t)
  const add = (name: string, type: string, baseUrl: string, credential: Record<string, string>, models: string[]) =>
    gw.addProvider({ name, type, baseUrl, credential, models })
  await add('anthropic', 'anthropic', claude.url, { apiKey: 'sk-ant-mock-0123456789abcdefghij' }, [
    'claude-test',
    'claude-tools',
  ])
  await add('bedrock', 'bedrock', bedrock.url, BEDROCK_KEYS, ['claude-reasoning', 'claude-tools'])
  await add('google', 'google', gemini.url, { apiKey: 'AIzaSyMock-0123456789abcdefghijklmnopq' }, [
    'gemini-thinking',
    'gemini-tools',
  ])
  const calls = (tools: { name: string; input?: unknown; args?: unknown }[]) =>
    tools.map((c) => ['function_call', c.name, c.input ?? c.args])
  const cases: [string, [string, string | null, string][], ReturnType<typeof calls> | null][] = [
    ['anthropic/claude-test', [['message', null, 'Hello from Claude']], null],
    ['anthropic/claude-tools', [['message', null, 'Let me check.']], calls(CLAUDE_TOOLS)],
    ['bedrock/claude-reasoning', [['reasoning', BEDROCK_REASONING, '']], null],
    ['bedrock/claude-tools', [['message', null, 'Let me check.']], calls(BEDROCK_TOOLS)],
    ['google/gemini-thinking', [['reasoning', 'The user greets me.', '']], null],
    ['google/gemini-tools', [], calls(GEMINI_TOOLS)],
  ]
  const summary = (output: OpenAI.Responses.ResponseOutputItem[]) => ({
    items: output.flatMap((item): [string, string | null, string][] =>
      item.type === 'message'
        ? [['message', null, item.content.map((p) => (p.type === 'output_text' ? p.text : '')).join('')]]
        : item.type === 'reasoning'
          ? [['reasoning', item.content?.map((p) => p.text).join('') ?? '', '']]
          : [],
    ),
    calls: output.flatMap((item) =>
      item.type === 'function_call' ? [['function_call', item.name, JSON.parse(item.arguments)]] : [],
    ),
  })
  for (const [model, items, toolCalls] of cases) {
    const tools = toolCalls ? [weather] : undefined
    const whole = await client.responses.create({ model, input: 'Hi', max_output_tokens: 100, tools })
    const streamed = await client.responses
      .stream({ model, input: 'Hi', max_output_tokens: 100, tools })
      .finalResponse()
    for (const [how, response] of [
      ['whole', whole],
      ['streamed', streamed],
    ] as const) {
      const got = summary(response.output)
      t.match(got.items, items, `${model} ${how}: items`)
      t.same(got.calls, toolCalls ?? [], `${model} ${how}: function calls`)
      t.equal(response.model, model)
      t.ok((response.usage?.output_tokens ?? 0) > 0, `${model} ${how}: usage`)
    }
    t.match(await lastRecord(gw, 2), { endpoint: 'responses', model, estimated: false, status: 200 })
  }
})
