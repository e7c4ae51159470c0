// The Responses API's streaming events (https://platform.openai.com/docs/api-reference/responses-streaming) from
// Hub's stream parts (the first choice's): response.created, response.in_progress, then per output item
//   output_item.added, (content_part.added, <part>.delta…, <part>.done, content_part.done)…, output_item.done
// (reasoning_text, output_text, refusal, function_call_arguments; a Gemini thought signature is a reasoning item
// of its own before its function_call, added and done at once), and response.completed or response.incomplete
// with the usage. Every event carries its sequence_number. A failure after the first byte is an `error` event and
// then response.failed, as OpenAI ends a failed stream; the official SDK reads both without losing the stream.
import type { ChatChunk, Usage } from '../../providers/types.ts'
import { partsOfChunks } from '../stream-parts/from-openai-chunk.ts'
import type { StreamPart } from '../stream-parts/types.ts'
import {
  functionCallItem,
  itemId,
  messageItem,
  type OutputItem,
  outcomeOf,
  type ResponseEnvelope,
  reasoningItem,
  refusalPart,
  responseObject,
  signatureItems,
  textPart,
} from './from-chat.ts'

type Part = { kind: 'text' | 'refusal' | 'reasoning'; text: string }
type Open =
  | { kind: 'reasoning' | 'message'; id: string; index: number; parts: Part[] }
  | { kind: 'tool'; id: string; index: number; tool: number; callId: string; name: string; args: string }

const partBody = (part: Part) =>
  part.kind === 'text'
    ? textPart(part.text)
    : part.kind === 'refusal'
      ? refusalPart(part.text)
      : { type: 'reasoning_text', text: part.text }

const DELTA = { text: 'response.output_text', refusal: 'response.refusal', reasoning: 'response.reasoning_text' }

/**
 * The events of a stream's parts. Usage is the provider's (its `usage` part), else `opts.usage()` when the
 * response ends (the meter's estimate, recorded by then).
 */
