import { catchingFailure } from '../lib/stream-parts/failure.ts'
import type { StreamPart } from '../lib/stream-parts/types.ts'
import type { ChatStream } from './types.ts'

/** An adapter's part generator as a ChatStream: a failure it throws becomes the final `error` part. */
export const chatStreamOf = (parts: AsyncGenerator<StreamPart>): ChatStream => catchingFailure(parts)
