// Passes an anthropic-type provider's Messages events through while the meter watches, as meteredStream does for
// chat chunks: first byte, the text delivered (for an estimate if the stream is cut before its counts), and one
// usage record at the end however the stream ends. message_start names the model id the client asked for.
import type { MessagesEventStream } from '../../providers/anthropic/passthrough.ts'
import type { ChatChunk } from '../../providers/types.ts'
import { HubError } from '../errors.ts'
import type { Meter } from '../usage/meter.ts'
import type { MessagesEvent } from './sse.ts'

export async function* meteredMessagesEvents(
  stream: MessagesEventStream,
  meter: Meter,
  signal: AbortSignal,
  modelId: string,
): AsyncGenerator<MessagesEvent> {
  let completed = false
  let errorCode: string | null = null
  try {
    for await (const e of stream) {
      meter.firstByte()
      if (e.event === 'content_block_delta') {
        const delta = (JSON.parse(e.data) as { delta?: { text?: string; thinking?: string; partial_json?: string } })
          .delta
        const content = (delta?.text ?? '') + (delta?.thinking ?? '') + (delta?.partial_json ?? '')
        meter.delivered({ choices: [{ index: 0, delta: { content }, finish_reason: null }] } as ChatChunk)
      }
      if (e.event === 'message_start') {
        const data = JSON.parse(e.data) as { message?: Record<string, unknown> }
        if (data.message) data.message.model = modelId
        yield { event: e.event, data: JSON.stringify(data) }
      } else yield e
    }
    completed = true
  } catch (err) {
    if (!signal.aborted) errorCode = err instanceof HubError ? err.code : 'upstream_error'
    throw err
  } finally {
    meter.finish({ usage: stream.usage, status: 200, aborted: !completed && signal.aborted, errorCode })
  }
}
