// ConverseStream's events → stream parts. The body is application/vnd.amazon.eventstream:
// binary frames (total length, headers length, prelude CRC, headers, JSON payload, message CRC) that network
// chunks split anywhere, so frames are cut out by their length prefix and decoded (CRCs checked) by Smithy's codec.
//   messageStart        → start
//   contentBlockStart   → for toolUse, tool-call-start with its id, name and a tool call index (tool calls are
//                         counted on their own, so a tool after a text block is still call 0)
//   contentBlockDelta   → text, toolUse.input fragments as arguments of that call, reasoningContent.text as reasoning
//   contentBlockStop    → tool-call-end for a toolUse block
//   messageStop         → finish;   metadata → usage (sent once the stream completed)
//   an exception or error frame → a mid-stream failure
import { EventStreamCodec, type Message } from '@smithy/core/event-streams'
import { fromUtf8, toUtf8 } from '@smithy/core/serde'
import { eventTooLarge } from '../../lib/sse.ts'
import type { StreamPart } from '../../lib/stream-parts/types.ts'
import type { UpstreamResponse } from '../../lib/upstream-http.ts'
import { chatStreamOf } from '../chat-stream.ts'
import type { ChatStream } from '../types.ts'
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

export const header = (message: Message, name: string): string | undefined => {
  const value = message.headers[name]?.value
  return typeof value === 'string' ? value : undefined
}

/** The mid-stream failure an exception or error frame carries; null for an event. */
export function frameFailure(message: Message, payload: string, source: UpstreamSource) {
  const type = header(message, ':message-type')
  if (type !== 'exception' && type !== 'error') return null
  const kind = header(message, ':exception-type') ?? header(message, ':error-code') ?? 'error'
  return midStreamError(source, payload, { kind, fallback: header(message, ':error-message') })
}

export function bedrockChunkStream(
  res: UpstreamResponse,
  opts: UpstreamSource & { id: string; model: string; signal: AbortSignal },
): ChatStream {
  const fail = (what: string) => streamFailure(opts.providerName, what)

  async function* parts(): AsyncGenerator<StreamPart> {
    // Converse content block index → tool call index.
    const toolIndex = new Map<number, number>()
    let stopped = false
    let counted: ConverseUsage | null = null
    let ended = false

    try {
      for await (const message of decodeEventStream(res.body, res.limits.eventBytes)) {
        const payload = toUtf8(message.body)
        const failure = frameFailure(message, payload, opts)
        if (failure) throw failure
        let event: StreamEvent
        try {
          event = JSON.parse(payload)
        } catch {
          throw fail('sent a stream event that is not JSON')
        }
        switch (header(message, ':event-type')) {
          case 'messageStart':
            yield { type: 'start', choice: 0, id: opts.id, model: opts.model }
            break
          case 'contentBlockStart': {
            const tool = event.start?.toolUse
            if (tool) {
              const index = toolIndex.size
              toolIndex.set(event.contentBlockIndex ?? 0, index)
              yield { type: 'tool-call-start', choice: 0, index, id: tool.toolUseId, name: tool.name }
            }
            break
          }
          case 'contentBlockDelta': {
            const delta = event.delta
            if (delta?.text !== undefined) yield { type: 'text-delta', choice: 0, text: delta.text }
            else if (delta?.reasoningContent?.text !== undefined) {
              yield { type: 'reasoning-delta', choice: 0, text: delta.reasoningContent.text }
            } else if (delta?.toolUse) {
              const index = toolIndex.get(event.contentBlockIndex ?? 0)
              if (index === undefined) throw fail('sent arguments for no tool call')
              yield { type: 'tool-call-delta', choice: 0, index, arguments: delta.toolUse.input ?? '' }
            }
            break
          }
          case 'contentBlockStop': {
            const index = toolIndex.get(event.contentBlockIndex ?? 0)
            if (index !== undefined) yield { type: 'tool-call-end', choice: 0, index }
            break
          }
          case 'messageStop':
            stopped = true
            yield { type: 'finish', choice: 0, reason: finishReason(event.stopReason) ?? 'stop' }
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
    if (counted) yield { type: 'usage', usage: fromConverseUsage(counted) }
  }

  return chatStreamOf(parts())
}
