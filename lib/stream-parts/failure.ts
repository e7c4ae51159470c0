// A failure after the first byte travels as the stream's last part, not as an exception, so every consumer (the
// meter, each surface's encoder) sees it in order with what came before.
import { HubError } from '../errors.ts'
import type { StreamPart } from './types.ts'

export const failure = (err: unknown): HubError =>
  err instanceof HubError ? err : new HubError('upstream_error', 'The upstream stream failed', { cause: err })

/** The parts of a generator that may throw, its failure (if any) as a final `error` part. */
export async function* catchingFailure(parts: AsyncIterable<StreamPart>): AsyncGenerator<StreamPart> {
  try {
    yield* parts
  } catch (err) {
    yield { type: 'error', error: failure(err) }
  }
}
