// Reads an OpenAI-compatible SSE stream into chunk objects. Usage is taken from the usage chunk; if the client
// did not ask for it, that chunk and the `usage: null` OpenAI adds to every other chunk are not passed on.
import { HubError } from '../../lib/errors.ts'
import { parseSse } from '../../lib/sse.ts'
import { toUpstreamError, type UpstreamResponse } from '../../lib/upstream-http.ts'
import type { ChatChunk, ChatStream, Usage } from '../types.ts'
import { messageFrom, scrubSecrets } from '../upstream-errors.ts'
import { fromOpenAIUsage } from './usage.ts'

export function openAIChunkStream(
  res: UpstreamResponse,
  opts: { clientWantsUsage: boolean; providerName: string; signal: AbortSignal },
): ChatStream {
  let usage: Usage | null = null

  async function* chunks(): AsyncGenerator<ChatChunk> {
    let done = false
    try {
      for await (const event of parseSse(res.body)) {
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
        if (chunk.error !== undefined || event.event === 'error') {
          const message = messageFrom(event.data) ?? 'stream failed'
          throw new HubError(
            'upstream_error',
            `Provider "${opts.providerName}" failed mid-stream: ${scrubSecrets(message)}`,
          )
        }
        if (chunk.usage) usage = fromOpenAIUsage(chunk.usage)
        if (!opts.clientWantsUsage) {
          if (chunk.choices?.length === 0 && chunk.usage) continue
          if (chunk.usage === null) delete chunk.usage
        }
        yield chunk
      }
    } catch (err) {
      const error = toUpstreamError(err, opts.signal)
      // After a 2xx the provider was reachable: a broken connection now is a failed stream, not an unreachable host.
      if (error instanceof HubError && error.code === 'upstream_unreachable') {
        throw new HubError('upstream_error', `Provider "${opts.providerName}" dropped the connection mid-stream`)
      }
      throw error
    } finally {
      if (!done) res.body.destroy()
    }
    if (!done) throw new HubError('upstream_error', `Provider "${opts.providerName}" ended the stream early`)
  }

  const iterable = chunks()
  return {
    [Symbol.asyncIterator]: () => iterable,
    get usage() {
      return usage
    },
  }
}
