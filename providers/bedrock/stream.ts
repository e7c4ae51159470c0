// ConverseStream's events → OpenAI `chat.completion.chunk`s. The body is application/vnd.amazon.eventstream:
// binary frames (total length, headers length, prelude CRC, headers, JSON payload, message CRC) that network
// chunks split anywhere, so frames are cut out by their length prefix and decoded (CRCs checked) by Smithy's codec.
//   messageStart        → the first chunk (role)
//   contentBlockStart   → for toolUse, a tool_calls delta with its id, name and an OpenAI index (tool calls are
//                         counted on their own, so a tool after a text block is still index 0)
//   contentBlockDelta   → text as content, toolUse.input fragments as arguments of that index,
//                         reasoningContent.text as reasoning_content
//   messageStop         → finish_reason;   metadata → usage (then OpenAI's usage chunk, if the client asked)
//   contentBlockStop    → nothing to say;  an exception or error frame → a mid-stream failure
import { EventStreamCodec, type Message } from '@smithy/core/event-streams'
import { fromUtf8, toUtf8 } from '@smithy/core/serde'
import { eventTooLarge } from '../../lib/sse.ts'
import type { UpstreamResponse } from '../../lib/upstream-http.ts'
import { chatStreamOf } from '../chat-stream.ts'
import { toOpenAIUsage } from '../translation.ts'
import type { ChatChunk, ChatStream, Usage } from '../types.ts'
import { midStreamError, streamFailure, streamReadError, type UpstreamSource } from '../upstream-errors.ts'
import { type ConverseUsage, finishReason, fromConverseUsage } from './response.ts'

// An event stream message is at most 16 MiB of payload plus 128 KiB of headers.
const MAX_FRAME = 16 * 1024 * 1024 + 128 * 1024 + 16
const PRELUDE = 12

interface StreamEvent {
  role?: string
  contentBlockIndex?: number
  start?: { toolUse?: { toolUseId: string; name: string } }
  delta?: { text?: string; toolUse?: { input?: string }; reasoningContent?: { text?: string } }
  stopReason?: string
  usage?: ConverseUsage
}

const codec = new EventStreamCodec(toUtf8, fromUtf8)

export class MalformedFrameError extends Error {
  override name = 'MalformedFrameError'
}

/**
 * Whole event stream messages out of arbitrarily split bytes. Pieces are kept as they came and joined once a
 * whole frame is there, so a large frame split in many pieces costs its size, not its size times the pieces.
 * `maxFrame` (UPSTREAM_EVENT_LIMIT) bounds what one frame may make Hub hold.
 */
export async function* decodeEventStream(
  body: AsyncIterable<Uint8Array>,
  maxFrame = MAX_FRAME,
): AsyncGenerator<Message> {
  let pieces: Buffer[] = []
  let buffered = 0
  const joined = () => {
    if (pieces.length > 1) pieces = [Buffer.concat(pieces, buffered)]
    return pieces[0]
  }
  for await (const piece of body) {
    pieces.push(Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength))
    buffered += piece.byteLength
    while (buffered >= PRELUDE) {
      const head = pieces[0].length >= 4 ? pieces[0] : joined()
      const length = head.readUInt32BE(0)
      if (length < 16 || length > MAX_FRAME) throw new MalformedFrameError(`frame length ${length}`)
      if (length > maxFrame) throw eventTooLarge(maxFrame)
      if (buffered < length) break
      const pending = joined()
      try {
        yield codec.decode(pending.subarray(0, length))
      } catch (err) {
        throw new MalformedFrameError((err as Error).message)
      }
      const rest = pending.subarray(length)
      pieces = rest.length ? [rest] : []
      buffered = rest.length
    }
  }
  if (buffered) throw new MalformedFrameError(`${buffered} bytes of an unfinished frame`)
}

const header = (message: Message, name: string): string | undefined => {
  const value = message.headers[name]?.value
  return typeof value === 'string' ? value : undefined
}

export function bedrockChunkStream(
  res: UpstreamResponse,
  opts: UpstreamSource & { id: string; model: string; clientWantsUsage: boolean; signal: AbortSignal },
): ChatStream {
  let usage: Usage | null = null
  const fail = (what: string) => streamFailure(opts.providerName, what)

  async function* chunks(): AsyncGenerator<ChatChunk> {
    const created = Math.floor(Date.now() / 1000)
    // Converse content block index → OpenAI tool call index.
    const toolIndex = new Map<number, number>()
    let stopped = false
    let counted: ConverseUsage | null = null
    let ended = false
    const chunk = (delta: Record<string, unknown>, finish: string | null = null): ChatChunk => ({
      id: opts.id,
      object: 'chat.completion.chunk',
      created,
      model: opts.model,
      choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
    })

    try {
      for await (const message of decodeEventStream(res.body, res.limits.eventBytes)) {
        const payload = toUtf8(message.body)
        const type = header(message, ':message-type')
        if (type === 'exception' || type === 'error') {
          const kind = header(message, ':exception-type') ?? header(message, ':error-code') ?? 'error'
          throw midStreamError(opts, payload, { kind, fallback: header(message, ':error-message') })
        }
        let event: StreamEvent
        try {
          event = JSON.parse(payload)
        } catch {
          throw fail('sent a stream event that is not JSON')
        }
        switch (header(message, ':event-type')) {
          case 'messageStart':
            yield chunk({ role: 'assistant', content: '' })
            break
          case 'contentBlockStart': {
            const tool = event.start?.toolUse
            if (tool) {
              const index = toolIndex.size
              toolIndex.set(event.contentBlockIndex ?? 0, index)
              yield chunk({
                tool_calls: [
                  { index, id: tool.toolUseId, type: 'function', function: { name: tool.name, arguments: '' } },
                ],
              })
            }
            break
          }
          case 'contentBlockDelta': {
            const delta = event.delta
            if (delta?.text !== undefined) yield chunk({ content: delta.text })
            else if (delta?.reasoningContent?.text !== undefined) {
              yield chunk({ reasoning_content: delta.reasoningContent.text })
            } else if (delta?.toolUse) {
              const index = toolIndex.get(event.contentBlockIndex ?? 0)
              if (index === undefined) throw fail('sent arguments for no tool call')
              yield chunk({ tool_calls: [{ index, function: { arguments: delta.toolUse.input ?? '' } }] })
            }
            break
          }
          case 'messageStop':
            stopped = true
            yield chunk({}, finishReason(event.stopReason) ?? 'stop')
            break
          case 'metadata':
            counted = event.usage ?? null
            break
        }
      }
      ended = true
    } catch (err) {
      if (err instanceof MalformedFrameError) throw fail(`sent a malformed event stream (${err.message})`)
      throw streamReadError(err, opts.signal, opts.providerName)
    } finally {
      if (!ended) res.body.destroy()
    }
    if (!stopped) throw fail('ended the stream early')
    // Only once the stream completed: a cut stream has no final output count, and the meter estimates it.
    usage = counted ? fromConverseUsage(counted) : null
    if (usage && opts.clientWantsUsage) yield { ...chunk({}), choices: [], usage: toOpenAIUsage(usage) }
  }

  return chatStreamOf(chunks(), () => usage)
}
