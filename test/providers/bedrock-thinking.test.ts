// Extended thinking for Claude models on Bedrock: reasoning_effort (Chat Completions) reaches Converse as
// additionalModelRequestFields.thinking, at Anthropic's budgets and under its rules, and the reasoning comes back,
// plain and streamed; the Messages API's `thinking` goes as asked in the body passed through to InvokeModel.
// Other Bedrock models are not sent it, and the answer says so.
import Anthropic from '@anthropic-ai/sdk'
import OpenAI from 'openai'
import t, { type Test } from 'tap'
import { json, listeningHub } from '../helpers/listening-hub.ts'
import { BEDROCK_KEYS, BEDROCK_REASONING, startMockBedrock } from '../helpers/mock-bedrock.ts'

const CLAUDE = 'bedrock/us.anthropic.claude-sonnet-4-v1:0'
const NOVA = 'bedrock/amazon.nova-lite-v1:0'
const hi = [{ role: 'user' as const, content: 'Hi' }]

async function setup(t: Test) {
  const mock = await startMockBedrock()
  t.teardown(() => mock.close())
  const hub = await listeningHub(t)
  const models = [CLAUDE, NOVA].map((m) => m.slice('bedrock/'.length))
  await hub.addProvider({ name: 'bedrock', type: 'bedrock', baseUrl: mock.url, credential: BEDROCK_KEYS, models })
  const { token } = await hub.issue(['chat'])
  /** What the last Converse request asked for. */
  const sent = () => {
    const body = mock.requests.at(-1)?.body as { additionalModelRequestFields?: unknown; inferenceConfig?: unknown }
    return { fields: body.additionalModelRequestFields, config: body.inferenceConfig }
  }
  /** The body of the last Messages call passed through to InvokeModel. */
  const invoked = () => mock.claude.at(-1) as { path: string; stream: boolean; body: Record<string, unknown> }
  return { hub, token, sent, invoked }
}

t.test('reasoning_effort on Chat Completions: thinking on the wire, reasoning back, plain and streamed', async (t) => {
  const { hub, token, sent } = await setup(t)
  const openai = new OpenAI({ baseURL: `${hub.url}/v1`, apiKey: token, maxRetries: 0 })
  const plain = await openai.chat.completions.create({ model: CLAUDE, messages: hi, reasoning_effort: 'low' })
  t.same(sent(), {
    fields: { thinking: { type: 'enabled', budget_tokens: 1024 } },
    config: { maxTokens: 1024 + 4096 },
  })
  const message = plain.choices[0].message as { reasoning_content?: string; content: string | null }
  t.equal(message.reasoning_content, BEDROCK_REASONING, 'the thinking comes back as reasoning_content')
  t.equal(message.content, 'Hello from Bedrock')

  const chunks = await openai.chat.completions.create({
    model: CLAUDE,
    messages: hi,
    reasoning_effort: 'medium',
    max_completion_tokens: 10000,
    stream: true,
  })
  let reasoning = ''
  for await (const chunk of chunks) {
    reasoning += (chunk.choices[0]?.delta as { reasoning_content?: string } | undefined)?.reasoning_content ?? ''
  }
  t.equal(reasoning, BEDROCK_REASONING, 'streamed as reasoning_content deltas')
  t.same(sent(), { fields: { thinking: { type: 'enabled', budget_tokens: 8192 } }, config: { maxTokens: 10000 } })

  const none = await openai.chat.completions.create({ model: CLAUDE, messages: hi })
  t.same(sent(), { fields: undefined, config: undefined }, 'no reasoning_effort, no thinking')
  t.notOk((none.choices[0].message as { reasoning_content?: string }).reasoning_content)

  // Anthropic's rules for thinking, refused before the call rather than changed.
  for (const [extra, message] of [
    [{ temperature: 0.5 }, /temperature 1/],
    [{ max_tokens: 1000 }, /max_tokens must exceed/],
  ] as const) {
    const res = await hub.post('/api/v2/chat/completions', token, {
      model: CLAUDE,
      messages: hi,
      reasoning_effort: 'low',
      ...extra,
    })
    t.equal(res.status, 400, JSON.stringify(extra))
    t.match(await json(res), { code: 'validation_error', message })
  }
})

t.test('other Bedrock models: reasoning_effort is not sent, and the answer says so', async (t) => {
  const { hub, token, sent } = await setup(t)
  const res = await hub.post('/api/v2/chat/completions', token, { model: NOVA, messages: hi, reasoning_effort: 'high' })
  t.equal(res.status, 200)
  t.match(res.headers.get('x-hub-warnings'), /reasoning_effort/)
  t.same(sent(), { fields: undefined, config: undefined })
})

t.test('the Messages API: thinking with its own budget reaches Bedrock, thinking blocks come back', async (t) => {
  const { hub, token, invoked } = await setup(t)
  const client = new Anthropic({ baseURL: hub.url, apiKey: token, maxRetries: 0 })
  const request = {
    model: CLAUDE,
    max_tokens: 4000,
    messages: hi,
    thinking: { type: 'enabled' as const, budget_tokens: 2000 },
  }
  const plain = await client.messages.create(request)
  t.match(invoked(), { stream: false, body: { thinking: { type: 'enabled', budget_tokens: 2000 }, max_tokens: 4000 } })
  t.match(plain.content, [
    { type: 'thinking', thinking: BEDROCK_REASONING, signature: String },
    { type: 'text', text: 'Hello from Claude on Bedrock' },
  ])
  const streamed = await client.messages.stream(request).finalMessage()
  t.match(streamed.content, [
    { type: 'thinking', thinking: BEDROCK_REASONING, signature: 'bedrock-claude-signature' },
    { type: 'text', text: 'Hello from Claude on Bedrock' },
  ])
  t.match(
    invoked(),
    { stream: true, body: { thinking: { type: 'enabled', budget_tokens: 2000 } } },
    'the budget as asked',
  )
  // Bedrock's own rule, answered in Anthropic's error shape: a budget that does not fit below max_tokens.
  const refused = await client.messages
    .create({ ...request, thinking: { type: 'enabled', budget_tokens: 5000 } })
    .catch((err: unknown) => err)
  t.match(refused, { status: 400 })
})
