// Anthropic Messages requests passed through to an anthropic-type provider: the body as the client wrote it with
// the model renamed to the upstream's, the answer as the provider gave it, and the usage read on the way for
// billing. Streams are re-framed event by event (`event:` + `data:`), never rebuilt, so block types Hub does not
// know yet reach the client unchanged.
import { parseSse, type SseEvent } from '../../lib/sse.ts'
import type { UpstreamHttp } from '../../lib/upstream-http.ts'
import { readJson } from '../read-json.ts'
import type { UpstreamCall, Usage } from '../types.ts'
import { sourceOf, streamFailure, streamReadError, upstreamError } from '../upstream-errors.ts'
import { anthropicHeaders, messagesUrl } from './request.ts'
import { type AnthropicUsage, fromAnthropicUsage } from './response.ts'
import { readMessagesEvent } from './stream-event.ts'

export type MessagesBody = Record<string, unknown>

export interface MessagesAnswer {
  message: Record<string, unknown> & { usage?: AnthropicUsage }
  usage: Usage | null
}

/** Anthropic's events as the provider sent them; `usage` once the stream completed. */
export interface MessagesEventStream extends AsyncIterable<SseEvent> {
  readonly usage: Usage | null
}

export interface MessagesPassthrough {
  /** Whether this target takes Messages natively (all when absent); the others are translated. */
  handles?(call: UpstreamCall): boolean
  create(body: MessagesBody, call: UpstreamCall, beta?: string): Promise<MessagesAnswer>
  stream(body: MessagesBody, call: UpstreamCall, beta?: string): Promise<MessagesEventStream>
  /** Exact counts where the provider has them; estimated otherwise. */
  countTokens?(body: MessagesBody, call: UpstreamCall, beta?: string): Promise<{ input_tokens: number }>
}

export function createMessagesPassthrough(http: UpstreamHttp): MessagesPassthrough {
  async function send(path: string, body: MessagesBody, call: UpstreamCall, stream: boolean, beta?: string) {
    const headers = anthropicHeaders(call, stream)
    // Beta features (prompt caching variants, interleaved thinking…) are the client's to ask for.
    if (beta) headers['anthropic-beta'] = beta
    const res = await http.postJson(
      `${messagesUrl(call.target.provider.baseUrl)}${path}`,
      headers,
      JSON.stringify({ ...body, model: call.target.upstreamModel }),
      call.signal,
      call.trace,
    )
    if (res.statusCode < 200 || res.statusCode >= 300) throw await upstreamError(res, call.target)
    return res
  }

  async function create(body: MessagesBody, call: UpstreamCall, beta?: string): Promise<MessagesAnswer> {
    const res = await send('', { ...body, stream: false }, call, false, beta)
    const { value } = await readJson<MessagesAnswer['message']>(res, call.target.provider.name, call.signal)
    return { message: value, usage: value.usage ? fromAnthropicUsage(value.usage) : null }
  }

  async function stream(body: MessagesBody, call: UpstreamCall, beta?: string): Promise<MessagesEventStream> {
    const res = await send('', { ...body, stream: true }, call, true, beta)
    const source = sourceOf(call.target)
    let usage: Usage | null = null
    const counted: AnthropicUsage = {}

    async function* events(): AsyncGenerator<SseEvent> {
      let done = false
      try {
        for await (const event of parseSse(res.body, { maxEventChars: res.limits.eventBytes })) {
          const type = readMessagesEvent(event.data, source, counted)
          yield { event: event.event || (type ?? 'message'), data: event.data }
          if (type === 'message_stop') {
            done = true
            break
          }
        }
      } catch (err) {
        throw streamReadError(err, call.signal, source.providerName)
      } finally {
        if (!done) res.body.destroy()
      }
      if (!done) throw streamFailure(source.providerName, 'ended the stream early')
      usage = fromAnthropicUsage(counted)
    }

    const iterator = events()
    return {
      [Symbol.asyncIterator]: () => iterator,
      get usage() {
        return usage
      },
    }
  }

  async function countTokens(body: MessagesBody, call: UpstreamCall, beta?: string) {
    const res = await send('/count_tokens', body, call, false, beta)
    return (await readJson<{ input_tokens: number }>(res, call.target.provider.name, call.signal)).value
  }

  return { create, stream, countTokens }
}
