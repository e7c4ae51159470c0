// The official @aigne/aigne-hub client (AIGNEHubChatModel, as its users construct it) pointed at a listening
// Hub works unchanged: discovery, a plain invoke, a streamed invoke, a tool-call round, the model list, and
// errors that reach the caller with Hub's message.
import { AIGNEHubChatModel } from '@aigne/aigne-hub'
import t from 'tap'
import { gateway } from '../../helpers/gateway.ts'
import { MOCK_TEXT_PIECES, MOCK_TOOL_CALL } from '../../helpers/mock-openai.ts'

// The client reads these before its options; keep the machine's own settings out of the test.
for (const name of ['BLOCKLET_AIGNE_API_PROVIDER', 'BLOCKLET_AIGNE_API_MODEL', 'BLOCKLET_APP_PID', 'ABT_NODE_DID'])
  delete process.env[name]

const USAGE = {
  inputTokens: 12,
  outputTokens: 5,
  cacheReadInputTokens: 2,
  aigneHubCredits: 0.0000048,
  creditPrefix: '$',
}
const messages = [{ role: 'user' as const, content: 'Say hello.' }]

const weatherTool = {
  type: 'function' as const,
  function: {
    name: 'get_weather',
    description: 'The weather in a city',
    parameters: {
      type: 'object',
      properties: { city: { type: 'string' }, unit: { type: 'string' } },
      required: ['city'],
    },
  },
}

t.test('plain and streamed invokes, and a tool-call round', async (t) => {
  const gw = await gateway(t)
  const { token } = await gw.issue(['chat'])
  const model = (name: string) => new AIGNEHubChatModel({ baseURL: gw.url, apiKey: token, model: `aignehub/${name}` })
  const chat = model('mock/gpt-test')

  const result = await chat.invoke({ messages })
  t.match(result, { text: MOCK_TEXT_PIECES.join(''), model: 'gpt-test', usage: USAGE })
  t.equal(gw.mock.requests.length, 1, 'one request upstream')
  t.equal(gw.mock.requests[0].body.model, 'gpt-test')

  const stream = await chat.invoke({ messages }, { streaming: true })
  const deltas: string[] = []
  let last: Record<string, unknown> = {}
  for await (const chunk of stream) {
    if ('delta' in chunk) {
      if (chunk.delta.text?.text) deltas.push(chunk.delta.text.text)
      if (chunk.delta.json) last = chunk.delta.json
    }
  }
  t.same(deltas, MOCK_TEXT_PIECES, 'the text arrives as the upstream sent it, each piece once')
  t.match(last, { text: MOCK_TEXT_PIECES.join(''), model: 'gpt-test', usage: USAGE })
  t.equal(gw.mock.requests.length, 2, 'no silent re-sends')

  const tools = model('mock/tools')
  const called = await tools.invoke({ messages, tools: [weatherTool], toolChoice: 'auto' })
  t.same(called.toolCalls, [
    {
      id: MOCK_TOOL_CALL.id,
      type: 'function',
      function: { name: MOCK_TOOL_CALL.name, arguments: JSON.parse(MOCK_TOOL_CALL.arguments) },
    },
  ])
  t.same(called.usage, USAGE)
  const streamedCall = await tools.invoke({ messages, tools: [weatherTool] }, { streaming: true })
  let streamedResult: Record<string, unknown> = {}
  for await (const chunk of streamedCall) if ('delta' in chunk && chunk.delta.json) streamedResult = chunk.delta.json
  t.same(streamedResult.toolCalls, called.toolCalls, 'a streamed tool call arrives whole')

  // The second turn: the call and its result go back, and the model answers in text.
  const answer = await chat.invoke({
    messages: [
      ...messages,
      { role: 'agent', toolCalls: called.toolCalls },
      { role: 'tool', toolCallId: MOCK_TOOL_CALL.id, content: JSON.stringify({ temperature: 21 }) },
    ],
    tools: [weatherTool],
  })
  t.equal(answer.text, MOCK_TEXT_PIECES.join(''))
  t.match(gw.mock.requests.at(-1)?.body.messages, [
    { role: 'user', content: 'Say hello.' },
    {
      role: 'assistant',
      tool_calls: [{ id: MOCK_TOOL_CALL.id, function: { name: 'get_weather', arguments: MOCK_TOOL_CALL.arguments } }],
    },
    { role: 'tool', tool_call_id: MOCK_TOOL_CALL.id, content: '{"temperature":21}' },
  ])

  const records = await gw.usage()
  t.equal(records.length, 5, 'one usage record per invoke')
  t.ok(
    records.every((r) => typeof r.app === 'string' && r.app.startsWith('@aigne/aigne-hub:')),
    'billed to the app the client names in x-aigne-hub-client-did',
  )
})

t.test('the model list, from the public catalogue', async (t) => {
  const gw = await gateway(t)
  // The static models() takes no URL: it reads the Hub URL from the environment.
  process.env.AIGNE_HUB_API_URL = gw.url
  t.teardown(() => {
    delete process.env.AIGNE_HUB_API_URL
  })
  const models = await AIGNEHubChatModel.models()
  t.match(
    models.find((m) => m.model === 'gpt-test'),
    { type: 'chat', provider: 'mock', input_credits_per_token: '0.00000015' },
  )
})

t.test('errors reach the caller with Hub message, and are not re-sent', async (t) => {
  const gw = await gateway(t)
  const { token } = await gw.issue(['chat'])

  const anonymous = new AIGNEHubChatModel({ baseURL: gw.url, apiKey: 'hub_nope', model: 'aignehub/mock/gpt-test' })
  await t.rejects(anonymous.invoke({ messages }), /status 401: .*Authentication token is malformed/)

  const missing = new AIGNEHubChatModel({ baseURL: gw.url, apiKey: token, model: 'aignehub/mock/none' })
  await t.rejects(missing.invoke({ messages }), /status 404: .*model_not_found/)

  const failing = new AIGNEHubChatModel({ baseURL: gw.url, apiKey: token, model: 'aignehub/mock/stream-error' })
  const stream = await failing.invoke({ messages }, { streaming: true })
  const read = async () => {
    for await (const _ of stream);
  }
  await t.rejects(read(), /failed mid-stream/, 'the error frame fails the stream')
  t.equal(gw.mock.requests.length, 1, 'only the stream reached the upstream, once')
})
