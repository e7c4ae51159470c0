// Reads an OpenAI-compatible SSE stream into chunk objects. Usage is taken from the usage chunk; if the client
// did not ask for it, that chunk and the `usage: null` OpenAI adds to every other chunk are not passed on.
import { HubError } from '../../lib/errors.ts'
import { parseSse } from '../../lib/sse.ts'
import type { UpstreamResponse } from '../../lib/upstream-http.ts'
import { chatStreamOf } from '../chat-stream.ts'
import type { ChatChunk, ChatStream, Usage } from '../types.ts'
import { midStreamError, streamFailure, streamReadError, type UpstreamSource } from '../upstream-errors.ts'
import { fromOpenAIUsage } from './usage.ts'

export function openAIChunkStream(
  res: UpstreamResponse,
  opts: UpstreamSource & { clientWantsUsage: boolean; signal: AbortSignal },
): ChatStream {
  let usage: Usage | null = null

  async function* chunks(): AsyncGenerator<ChatChunk> {
    let done = false
    try {
      for await (const event of parseSse(res.body, { maxEventChars: res.limits.eventBytes })) {
        if (event.data === '[DONE]') {
          done = true
          break
        }
        let chunk: ChatChunk & { error?: unknown }
        try {
          chunk = JSON.parse(event.data)
        } catch {
          throw new HubError('upstream_error', `Provider "${opts.providerName}" sent a stream frame that is not JSON`)
        }
        if (chunk.error !== undefined || event.event === 'error') throw midStreamError(opts, event.data)
        if (chunk.usage) usage = fromOpenAIUsage(chunk.usage)
        if (!opts.clientWantsUsage) {
          if (chunk.choices?.length === 0 && chunk.usage) continue
          if (chunk.usage === null) delete chunk.usage
        }
        yield chunk
      }
    } catch (err) {
      throw streamReadError(err, opts.signal, opts.providerName)
    } finally {
      if (!done) res.body.destroy()
    }
    if (!done) throw streamFailure(opts.providerName, 'ended the stream early')
  }

  return chatStreamOf(chunks(), () => usage)
}
