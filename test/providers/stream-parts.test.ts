// What the translating adapters hand the surfaces: typed stream parts, read straight from the adapter against the
// local mocks (streamed tool calls as start, fragments and end; usage only once the stream completed; a failure
// as the last part), and the OpenAI encoder over parts.
import t, { type Test } from 'tap'
import { HubError } from '../../lib/errors.ts'
import { encodeOpenAISse } from '../../lib/openai-sse.ts'
import type { StreamPart } from '../../lib/stream-parts/types.ts'
import { createUpstreamHttp } from '../../lib/upstream-http.ts'
import { createAnthropicAdapter } from '../../providers/anthropic/index.ts'
import { createGoogleAdapter } from '../../providers/google/index.ts'
import type { ProviderAdapter, UpstreamCall } from '../../providers/types.ts'
import { ANTHROPIC_USAGE, CLAUDE_TOOLS, startMockAnthropic } from '../helpers/mock-anthropic.ts'
import { GEMINI_SIGNATURE, GEMINI_TOOLS, GEMINI_USAGE, startMockGoogle } from '../helpers/mock-google.ts'

const KEY = 'sk-ant-mock-0123456789abcdefghijklmnop'

async function partsOf(
  t: Test,
  adapter: (http: ReturnType<typeof createUpstreamHttp>) => ProviderAdapter,
  baseUrl: string,
  type: string,
  model: string,
) {
  const http = createUpstreamHttp({ connectTimeoutMs: 2000, firstByteTimeoutMs: 2000, idleTimeoutMs: 2000 })
  t.teardown(http.close)
  const call: UpstreamCall = {
    target: {
      modelId: `${type}/${model}`,
      upstreamModel: model,
      provider: { id: 'p', name: type, type, baseUrl },
      credential: { id: 'c', apiKey: KEY },
    },
    signal: new AbortController().signal,
    requestId: 'r',
  }
  const stream = await adapter(http).chatStream(
    { model: `${type}/${model}`, stream: true, messages: [{ role: 'user', content: 'Weather in Paris?' }] },
    call,
  )
  const parts: StreamPart[] = []
  for await (const part of stream) parts.push(part)
  return parts
}

/** Each tool call put back together from its parts, with the order of its start, fragments and end. */
function toolCalls(parts: StreamPart[]) {
  const calls: { id?: string; name: string; args: string; ended: boolean; extra?: unknown }[] = []
  for (const part of parts) {
    if (part.type === 'tool-call-start') {
      calls[part.index] = { id: part.id, name: part.name, args: part.arguments ?? '', ended: false, extra: part.extra }
    } else if (part.type === 'tool-call-delta') {
      if (calls[part.index].ended) throw new Error('a fragment after the end')
      calls[part.index].args += part.arguments
    } else if (part.type === 'tool-call-end') calls[part.index].ended = true
  }
  return calls
}

t.test('anthropic: tool_use blocks stream as start, argument fragments and end, then finish and usage', async (t) => {
  const mock = await startMockAnthropic()
  t.teardown(() => mock.close())
  const parts = await partsOf(t, createAnthropicAdapter, mock.url, 'anthropic', 'claude-tools')
  t.same(parts[0], { type: 'start', choice: 0, id: 'msg_mock1', model: 'claude-tools' })
  const text = parts.flatMap((p) => (p.type === 'text-delta' ? [p.text] : [])).join('')
  t.equal(text, 'Let me check.')
  const calls = toolCalls(parts)
  t.same(
    calls.map((c) => ({ id: c.id, name: c.name, args: JSON.parse(c.args), ended: c.ended })),
    CLAUDE_TOOLS.map((c) => ({ id: c.id, name: c.name, args: c.input, ended: true })),
  )
  t.ok(
    parts.filter((p) => p.type === 'tool-call-delta').length > calls.length,
    'the arguments come in fragments, as Anthropic sent them',
  )
  t.same(parts.slice(-2), [
    { type: 'finish', choice: 0, reason: 'tool_calls' },
    {
      type: 'usage',
      usage: {
        promptTokens:
          ANTHROPIC_USAGE.input_tokens +
          ANTHROPIC_USAGE.cache_read_input_tokens +
          ANTHROPIC_USAGE.cache_creation_input_tokens,
        completionTokens: ANTHROPIC_USAGE.output_tokens,
        cachedTokens: ANTHROPIC_USAGE.cache_read_input_tokens,
        cacheWriteTokens: ANTHROPIC_USAGE.cache_creation_input_tokens,
        reasoningTokens: 0,
      },
    },
  ])
})

