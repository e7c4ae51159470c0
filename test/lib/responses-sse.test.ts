// Chat chunks → Responses events for what the mock provider does not stream: reasoning text before the answer, a
// refusal after text in one message, and two tool calls in a row; and a stream cut by the provider's length limit.
import t from 'tap'
import { newEnvelope } from '../../lib/responses/from-chat.ts'
import { chunksToResponseEvents } from '../../lib/responses/sse.ts'
import type { ChatChunk, Usage } from '../../providers/types.ts'

const chunk = (delta: Record<string, unknown>, finish: string | null = null) =>
  ({
    id: 'c1',
    object: 'chat.completion.chunk',
    created: 1,
    model: 'm',
    choices: [{ index: 0, delta, finish_reason: finish }],
  }) as ChatChunk

async function* of(chunks: ChatChunk[]) {
  yield* chunks
}

const usage: Usage = { promptTokens: 9, completionTokens: 4, cachedTokens: 0, cacheWriteTokens: 0, reasoningTokens: 2 }

async function events(chunks: ChatChunk[]) {
  const envelope = newEnvelope({ model: 'p/m', input: 'Hi' })
  const out: ({ type: string } & Record<string, unknown>)[] = []
  for await (const frame of chunksToResponseEvents(of(chunks), { envelope, usage: () => usage })) {
    const [event, data] = frame.trimEnd().split('\n')
    const parsed = JSON.parse(data.slice('data: '.length))
    t.equal(event, `event: ${parsed.type}`, 'the event line names the data type')
    out.push(parsed)
  }
  return out
}

t.test('reasoning, text, refusal and two tool calls become items in order', async (t) => {
  const out = await events([
    chunk({ reasoning_content: 'Think' }),
    chunk({ reasoning_content: 'ing.' }),
    chunk({ content: 'Sure' }),
    chunk({ refusal: 'but not that' }),
    chunk({ tool_calls: [{ index: 0, id: 'call_1', function: { name: 'a', arguments: '{"x"' } }] }),
    chunk({ tool_calls: [{ index: 0, function: { arguments: ':1}' } }] }),
    chunk({ tool_calls: [{ index: 1, id: 'call_2', function: { name: 'b', arguments: '{}' } }] }),
    chunk({}, 'tool_calls'),
  ])
  t.same(
    out.map((e) => e.type),
    [
      'response.created',
      'response.in_progress',
      'response.output_item.added',
      'response.content_part.added',
      'response.reasoning_text.delta',
      'response.reasoning_text.delta',
      'response.reasoning_text.done',
      'response.content_part.done',
      'response.output_item.done',
      'response.output_item.added',
      'response.content_part.added',
      'response.output_text.delta',
      'response.output_text.done',
      'response.content_part.done',
      'response.content_part.added',
      'response.refusal.delta',
      'response.refusal.done',
      'response.content_part.done',
      'response.output_item.done',
      'response.output_item.added',
      'response.function_call_arguments.delta',
      'response.function_call_arguments.delta',
      'response.function_call_arguments.done',
      'response.output_item.done',
      'response.output_item.added',
      'response.function_call_arguments.delta',
      'response.function_call_arguments.done',
      'response.output_item.done',
      'response.completed',
    ],
  )
  const completed = out.at(-1)?.response as { output: Record<string, unknown>[]; usage: Record<string, unknown> }
  t.match(completed.output, [
    { type: 'reasoning', content: [{ type: 'reasoning_text', text: 'Thinking.' }] },
    {
      type: 'message',
      content: [
        { type: 'output_text', text: 'Sure' },
        { type: 'refusal', refusal: 'but not that' },
      ],
    },
    { type: 'function_call', call_id: 'call_1', name: 'a', arguments: '{"x":1}' },
    { type: 'function_call', call_id: 'call_2', name: 'b', arguments: '{}' },
  ])
  t.match(completed.usage, { input_tokens: 9, output_tokens: 4, output_tokens_details: { reasoning_tokens: 2 } })
  const refusalDone = out.find((e) => e.type === 'response.refusal.done')
  t.match(refusalDone, { content_index: 1, refusal: 'but not that', output_index: 1 })
})

t.test("the provider's length limit ends it as response.incomplete", async (t) => {
  const out = await events([chunk({ content: 'Cut' }), chunk({}, 'length')])
  t.match(out.at(-1), {
    type: 'response.incomplete',
    response: { status: 'incomplete', incomplete_details: { reason: 'max_output_tokens' } },
  })
})

t.test('a provider that streams nothing still gets created, then completed with no output', async (t) => {
  const out = await events([])
  t.same(
    out.map((e) => e.type),
    ['response.created', 'response.in_progress', 'response.completed'],
  )
})
