// The anthropic provider type end to end: OpenAI requests in, Anthropic Messages on the wire to the local mock,
// OpenAI answers and chunks out (streamed tool calls included), billed from Anthropic's usage.
import OpenAI from 'openai'
import t, { type Test } from 'tap'
import { sseData } from '../helpers/gateway.ts'
import { json, listeningHub } from '../helpers/listening-hub.ts'
import { ANTHROPIC_USAGE, CLAUDE_TOOLS, startMockAnthropic } from '../helpers/mock-anthropic.ts'

const KEY = 'sk-ant-mock-0123456789abcdefghijklmnop'
const MODELS = ['claude-test', 'claude-tools', 'error-429', 'overloaded', 'stream-error']
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='

async function setup(t: Test) {
  const mock = await startMockAnthropic()
  t.teardown(() => mock.close())
  const hub = await listeningHub(t)
  const provider = await hub.addProvider({
    name: 'anthropic',
    type: 'anthropic',
    baseUrl: mock.url,
    credential: { apiKey: KEY },
    models: MODELS,
  })
  const { token } = await hub.issue(['chat'])
  const post = (body: unknown) => hub.post('/api/v2/chat/completions', token, body)
  return { mock, url: hub.url, token, post, usage: hub.usage, provider }
}

const weatherTool = {
  type: 'function',
  function: {
    name: 'get_weather',
    description: 'Weather now',
    parameters: { type: 'object', properties: { city: { type: 'string' } } },
  },
}

t.test('the request is translated to the Messages API, and the answer back to a chat.completion', async (t) => {
  const { mock, post, usage, provider } = await setup(t)
  t.equal(provider.baseUrl, mock.url)
  const res = await post({
    model: 'anthropic/claude-test',
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
          { id: 'toolu_9', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Oslo"}' } },
        ],
      },
      { role: 'tool', tool_call_id: 'toolu_9', content: '{"temp":3}' },
      { role: 'user', content: 'And now?' },
    ],
    tools: [weatherTool],
    tool_choice: 'required',
    parallel_tool_calls: false,
    response_format: { type: 'json_object' },
    max_completion_tokens: 100,
    temperature: 0.5,
    stop: 'END',
    user: 'user-42',
  })
  t.equal(res.status, 200)
  const upstream = mock.requests[0]
  t.equal(upstream.headers['x-api-key'], KEY)
  t.equal(upstream.headers['anthropic-version'], '2023-06-01')
  t.notOk(upstream.headers.authorization, 'no Hub token upstream')
  t.match(upstream.body, {
    model: 'claude-test',
    max_tokens: 100,
    temperature: 0.5,
    stop_sequences: ['END'],
    metadata: { user_id: 'user-42' },
    system: /^Be brief\.\n\nRespond with only a valid JSON object/,
    tool_choice: { type: 'any', disable_parallel_tool_use: true },
    tools: [{ name: 'get_weather', description: 'Weather now', input_schema: weatherTool.function.parameters }],
  })
  t.same(upstream.body.messages, [
    {
      role: 'user',
      content: [
        { type: 'text', text: 'What is this?' },
        { type: 'image', source: { type: 'base64', media_type: 'image/png', data: PNG } },
      ],
    },
    { role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_9', name: 'get_weather', input: { city: 'Oslo' } }] },
    {
      role: 'user',
      content: [
        { type: 'tool_result', tool_use_id: 'toolu_9', content: '{"temp":3}' },
        { type: 'text', text: 'And now?' },
      ],
    },
  ])

  const body = await json(res)
  t.match(body, {
    id: 'msg_mock1',
    object: 'chat.completion',
    model: 'anthropic/claude-test',
    choices: [{ index: 0, message: { role: 'assistant', content: 'Hello from Claude' }, finish_reason: 'stop' }],
    usage: { prompt_tokens: 30, completion_tokens: 7, total_tokens: 37, prompt_tokens_details: { cached_tokens: 6 } },
  })
  const [record] = await usage()
  t.match(record, {
    promptTokens: 30,
    completionTokens: 7,
    cachedTokens: 6,
    cost: '0.0000087000',
    provider: 'anthropic',
  })
})