t.test('anthropic: an error event mid-stream is the last part, and no usage comes', async (t) => {
  const mock = await startMockAnthropic()
  t.teardown(() => mock.close())
  const parts = await partsOf(t, createAnthropicAdapter, mock.url, 'anthropic', 'stream-error')
  const last = parts.at(-1)
  t.equal(last?.type, 'error')
  t.ok(last?.type === 'error' && last.error instanceof HubError, 'a HubError, for the surface to write')
  t.notOk(
    parts.some((p) => p.type === 'usage'),
    'a failed stream has no final count: the meter estimates',
  )
})

t.test('google: whole functionCall parts are a start with all arguments and an end, the signature kept', async (t) => {
  const mock = await startMockGoogle()
  t.teardown(() => mock.close())
  const parts = await partsOf(t, createGoogleAdapter, mock.url, 'google', 'gemini-3-tools')
  t.match(parts[0], { type: 'start', choice: 0, model: 'gemini-2.5-flash-mock' })
  const calls = toolCalls(parts)
  t.same(
    calls.map((c) => ({ name: c.name, args: JSON.parse(c.args), ended: c.ended })),
    GEMINI_TOOLS.map((c) => ({ name: c.name, args: c.args, ended: true })),
  )
  t.ok(
    calls.every((c) => c.id?.startsWith('call_')),
    'each call has an id of its own',
  )
  t.same(calls[0].extra, { extra_content: { google: { thought_signature: GEMINI_SIGNATURE } } })
  t.equal(calls[1].extra, undefined, 'only the first call of a step carries the signature')
  t.notOk(
    parts.some((p) => p.type === 'tool-call-delta'),
    'Gemini sends whole calls: no fragments',
  )
  t.same(parts.at(-2), { type: 'finish', choice: 0, reason: 'tool_calls' })
  t.match(parts.at(-1), {
    type: 'usage',
    usage: { promptTokens: GEMINI_USAGE.promptTokenCount, cachedTokens: GEMINI_USAGE.cachedContentTokenCount },
  })
})

t.test('google: a body that ends before the candidate finished ends with an error part', async (t) => {
  const mock = await startMockGoogle()
  t.teardown(() => mock.close())
  const parts = await partsOf(t, createGoogleAdapter, mock.url, 'google', 'cut')
  t.match(parts.at(-1), { type: 'error', error: { code: 'upstream_error' } })
})

async function encode(parts: StreamPart[], includeUsage: boolean) {
  async function* of() {
    yield* parts
  }
  let out = ''
  for await (const frame of encodeOpenAISse(of(), { modelId: 'p/m', includeUsage })) out += frame
  return out.split('\n\n').filter(Boolean)
}

const usage = { promptTokens: 3, completionTokens: 2, cachedTokens: 0, cacheWriteTokens: 0, reasoningTokens: 0 }
const toolParts: StreamPart[] = [
  { type: 'start', choice: 0, id: 'id1', model: 'upstream-name' },
  { type: 'tool-call-start', choice: 0, index: 0, id: 'call_1', name: 'get', arguments: '{"a":1}', extra: { x: 1 } },
  { type: 'tool-call-end', choice: 0, index: 0 },
  { type: 'finish', choice: 0, reason: 'tool_calls' },
  { type: 'usage', usage },
]

t.test('the OpenAI encoder: one chunk a part, the client model id, usage only when asked, [DONE]', async (t) => {
  const frames = await encode(toolParts, false)
  const chunks = frames.slice(0, -1).map((f) => JSON.parse(f.slice('data: '.length)))
  t.equal(frames.at(-1), 'data: [DONE]')
  t.equal(chunks.length, 3, 'role, the call, the finish: a tool-call-end says nothing, usage was not asked for')
  t.ok(chunks.every((c) => c.model === 'p/m' && c.id === 'id1' && c.object === 'chat.completion.chunk'))
  t.same(chunks[0].choices[0].delta, { role: 'assistant', content: '' })
  t.same(chunks[1].choices[0].delta.tool_calls, [
    { index: 0, id: 'call_1', type: 'function', function: { name: 'get', arguments: '{"a":1}' }, x: 1 },
  ])
  t.equal(chunks[2].choices[0].finish_reason, 'tool_calls')

  const asked = await encode(toolParts, true)
  t.match(JSON.parse(asked.at(-2)?.slice('data: '.length) ?? ''), {
    choices: [],
    usage: { prompt_tokens: 3, completion_tokens: 2, total_tokens: 5 },
  })
})

t.test('the OpenAI encoder: an error part is an error frame and the end, without [DONE]', async (t) => {
  const error = new HubError('upstream_response_too_large', 'too large')
  const frames = await encode([toolParts[0], { type: 'error', error }], false)
  t.equal(frames.length, 2)
  t.match(JSON.parse(frames[1].slice('data: '.length)), { error: { code: 'upstream_response_too_large' } })
})
