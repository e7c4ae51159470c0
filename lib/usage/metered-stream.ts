// Passes a provider's stream through while the meter watches: time to first byte, what was delivered, and one
// usage record at the end, whether the stream completed, failed upstream or the client went away. Stream parts
// (meteredParts) carry their own usage and failure; another kind of event (Anthropic Messages events passed
// through) says what each one delivered, and its stream tells its usage once read to the end.
import type { Usage } from '../../providers/types.ts'
import { HubError } from '../errors.ts'
import type { StreamPart } from '../stream-parts/types.ts'
import type { Meter } from './meter.ts'

/** A stream whose upstream usage is known once it has been read to the end (null if never sent). */
export interface UsageStream<T> extends AsyncIterable<T> {
  readonly usage: Usage | null
}

export async function* meteredStream<T>(
  stream: UsageStream<T>,
  meter: Meter,
  signal: AbortSignal,
  delivered: (item: T) => void,
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

/**
 * Stream parts, metered: the last `usage` part is the provider's count. An `error` part is recorded before it is
 * passed on, so the encoder that writes it can already tell what the call cost.
 */
export async function* meteredParts(
  parts: AsyncIterable<StreamPart>,
  meter: Meter,
  signal: AbortSignal,
): AsyncGenerator<StreamPart> {
  let usage: Usage | null = null
  let completed = false
  const finish = (errorCode: string | null) =>
    meter.finish({ usage, status: 200, aborted: !completed && signal.aborted, errorCode })
  try {
    for await (const part of parts) {
      if (part.type === 'error') {
        finish(signal.aborted ? null : part.error.code)
        yield part
        return
      }
      meter.firstByte()
      if (part.type === 'usage') usage = part.usage
      else meter.delivered(part)
      yield part
    }
    completed = true
  } finally {
    // Also when the client went away mid-stream (the encoder stops reading): then aborted.
    finish(null)
  }
}

/** Passes bytes through (speech audio) and records the call once they are all sent, or the client went away. */
export async function* meteredBytes(
  body: AsyncIterable<Uint8Array>,
  meter: Meter,
  usage: Usage,
  signal: AbortSignal,
): AsyncGenerator<Uint8Array> {
  let completed = false
  try {
    for await (const chunk of body) yield chunk
    completed = true
  } finally {
    meter.finish({
      usage,
      status: 200,
      aborted: !completed && signal.aborted,
      errorCode: completed || signal.aborted ? null : 'upstream_error',
    })
  }
}
