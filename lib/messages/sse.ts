// Anthropic's streaming events (https://docs.anthropic.com/en/docs/build-with-claude/streaming) for the Messages
// ingress: Hub's internal chunks turned into the documented sequence
//   message_start, ping, (content_block_start, content_block_delta…, content_block_stop)…, message_delta,
//   message_stop
// with text_delta, thinking_delta and input_json_delta, and the frames written as `event:` + `data:`. A failure
// after the first byte ends the stream with `event: error`, as Anthropic does.
import type { ChatChunk, Usage } from '../../providers/types.ts'
import { errorBody } from '../error-body.ts'
import { HubError } from '../errors.ts'
import { messagesUsage, stopReason } from './from-chat.ts'

export interface MessagesEvent {
  event: string
  data: string
}

const event = (data: { type: string } & Record<string, unknown>): MessagesEvent => ({
  event: data.type,
  data: JSON.stringify(data),
})

type Delta = {
  content?: string | null
  reasoning_content?: string
  tool_calls?: { index: number; id?: string; function?: { name?: string; arguments?: string } }[]
}

export async function* chunksToMessagesEvents(
  chunks: AsyncIterable<ChatChunk>,
  opts: { modelId: string; usage: () => Usage | null },
): AsyncGenerator<MessagesEvent> {
  let started = false
  let stop: string | null = null
  // The open content block: its Anthropic index and what it holds (a tool call is keyed by its OpenAI index).
  // (A holder object: TypeScript does not follow assignments made inside the helpers below.)
  const state: { open: { index: number; kind: 'text' | 'thinking' | 'tool'; tool?: number } | null } = { open: null }
  let next = 0

  const close = (): MessagesEvent[] => {
    if (!state.open) return []
    const done = event({ type: 'content_block_stop', index: state.open.index })
    state.open = null
    return [done]
  }
  const start = (kind: 'text' | 'thinking' | 'tool', block: Record<string, unknown>, tool?: number) => {
    const events = close()
    state.open = { index: next++, kind, tool }
    events.push(event({ type: 'content_block_start', index: state.open.index, content_block: block }))
    return events
  }

  const begin = (id: string | undefined): MessagesEvent[] => {
    started = true
    const message = {
      id: id?.startsWith('msg_') ? id : `msg_${id ?? ''}`,
      type: 'message',
      role: 'assistant',
      model: opts.modelId,
      content: [],
      stop_reason: null,
      stop_sequence: null,
      usage: { input_tokens: 0, output_tokens: 0 },
    }
    return [event({ type: 'message_start', message }), event({ type: 'ping' })]
  }

  for await (const chunk of chunks) {
    if (!started) yield* begin(chunk.id)
    const choice = chunk.choices?.[0]
    if (!choice) continue
    const delta = (choice.delta ?? {}) as Delta
    if (delta.reasoning_content) {
      if (state.open?.kind !== 'thinking') yield* start('thinking', { type: 'thinking', thinking: '', signature: '' })
      yield event({
        type: 'content_block_delta',
        index: next - 1,
        delta: { type: 'thinking_delta', thinking: delta.reasoning_content },
      })
    }
    if (delta.content) {
      if (state.open?.kind !== 'text') yield* start('text', { type: 'text', text: '' })
      yield event({ type: 'content_block_delta', index: next - 1, delta: { type: 'text_delta', text: delta.content } })
    }
    for (const call of delta.tool_calls ?? []) {
      if (call.id && !(state.open?.kind === 'tool' && state.open.tool === call.index)) {
        yield* start('tool', { type: 'tool_use', id: call.id, name: call.function?.name ?? '', input: {} }, call.index)
      }
      const fragment = call.function?.arguments
      if (fragment && state.open?.kind === 'tool') {
        yield event({
          type: 'content_block_delta',
          index: state.open.index,
          delta: { type: 'input_json_delta', partial_json: fragment },
        })
      }
    }
    if (choice.finish_reason) stop = stopReason(choice.finish_reason)
  }
  // A provider that streamed nothing still gets a well-formed message.
  if (!started) yield* begin(undefined)
  yield* close()
  const usage = messagesUsage(opts.usage())
  yield event({
    type: 'message_delta',
    delta: { stop_reason: stop ?? 'end_turn', stop_sequence: null },
    usage,
  })
  yield event({ type: 'message_stop' })
}

export async function* encodeMessagesSse(events: AsyncIterable<MessagesEvent>): AsyncGenerator<string> {
  try {
    for await (const e of events) yield `event: ${e.event}\ndata: ${e.data}\n\n`
  } catch (err) {
    const hubError =
      err instanceof HubError ? err : new HubError('upstream_error', 'The upstream stream failed', { cause: err })
    yield `event: error\ndata: ${JSON.stringify(errorBody(hubError, 'anthropic'))}\n\n`
  }
}
