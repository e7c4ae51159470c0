// Passes an anthropic-type provider's Messages events through while the meter watches (meteredStream): the text
// each delta delivered counts toward an estimate if the stream is cut before its counts. message_start names the
// model id the client asked for.
import type { MessagesEventStream } from '../../providers/anthropic/passthrough.ts'
import type { Meter } from '../usage/meter.ts'
import { meteredStream } from '../usage/metered-stream.ts'
import type { MessagesEvent } from './sse.ts'

export async function* meteredMessagesEvents(
  stream: MessagesEventStream,
  meter: Meter,
  signal: AbortSignal,
  modelId: string,
): AsyncGenerator<MessagesEvent> {
  const delivered = (e: MessagesEvent) => {
    if (e.event !== 'content_block_delta') return
    const { delta } = JSON.parse(e.data) as { delta?: { text?: string; thinking?: string; partial_json?: string } }
    const content = (delta?.text ?? '') + (delta?.thinking ?? '') + (delta?.partial_json ?? '')
    meter.delivered({ type: 'text-delta', choice: 0, text: content })
  }
  for await (const e of meteredStream(stream, meter, signal, delivered)) {
    if (e.event !== 'message_start') {
      yield e
      continue
    }
    const data = JSON.parse(e.data) as { message?: Record<string, unknown> }
    if (data.message) data.message.model = modelId
    yield { event: e.event, data: JSON.stringify(data) }
  }
}