export async function* partsToResponseEvents(
  parts: AsyncIterable<StreamPart>,
  opts: { envelope: ResponseEnvelope; usage: () => Usage | null },
): AsyncGenerator<string> {
  let sequence = 0
  let usage: Usage | null = null
  const output: OutputItem[] = []
  let open: Open | null = null
  let finish: string | null = null

  const frame = (data: { type: string } & Record<string, unknown>) =>
    `event: ${data.type}\ndata: ${JSON.stringify({ ...data, sequence_number: sequence++ })}\n\n`
  const snapshot = (status: 'in_progress' | 'completed' | 'incomplete' | 'failed', extra = {}) =>
    responseObject(opts.envelope, {
      status,
      output,
      usage: status === 'in_progress' ? null : (usage ?? opts.usage()),
      ...extra,
    })

  function closePart(item: Open & { parts: Part[] }): string[] {
    const part = item.parts.at(-1)
    if (!part) return []
    const at = { item_id: item.id, output_index: item.index, content_index: item.parts.length - 1 }
    const done =
      part.kind === 'refusal'
        ? { refusal: part.text }
        : { text: part.text, ...(part.kind === 'text' ? { logprobs: [] } : {}) }
    return [
      frame({ type: `${DELTA[part.kind]}.done`, ...at, ...done }),
      frame({ type: 'response.content_part.done', ...at, part: partBody(part) }),
    ]
  }

  function close(): string[] {
    if (!open) return []
    const item = open
    open = null
    if (item.kind === 'tool') {
      const call = { id: item.callId, name: item.name, arguments: item.args }
      const done = functionCallItem(item.id, call)
      output[item.index] = done
      return [
        frame({
          type: 'response.function_call_arguments.done',
          item_id: item.id,
          output_index: item.index,
          name: item.name,
          arguments: item.args,
        }),
        frame({ type: 'response.output_item.done', output_index: item.index, item: done }),
      ]
    }
    const frames = closePart(item)
    const done =
      item.kind === 'reasoning'
        ? reasoningItem(item.id, item.parts[0]?.text ?? '')
        : messageItem(item.id, item.parts.map(partBody))
    output[item.index] = done
    frames.push(frame({ type: 'response.output_item.done', output_index: item.index, item: done }))
    return frames
  }

  function openItem(next: Open, item: OutputItem): string[] {
    const frames = close()
    open = next
    output.push(item)
    frames.push(frame({ type: 'response.output_item.added', output_index: next.index, item }))
    return frames
  }

  /** Text into the open reasoning or message item, opening the item and the part as needed. */
  function text(kind: Part['kind'], delta: string): string[] {
    const itemKind = kind === 'reasoning' ? 'reasoning' : 'message'
    const frames: string[] = []
    if (open?.kind !== itemKind) {
      const id = itemId(kind === 'reasoning' ? 'rs' : 'msg')
      const item = kind === 'reasoning' ? reasoningItem(id, '', 'in_progress') : messageItem(id, [], 'in_progress')
      frames.push(...openItem({ kind: itemKind, id, index: output.length, parts: [] }, item))
    }
    const item = open as Open & { parts: Part[] }
    if (item.parts.at(-1)?.kind !== kind) {
      frames.push(...closePart(item))
      item.parts.push({ kind, text: '' })
      const at = { item_id: item.id, output_index: item.index, content_index: item.parts.length - 1 }
      frames.push(frame({ type: 'response.content_part.added', ...at, part: partBody({ kind, text: '' }) }))
    }
    const part = item.parts.at(-1) as Part
    part.text += delta
    const at = { item_id: item.id, output_index: item.index, content_index: item.parts.length - 1 }
    frames.push(frame({ type: `${DELTA[kind]}.delta`, ...at, delta, ...(kind === 'text' ? { logprobs: [] } : {}) }))
    return frames
  }

  function toolCall(call: {
    index: number
    id?: string
    name?: string
    arguments?: string
    extra?: unknown
  }): string[] {
    const frames: string[] = []
    if (call.id && !(open?.kind === 'tool' && open.tool === call.index)) {
      for (const item of signatureItems(call.extra)) {
        frames.push(...close())
        const at = { output_index: output.push(item) - 1, item }
        frames.push(
          frame({ type: 'response.output_item.added', ...at }),
          frame({ type: 'response.output_item.done', ...at }),
        )
      }
      const id = itemId('fc')
      const next = {
        kind: 'tool' as const,
        id,
        index: output.length,
        tool: call.index,
        callId: call.id,
        name: call.name ?? '',
        args: '',
      }
      const item = functionCallItem(id, { id: call.id, name: next.name, arguments: '' }, 'in_progress')
      frames.push(...openItem(next, item))
    }
    const fragment = call.arguments
    if (fragment && open?.kind === 'tool') {
      open.args += fragment
      frames.push(
        frame({
          type: 'response.function_call_arguments.delta',
          item_id: open.id,
          output_index: open.index,
          delta: fragment,
        }),
      )
    }
    return frames
  }

  yield frame({ type: 'response.created', response: snapshot('in_progress') })
  yield frame({ type: 'response.in_progress', response: snapshot('in_progress') })
  for await (const part of parts) {
    if (part.type === 'error') {
      const { code, message } = part.error
      yield frame({ type: 'error', code, message, param: null })
      yield frame({ type: 'response.failed', response: snapshot('failed', { error: { code, message } }) })
      return
    }
    if (part.type === 'usage') usage = part.usage
    if (!('choice' in part) || part.choice !== 0) continue
    switch (part.type) {
      case 'reasoning-delta':
        if (part.text) yield* text('reasoning', part.text)
        break
      case 'text-delta':
        if (part.text) yield* text('text', part.text)
        break
      case 'refusal-delta':
        if (part.text) yield* text('refusal', part.text)
        break
      case 'tool-call-start':
      case 'tool-call-delta':
        yield* toolCall(part)
        break
      case 'finish':
        finish = part.reason
        break
    }
  }
  yield* close()
  const outcome = outcomeOf(finish)
  const type = outcome.status === 'incomplete' ? 'response.incomplete' : 'response.completed'
  yield frame({ type, response: snapshot(outcome.status, { incomplete_details: outcome.incomplete_details }) })
}

/** The same from OpenAI chunks, read as an OpenAI-compatible adapter reads them. */
export const chunksToResponseEvents = (
  chunks: AsyncIterable<ChatChunk>,
  opts: { envelope: ResponseEnvelope; usage: () => Usage | null },
) => partsToResponseEvents(partsOfChunks(chunks), opts)
