// Reads an OpenAI-compatible SSE stream: each chunk is parsed once, handed on as it came (`raw-chunk`, which the
// OpenAI surface sends unchanged) and as the parts it holds, its usage included (the last usage chunk counts).
import { HubError } from '../../lib/errors.ts'
import { parseSse } from '../../lib/sse.ts'
import { openAIChunkReader } from '../../lib/stream-parts/from-openai-chunk.ts'
import type { StreamPart } from '../../lib/stream-parts/types.ts'
import type { UpstreamResponse } from '../../lib/upstream-http.ts'
import { chatStreamOf } from '../chat-stream.ts'
import type { ChatChunk, ChatStream } from '../types.ts'
import { midStreamError, streamFailure, streamReadError, type UpstreamSource } from '../upstream-errors.ts'
import { fromOpenAIUsage } from './usage.ts'

export function openAIChunkStream(res: UpstreamResponse, opts: UpstreamSource & { signal: AbortSignal }): ChatStream {
  async function* parts(): AsyncGenerator<StreamPart> {
    const read = openAIChunkReader()
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
        yield { type: 'raw-chunk', chunk }
        yield* read(chunk)
        const usage = fromOpenAIUsage(chunk.usage)
        if (usage) yield { type: 'usage', usage }
      }
    } catch (err) {
      throw streamReadError(err, opts.signal, opts.providerName)
    } finally {
      if (!done) res.body.destroy()
    }
    if (!done) throw streamFailure(opts.providerName, 'ended the stream early')
  }

  return chatStreamOf(parts())
}
