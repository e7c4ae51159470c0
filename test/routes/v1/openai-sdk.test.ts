// The official `openai` SDK, pointed at Hub's /v1 as its base URL, works unchanged: chat, streaming, streamed
// tool calls, the model list, and errors it understands (its own error classes, with our codes).
import OpenAI from 'openai'
import t from 'tap'
import { gateway, json } from '../../helpers/gateway.ts'
import { MOCK_TEXT_PIECES, MOCK_TOOL_CALL } from '../../helpers/mock-openai.ts'

const messages = [{ role: 'user' as const, content: 'Say hello' }]

t.test('chat, stream, tools and models through the SDK', async (t) => {
  const gw = await gateway(t)
  const { token } = await gw.issue(['chat', 'models'])
  const openai = new OpenAI({ baseURL: `${gw.url}/v1`, apiKey: token, maxRetries: 0 })

  const completion = await openai.chat.completions.create({ model: 'mock/gpt-test', messages })
  t.equal(completion.choices[0].message.content, 'Hello from mock')
  t.equal(completion.usage?.total_tokens, 17)
  t.equal(gw.mock.requests[0].body.model, 'gpt-test')
  t.notMatch(JSON.stringify(gw.mock.requests[0].headers), token, 'the Hub token stays at Hub')

  const stream = await openai.chat.completions.create({
    model: 'mock/gpt-test',
    messages,
    stream: true,
    stream_options: { include_usage: true },
  })
  let text = ''
  let usage: OpenAI.CompletionUsage | null | undefined
  for await (const chunk of stream) {
    text += chunk.choices[0]?.delta?.content ?? ''
    if (chunk.usage) usage = chunk.usage
  }
  t.equal(text, MOCK_TEXT_PIECES.join(''))
  t.equal(usage?.completion_tokens, 5)

  const runner = openai.chat.completions.stream({
    model: 'mock/tools',
    messages,
    tools: [{ type: 'function', function: { name: MOCK_TOOL_CALL.name, parameters: { type: 'object' } } }],
  })
  const final = await runner.finalChatCompletion()
  const call = final.choices[0].message.tool_calls?.[0]
  t.equal(call?.id, MOCK_TOOL_CALL.id, 'the SDK reassembles the streamed tool call')
  t.same(call?.type === 'function' ? JSON.parse(call.function.arguments) : null, JSON.parse(MOCK_TOOL_CALL.arguments))
  t.equal(final.choices[0].finish_reason, 'tool_calls')

  const models = []
  for await (const model of openai.models.list()) models.push(model.id)
  t.ok(models.includes('mock/gpt-test'))
})

t.test('errors arrive as the SDK error classes, with Hub codes', async (t) => {
  const gw = await gateway(t)
  const { token } = await gw.issue(['chat'])
  const openai = new OpenAI({ baseURL: `${gw.url}/v1`, apiKey: token, maxRetries: 0 })
  const { token: narrow } = await gw.issue(['chat'], { models: ['mock/gpt-test'] })
  const narrowClient = new OpenAI({ baseURL: `${gw.url}/v1`, apiKey: narrow, maxRetries: 0 })

  const notFound = await openai.chat.completions.create({ model: 'mock/none', messages }).catch((e) => e)
  t.type(notFound, OpenAI.NotFoundError)
  t.equal(notFound.code, 'model_not_found')
  t.match(notFound.message, /mock\/none/)

  const notAllowed = await narrowClient.chat.completions.create({ model: 'mock/tools', messages }).catch((e) => e)
  t.type(notAllowed, OpenAI.PermissionDeniedError)
  t.equal(notAllowed.code, 'model_not_allowed')

  const limited = await openai.chat.completions.create({ model: 'mock/error-429', messages }).catch((e) => e)
  t.type(limited, OpenAI.RateLimitError)
  t.equal(limited.code, 'upstream_error')

  const bad = new OpenAI({ baseURL: `${gw.url}/v1`, apiKey: 'hub_nope', maxRetries: 0 })
  const unauthorized = await bad.chat.completions.create({ model: 'mock/gpt-test', messages }).catch((e) => e)
  t.type(unauthorized, OpenAI.AuthenticationError)
  t.equal(unauthorized.code, 'token_malformed')

  const noScope = await openai.models.list().catch((e) => e)
  t.type(noScope, OpenAI.PermissionDeniedError)
  t.equal(noScope.code, 'insufficient_scope')

  // The raw shapes: OpenAI's under /v1, Hub's envelope under /api/v2, for the same failure.
  const v1 = await gw.post('/v1/chat/completions', token, { model: 'mock/none', messages })
  t.match(await json(v1), { error: { message: String, type: 'not_found_error', code: 'model_not_found' } })
  const v2 = await gw.post('/api/v2/chat/completions', token, { model: 'mock/none', messages })
  t.match(await json(v2), { error: 'Not Found', message: String, code: 'model_not_found' })
  const unknown = await gw.get('/v1/nothing-here', token)
  t.match(await json(unknown), { error: { type: 'not_found_error', code: 'route_not_found' } })
})
