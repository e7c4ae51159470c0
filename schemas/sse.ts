import { Type } from '@sinclair/typebox'

/**
 * A text/event-stream answer: typed as text, so generated clients read it as a stream of frames rather than
 * parse it as one JSON object. `frames` names the component each `data:` line carries.
 */
export const sseText = (frames: string) =>
  Type.String({ contentMediaType: 'text/event-stream', description: `Server-sent events: ${frames}` })
