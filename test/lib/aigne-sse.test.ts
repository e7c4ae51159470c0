// The AIGNE SSE encoder over chunk objects: cases the mock upstream does not produce (reasoning text, json mode,
// two interleaved tool calls, arguments that are not JSON, a stream without usage, an unexpected failure).
import t from 'tap'
import type { AigneAnswerContext } from '../../lib/aigne/from-openai.ts'
import { encodeAigneSse } from '../../lib/aigne-sse.ts'
import type { UsageEntry } from '../../lib/usage/insert.ts'
import type { ChatChunk } from '../../providers/types.ts'

/** No usage record: the stream is not metered (the route's meter gives one once the chunks end). */
const ctx: AigneAnswerContext = { modelWithProvider: 'p/m', jsonMode: false, billed: () => null }

const chunk = (delta: Record<string, unknown>, extra: Partial<ChatChunk> = {}): ChatChunk => ({
  id: 'c',
  object: 'chat.completion.chunk',
  created: 0,
  model: 'm',
  choices: [{ index: 0, delta, finish_reason: null }],
  ...extra,
})

async function* from(chunks: ChatChunk[], fail?: Error) {
  yield* chunks
  if (fail) throw fail
}

const encode = async (chunks: ChatChunk[], opts: Partial<typeof ctx> = {}, fail?: Error) => {
  let out = ''
  for await (const frame of encodeAigneSse(from(chunks, fail), { ...ctx, ...opts })) out += frame
  return out
}

const data = (out: string) =>
  out
    .split('\n\n')
    .filter(Boolean)
    .map((f) => JSON.parse(f.slice('data: '.length)))

t.test('reasoning goes out as thoughts, text as text; usage is the usage record, its cost the credits', async (t) => {
  const record = { promptTokens: 3, completionTokens: 4, cachedTokens: 0, cacheWriteTokens: 0, cost: '0.0000110000' }
  const out = await encode(
    [
      chunk({ reasoning_content: 'Hmm' }),
      chunk({ content: 'Hi' }),
      chunk({}, { choices: [], usage: { prompt_tokens: 3, completion_tokens: 4, total_tokens: 7 } }),
    ],
    { billed: () => record as UsageEntry },
  )
  t.same(data(out), [
    { delta: { json: { model: 'm' } } },
    { delta: { text: { thoughts: 'Hmm' } } },
    { delta: { text: { text: 'Hi' } } },
    {
      delta: {
        json: {
          modelWithProvider: 'p/m',
          usage: { inputTokens: 3, outputTokens: 4, aigneHubCredits: 0.000011, creditPrefix: '$' },
        },
      },
    },
  ])
})

t.test('json mode sends the parsed answer once, at the end', async (t) => {
  const out = await encode([chunk({ content: '{"a":' }), chunk({ content: '1}' })], { jsonMode: true })
  t.same(data(out), [
    { delta: { json: { model: 'm' } } },
    { delta: { json: { modelWithProvider: 'p/m', json: { a: 1 } } } },
  ])
})

t.test('interleaved tool calls are reassembled by index; arguments that are not JSON stay text', async (t) => {
  const out = await encode([
    chunk({ tool_calls: [{ index: 0, id: 'a', type: 'function', function: { name: 'f', arguments: '{"x"' } }] }),
    chunk({ tool_calls: [{ index: 1, id: 'b', type: 'function', function: { name: 'g', arguments: '' } }] }),
    chunk({
      tool_calls: [
        { index: 0, function: { arguments: ':1}' } },
        { index: 1, function: { arguments: 'oops' } },
      ],
    }),
  ])
  t.same(data(out).at(-1), {
    delta: {
      json: {
        modelWithProvider: 'p/m',
        toolCalls: [
          { id: 'a', type: 'function', function: { name: 'f', arguments: { x: 1 } } },
          { id: 'b', type: 'function', function: { name: 'g', arguments: 'oops' } },
        ],
      },
    },
  })
})

t.test('an unexpected failure is a generic error frame and the end', async (t) => {
  const out = await encode([chunk({ content: 'Hi' })], {}, new Error('socket details'))
  t.match(out, /\nevent: error\ndata: \{"message":"The upstream stream failed","code":"upstream_error"\}\n\n$/)
  t.notMatch(out, /socket details/)
})
