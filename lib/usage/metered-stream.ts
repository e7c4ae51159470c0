// Passes a provider's stream through while the meter watches: time to first byte, what was delivered, and one
// usage record at the end, whether the stream completed, failed upstream or the client went away. Chat chunks by
// default; another kind of event (Anthropic Messages events) says what each one delivered.
import type { ChatChunk, Usage } from '../../providers/types.ts'
import { HubError } from '../errors.ts'
import type { Meter } from './meter.ts'

/** A stream whose upstream usage is known once it has been read to the end (null if never sent). */
export interface UsageStream<T> extends AsyncIterable<T> {
  readonly usage: Usage | null
}

export function meteredStream(
  stream: UsageStream<ChatChunk>,
  meter: Meter,
  signal: AbortSignal,
): AsyncGenerator<ChatChunk>
export function meteredStream<T>(
  stream: UsageStream<T>,
  meter: Meter,
  signal: AbortSignal,
  delivered: (item: T) => void,
): AsyncGenerator<T>
export async function* meteredStream<T>(
  stream: UsageStream<T>,
  meter: Meter,
  signal: AbortSignal,
  delivered: (item: T) => void = (chunk) => meter.delivered(chunk as ChatChunk),
): AsyncGenerator<T> {
  let completed = false
  let errorCode: string | null = null
  try {
    for await (const item of stream) {
      meter.firstByte()
      delivered(item)
      yield item
    }
    completed = true
  } catch (err) {
    if (!signal.aborted) errorCode = err instanceof HubError ? err.code : 'upstream_error'
    throw err
  } finally {
    // The client already has a 200; a failure after that is told by errorCode and aborted.
    meter.finish({ usage: stream.usage, status: 200, aborted: !completed && signal.aborted, errorCode })
  }
}
