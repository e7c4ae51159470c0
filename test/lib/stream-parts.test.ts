// The parts read from an OpenAI-compatible upstream's chunks, the OpenAI encoder sending those chunks as they
// came, and the meter reading usage, output and failure from parts.
import t from 'tap'
import { HubError } from '../../lib/errors.ts'
import { encodeOpenAISse } from '../../lib/openai-sse.ts'
import { openAIChunkReader } from '../../lib/stream-parts/from-openai-chunk.ts'
import type { StreamPart } from '../../lib/stream-parts/types.ts'
import { createMeter } from '../../lib/usage/meter.ts'
import { meteredParts } from '../../lib/usage/metered-stream.ts'
import type { UsageEntry } from '../../lib/usage/writer.ts'
import type { ChatChunk } from '../../providers/types.ts'

const chunk = (choices: unknown[], extra: Record<string, unknown> = {}) =>
  ({ id: 'c1', object: 'chat.completion.chunk', created: 1, model: 'm', choices, ...extra }) as ChatChunk

t.test('an OpenAI chunk: every choice, every output class, a typed finish reason', async (t) => {
  const read = openAIChunkReader()
  const first = read(
    chunk([
      { index: 0, delta: { role: 'assistant', reasoning_content: 'r', content: 'hi' }, finish_reason: null },
      {
        index: 1,
        delta: { tool_calls: [{ index: 0, id: 'call_1', function: { name: 'get', arguments: '{' } }] },
        finish_reason: null,
      },
    ]),
  )
  t.same(first, [
    { type: 'start', choice: 0, id: 'c1', model: 'm' },
    { type: 'reasoning-delta', choice: 0, text: 'r' },
    { type: 'text-delta', choice: 0, text: 'hi' },
    { type: 'tool-call-start', choice: 1, index: 0, id: 'call_1', name: 'get', arguments: '{' },
  ])
  const next = read(
    chunk([
      { index: 1, delta: { tool_calls: [{ index: 0, function: { arguments: '}' } }] }, finish_reason: 'tool_calls' },
      { index: 0, delta: { refusal: 'no' }, finish_reason: 'eos' },
    ]),
  )
  t.same(next, [
    { type: 'tool-call-delta', choice: 1, index: 0, arguments: '}' },
    { type: 'finish', choice: 1, reason: 'tool_calls' },
    { type: 'refusal-delta', choice: 0, text: 'no' },
    { type: 'finish', choice: 0, reason: 'other' },
  ])
})

async function* of(parts: StreamPart[]) {
  yield* parts
}

t.test('raw chunks go out as they came, hiding the usage Hub asked for from a client that did not', async (t) => {
  const read = openAIChunkReader()
  const raw = [
    chunk([{ index: 0, delta: { content: 'hi' }, logprobs: { content: [] }, finish_reason: null }], {
      system_fingerprint: 'fp',
      usage: null,
    }),
    chunk([], { usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 } }),
  ]
  const parts = raw.flatMap((c): StreamPart[] => [{ type: 'raw-chunk', chunk: structuredClone(c) }, ...read(c)])
  let out = ''
  for await (const frame of encodeOpenAISse(of(parts), { modelId: 'p/m', includeUsage: false })) out += frame
  const frames = out.split('\n\n').filter(Boolean)
  t.same(frames, [`data: ${JSON.stringify({ ...raw[0], model: 'p/m', usage: undefined })}`, 'data: [DONE]'])
  t.match(JSON.parse(frames[0].slice(6)), { system_fingerprint: 'fp', choices: [{ logprobs: { content: [] } }] })
})

function meter() {
  const records: UsageEntry[] = []
  const m = createMeter(
    {
      requestId: 'r',
      tokenId: 't',
      accountId: 'a',
      app: null,
      endpoint: 'chat.completions',
      model: 'p/m',
      provider: null,
      credentialId: null,
      prices: { inputMicros: 0n, outputMicros: 0n, cachedInputMicros: null, cacheWriteMicros: null },
      promptChars: 40,
    },
    (entry) => records.push(entry),
  )
  return { m, records }
}

const usage = { promptTokens: 7, completionTokens: 3, cachedTokens: 0, cacheWriteTokens: 0, reasoningTokens: 0 }

t.test('the meter: the last usage part counts, one record when the parts end', async (t) => {
  const { m, records } = meter()
  const parts: StreamPart[] = [
    { type: 'start', choice: 0, id: 'x', model: 'm' },
    { type: 'text-delta', choice: 0, text: 'abcd' },
    { type: 'usage', usage: { ...usage, completionTokens: 1 } },
    { type: 'usage', usage },
  ]
  const seen: StreamPart[] = []
  for await (const part of meteredParts(of(parts), m, new AbortController().signal)) seen.push(part)
  t.same(seen, parts, 'every part is passed on')
  t.equal(records.length, 1)
  t.match(records[0], { promptTokens: 7, completionTokens: 3, estimated: false, errorCode: null, aborted: false })
})

t.test('the meter: an error part is recorded before it is passed on, estimated from what was delivered', async (t) => {
  const { m, records } = meter()
  const parts: StreamPart[] = [
    { type: 'text-delta', choice: 0, text: 'abcdefgh' },
    { type: 'tool-call-start', choice: 0, index: 0, id: 'c', name: 'get', arguments: '{}' },
    { type: 'error', error: new HubError('upstream_error', 'cut') },
  ]
  for await (const part of meteredParts(of(parts), m, new AbortController().signal)) {
    if (part.type === 'error') t.equal(records.length, 1, 'recorded when the encoder gets the error')
  }
  t.equal(records.length, 1)
  // 8 + 3 + 2 characters delivered, a quarter of that as tokens; the prompt's 40 characters as 10.
  t.match(records[0], { promptTokens: 10, completionTokens: 4, estimated: true, errorCode: 'upstream_error' })
})
