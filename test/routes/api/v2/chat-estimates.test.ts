// When the provider reports no usage, Hub bills an estimate of everything the model produced (about 4 characters
// a token): reasoning, text, refusals and tool calls, streamed or not, and flags the record `estimated`.
import t from 'tap'
import { gateway, json } from '../../../helpers/gateway.ts'
import { MOCK_NO_USAGE_MESSAGE, MOCK_REASONING } from '../../../helpers/mock-openai.ts'
import { lastRecord } from '../../../helpers/usage-record.ts'

const CHAT = '/api/v2/chat/completions'
/** 11 characters: 3 prompt tokens estimated. */
const messages = [{ role: 'user', content: 'Think hard.' }]

t.test('an aborted stream that delivered only reasoning is billed for it, flagged estimated', async (t) => {
  const gw = await gateway(t)
  const { token } = await gw.issue(['chat'])
  const controller = new AbortController()
  const upstreamClosed = gw.mock.clientClosed()
  const res = await gw.post(
    CHAT,
    token,
    { model: 'mock/reasoning-hang', messages, stream: true },
    { signal: controller.signal },
  )
  t.equal(res.status, 200)
  const reader = (res.body as ReadableStream<Uint8Array>).getReader()
  const decoder = new TextDecoder()
  let seen = ''
  let reasoning = ''
  // Read until every piece of reasoning arrived, then go away: no content was ever sent.
  while (reasoning.length < MOCK_REASONING.length) {
    seen += decoder.decode((await reader.read()).value, { stream: true })
    const frames = seen.split('\n\n')
    seen = frames.pop() ?? ''
    for (const frame of frames) {
      const delta = JSON.parse(frame.slice('data: '.length)).choices[0]?.delta
      t.notOk(delta?.content, 'no answer text, only reasoning')
      reasoning += delta?.reasoning_content ?? ''
    }
  }
  t.equal(reasoning, MOCK_REASONING)
  controller.abort()
  await upstreamClosed

  const record = await lastRecord(gw)
  // 53,248 characters of reasoning are 13,312 tokens; 3 prompt tokens. 3 × 0.15 + 13,312 × 0.6 micro-USD.
  t.match(record, {
    model: 'mock/reasoning-hang',
    aborted: true,
    estimated: true,
    promptTokens: 3,
    completionTokens: 13_312,
    cost: '0.0079876500',
  })
})

t.test('a whole answer without usage is billed for its text, tool call and refusal, flagged estimated', async (t) => {
  const gw = await gateway(t)
  const { token } = await gw.issue(['chat'])
  const res = await gw.post(CHAT, token, { model: 'mock/no-usage', messages })
  t.equal(res.status, 200)
  const body = await json(res)
  t.same(body.choices[0].message, MOCK_NO_USAGE_MESSAGE, 'the answer as the provider gave it')
  t.equal(body.usage, undefined, 'the provider reported no usage')

  const record = await lastRecord(gw)
  // content 27 + refusal 30 + tool name 11 + arguments 27 = 95 characters: 24 tokens.
  t.match(record, {
    model: 'mock/no-usage',
    aborted: false,
    estimated: true,
    promptTokens: 3,
    completionTokens: 24,
    cost: '0.0000148500',
  })
})

t.test('a stream without usage that completes is estimated from every choice it delivered', async (t) => {
  const gw = await gateway(t)
  const { token } = await gw.issue(['chat'])
  const res = await gw.post(CHAT, token, { model: 'mock/no-usage', messages, stream: true })
  t.equal(res.status, 200)
  await res.text()
  const record = await lastRecord(gw)
  // "Hello from mock": 15 characters, 4 tokens.
  t.match(record, { estimated: true, aborted: false, promptTokens: 3, completionTokens: 4, cost: '0.0000028500' })
})
