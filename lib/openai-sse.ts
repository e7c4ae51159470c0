// Encodes a stream of chat.completion.chunk objects as OpenAI's SSE: one `data:` frame per chunk, then
// `data: [DONE]`. A failure after the first byte is sent the way OpenAI does it: an error frame, then the end.
// Every chunk names the model id the client asked for, as whole answers do (see sendJsonResult).
import type { ChatChunk } from '../providers/types.ts'
import { errorBody } from './error-body.ts'
import { HubError } from './errors.ts'

export async function* encodeOpenAISse(chunks: AsyncIterable<ChatChunk>, modelId: string): AsyncGenerator<string> {
  try {
    for await (const chunk of chunks) yield `data: ${JSON.stringify({ ...chunk, model: modelId })}\n\n`
  } catch (err) {
    const hubError =
      err instanceof HubError ? err : new HubError('upstream_error', 'The upstream stream failed', { cause: err })
    yield `data: ${JSON.stringify(errorBody(hubError, 'openai'))}\n\n`
    return
  }
  yield 'data: [DONE]\n\n'
}
