// Passes a provider's chunk stream through while the meter watches: time to first byte, what was delivered,
// and one usage record at the end, whether the stream completed, failed upstream or the client went away.
import type { ChatChunk, ChatStream } from '../../providers/types.ts'
import { HubError } from '../errors.ts'
import type { Meter } from './meter.ts'

export async function* meteredStream(stream: ChatStream, meter: Meter, signal: AbortSignal): AsyncGenerator<ChatChunk> {
  let completed = false
  let errorCode: string | null = null
  try {
    for await (const chunk of stream) {
      meter.firstByte()
      meter.delivered(chunk)
      yield chunk
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