t.test('tool_use blocks become tool_calls, plain and streamed, with OpenAI indexes', async (t) => {
  const { post, url, token } = await setup(t)
  const plain = await json(
    await post({
      model: 'anthropic/claude-tools',
      messages: [{ role: 'user', content: 'Weather and time?' }],
      tools: [weatherTool],
    }),
  )
  t.equal(plain.choices[0].message.content, 'Let me check.')
  t.equal(plain.choices[0].finish_reason, 'tool_calls')
  t.same(
    plain.choices[0].message.tool_calls.map((c: { id: string; function: { name: string; arguments: string } }) => [
      c.id,
      c.function.name,
      JSON.parse(c.function.arguments),
    ]),
    CLAUDE_TOOLS.map((c) => [c.id, c.name, c.input]),
  )

  const res = await post({
    model: 'anthropic/claude-tools',
    messages: [{ role: 'user', content: 'Weather and time?' }],
    tools: [weatherTool],
    stream: true,
  })
  const frames = await sseData(res)
  t.equal(frames.at(-1), '[DONE]')
  const chunks = frames.slice(0, -1).map((f) => JSON.parse(f))
  t.equal(chunks[0].choices[0].delta.role, 'assistant')
  t.equal(chunks.map((c) => c.choices[0]?.delta?.content ?? '').join(''), 'Let me check.')
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
  t.same([...calls.keys()], [0, 1], 'tool call indexes count tool calls, not content blocks')
  t.same(
    [...calls.values()].map((c) => [c.id, c.name, JSON.parse(c.args)]),
    CLAUDE_TOOLS.map((c) => [c.id, c.name, c.input]),
    'every argument fragment arrived',
  )
  t.equal(chunks.at(-1).choices[0].finish_reason, 'tool_calls')

  const openai = new OpenAI({ baseURL: `${url}/v1`, apiKey: token, maxRetries: 0 })
  const final = await openai.chat.completions
    .stream({
      model: 'anthropic/claude-tools',
      messages: [{ role: 'user', content: 'Weather and time?' }],
      tools: [weatherTool as never],
    })
    .finalChatCompletion()
  t.equal(final.choices[0].message.tool_calls?.length, 2, 'the openai SDK reassembles both calls')
})

t.test('streamed text, the usage chunk on request, and billing from Anthropic counts', async (t) => {
  const { post, usage } = await setup(t)
  const res = await post({
    model: 'anthropic/claude-test',
    messages: [{ role: 'user', content: 'Hi' }],
    stream: true,
    stream_options: { include_usage: true },
  })
  const chunks = (await sseData(res)).slice(0, -1).map((f) => JSON.parse(f))
  t.equal(chunks.map((c) => c.choices[0]?.delta?.content ?? '').join(''), 'Hello from Claude')
  t.equal(chunks.at(-2).choices[0].finish_reason, 'stop')
  t.same(chunks.at(-1).choices, [])
  t.match(chunks.at(-1).usage, { prompt_tokens: 30, completion_tokens: ANTHROPIC_USAGE.output_tokens })
  const [record] = await usage()
  t.match(record, { promptTokens: 30, completionTokens: 7, estimated: false, status: 200 })
})

t.test('Anthropic errors keep their status class; a mid-stream error event ends the stream', async (t) => {
  const { post } = await setup(t)
  const limited = await post({ model: 'anthropic/error-429', messages: [{ role: 'user', content: 'Hi' }] })
  t.equal(limited.status, 429)
  t.match(await json(limited), { code: 'upstream_error', message: /rate limit/ })
  const overloaded = await post({ model: 'anthropic/overloaded', messages: [{ role: 'user', content: 'Hi' }] })
  t.equal(overloaded.status, 503, "Anthropic's 529 is a 503")

  const broken = await post({
    model: 'anthropic/stream-error',
    messages: [{ role: 'user', content: 'Hi' }],
    stream: true,
  })
  const frames = await sseData(broken)
  t.match(JSON.parse(frames.at(-1) as string), { error: { message: /Overloaded/, code: 'upstream_error' } })

  const audio = await post({
    model: 'anthropic/claude-test',
    messages: [{ role: 'user', content: [{ type: 'input_audio', input_audio: { data: 'AAAA', format: 'wav' } }] }],
  })
  t.equal(audio.status, 400)
  t.match(await json(audio), { code: 'validation_error', message: /input_audio/ })
})

t.test(
  'never a silent change: temperature above 1 is a 400; parameters Anthropic lacks are named in x-hub-warnings',
  async (t) => {
    const { mock, post } = await setup(t)
    const messages = [{ role: 'user', content: 'Hi' }]
    const hot = await post({ model: 'anthropic/claude-test', messages, temperature: 1.5 })
    t.equal(hot.status, 400)
    t.match(await hot.json(), { code: 'validation_error', message: /temperature from 0 to 1/ })
    t.equal(mock.requests.length, 0, 'nothing sent')

    const extras = await post({
      model: 'anthropic/claude-test',
      messages,
      presence_penalty: 0.5,
      seed: 7,
      stream: true,
    })
    t.equal(extras.status, 200)
    t.equal(
      extras.headers.get('x-hub-warnings'),
      'presence_penalty is not supported by Anthropic models and was not sent; seed is not supported by Anthropic models and was not sent',
    )
    await extras.text()
    t.notOk('presence_penalty' in mock.requests[0].body || 'seed' in mock.requests[0].body)

    const neutral = await post({ model: 'anthropic/claude-test', messages, presence_penalty: 0, frequency_penalty: 0 })
    t.equal(neutral.status, 200)
    t.equal(neutral.headers.get('x-hub-warnings'), null, 'a neutral value changes nothing: no warning')
  },
)
