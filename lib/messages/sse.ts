// Anthropic's streaming events (https://docs.anthropic.com/en/docs/build-with-claude/streaming) for the Messages
// ingress: Hub's stream parts (the first choice's) turned into the documented sequence
//   message_start, ping, (content_block_start, content_block_delta…, content_block_stop)…, message_delta,
//   message_stop
// with text_delta, thinking_delta and input_json_delta, and the frames written as `event:` + `data:`. A Gemini
// thought signature is a thinking block of its own (a signature_delta, no text) before its tool_use. A failure
// after the first byte ends the stream with `event: error`, as Anthropic does.
import type { Usage } from '../../providers/types.ts'
import { errorBody } from '../error-body.ts'
import { HubError } from '../errors.ts'
import type { StreamPart } from '../stream-parts/types.ts'
import { carriedSignature } from '../thought-signature.ts'
import { messagesUsage, stopReason } from './from-chat.ts'

export interface MessagesEvent {
  event: string
  data: string
}

const event = (data: { type: string } & Record<string, unknown>): MessagesEvent => ({
  event: data.type,
  data: JSON.stringify(data),
})

/** The events of a stream's parts, with the provider's usage; a failure is thrown, for encodeMessagesSse to write. */
export async function* partsToMessagesEvents(
  parts: AsyncIterable<StreamPart>,
  opts: { modelId: string },
): AsyncGenerator<MessagesEvent> {
  let started = false
  let usage: Usage | null = null
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

  const fragment = (index: number, partial_json: string) =>
    event({ type: 'content_block_delta', index, delta: { type: 'input_json_delta', partial_json } })

  for await (const part of parts) {
    if (part.type === 'error') throw part.error
    if (part.type === 'raw-chunk') continue
    if (!started) yield* begin(part.type === 'start' ? part.id : undefined)
    if (part.type === 'usage') usage = part.usage
    if (!('choice' in part) || part.choice !== 0) continue
    switch (part.type) {
      case 'reasoning-delta':
        if (!part.text) break
        if (state.open?.kind !== 'thinking') yield* start('thinking', { type: 'thinking', thinking: '', signature: '' })
        yield event({
          type: 'content_block_delta',
          index: next - 1,
          delta: { type: 'thinking_delta', thinking: part.text },
        })
        break
      case 'text-delta':
        if (!part.text) break
        if (state.open?.kind !== 'text') yield* start('text', { type: 'text', text: '' })
        yield event({ type: 'content_block_delta', index: next - 1, delta: { type: 'text_delta', text: part.text } })
        break
      case 'tool-call-start':
        if (part.id && !(state.open?.kind === 'tool' && state.open.tool === part.index)) {
          const signature = carriedSignature(part.extra)
          if (signature) {
            yield* start('thinking', { type: 'thinking', thinking: '', signature: '' })
            yield event({ type: 'content_block_delta', index: next - 1, delta: { type: 'signature_delta', signature } })
          }
          yield* start('tool', { type: 'tool_use', id: part.id, name: part.name, input: {} }, part.index)
        }
        if (part.arguments && state.open?.kind === 'tool') yield fragment(state.open.index, part.arguments)
        break
      case 'tool-call-delta':
        if (part.arguments && state.open?.kind === 'tool') yield fragment(state.open.index, part.arguments)
        break
      case 'finish':
        stop = stopReason(part.reason)
        break
    }
  }
  // A provider that streamed nothing still gets a well-formed message.
  if (!started) yield* begin(undefined)
  yield* close()
  yield event({
    type: 'message_delta',
    delta: { stop_reason: stop ?? 'end_turn', stop_sequence: null },
    usage: messagesUsage(usage),
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
