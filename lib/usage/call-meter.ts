// What a route tells the meter of its call, in the route's words: a whole answer, a stream, a failure. Each
// records the call's one usage entry (later ones return the first), so the metering protocol stays here and
// in plugins/app/calls.ts, which records the failure of any call that throws.
import type { MessagesEventStream } from '../../providers/anthropic/passthrough.ts'
import type { ChatResult, Usage } from '../../providers/types.ts'
import { HubError } from '../errors.ts'
import { meteredMessagesEvents } from '../messages/metered-events.ts'
import type { StreamPart } from '../stream-parts/types.ts'
import type { UsageEntry } from './insert.ts'
import type { Meter, Outcome } from './meter.ts'
import { meteredBytes, meteredParts } from './metered-stream.ts'

/** What a successful whole answer cost: the provider's counts, or units when it counts none. */
export type Answer = Pick<Outcome, 'usage' | 'units' | 'unitsEstimated'>

export function callMeter(meter: Meter, signal: AbortSignal) {
  let streamed = false
  return {
    /** A whole answer was delivered: recorded with status 200. */
    answered(answer: Answer): UsageEntry {
      meter.firstByte()
      return meter.finish({ ...answer, status: 200 })
    },
    /** A whole chat answer, whose output is counted in case the provider reported no usage with it. */
    chatAnswered(result: ChatResult): UsageEntry {
      meter.firstByte()
      meter.deliveredAnswer(result.response)
      return meter.finish({ usage: result.usage, status: 200 })
    },
    /** Stream parts as they reach the client; recorded when they end, fail or the client goes away. */
    parts(parts: AsyncIterable<StreamPart>): AsyncGenerator<StreamPart> {
      streamed = true
      return meteredParts(parts, meter, signal)
    },
    /** An anthropic-type provider's own Messages events, naming the model as the client asked for it. */
    messagesEvents(events: MessagesEventStream, modelId: string) {
      streamed = true
      return meteredMessagesEvents(events, meter, signal, modelId)
    },
    /** Bytes (speech audio) billed at `usage` once all are sent; their first byte is here. */
    bytes(body: AsyncIterable<Uint8Array>, usage: Usage): AsyncGenerator<Uint8Array> {
      streamed = true
      meter.firstByte()
      return meteredBytes(body, meter, usage, signal)
    },
    /** The usage record once the call is recorded: what AIGNE and Responses clients are told it cost. */
    billed: (): UsageEntry | null => meter.billed,
    /** Records a call that failed before it produced an answer. */
    failed(err: unknown): void {
      meter.finish({
        usage: null,
        status: err instanceof HubError ? err.statusCode : 500,
        aborted: signal.aborted,
        errorCode: err instanceof HubError ? err.code : 'internal_error',
      })
    },
    /** The answer is out with nothing recorded and no stream left to record it: a successful answer, uncounted. */
    settleUntold(): void {
      if (!streamed && !meter.finished) meter.finish({ usage: null, status: 200 })
    },
  }
}

export type CallMeter = ReturnType<typeof callMeter>
