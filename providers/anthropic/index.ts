// The `anthropic` provider type: Claude through the Messages API, translated to and from OpenAI's format.
import { HubError } from '../../lib/errors.ts'
import type { UpstreamHttp } from '../../lib/upstream-http.ts'
import { readJson } from '../read-json.ts'
import type { ChatRequest, ChatResult, ChatStream, ProviderAdapter, UpstreamCall } from '../types.ts'
import { NO_SAMPLING_EXTRAS, warnUnsupported } from '../unsupported-params.ts'
import { sourceOf, upstreamError } from '../upstream-errors.ts'
import { createMessagesPassthrough } from './passthrough.ts'
import { anthropicHeaders, messagesBody, messagesUrl } from './request.ts'
import { type AnthropicMessage, fromAnthropicUsage, toChatCompletion } from './response.ts'
import { anthropicChunkStream } from './stream.ts'

export function createAnthropicAdapter(http: UpstreamHttp): ProviderAdapter {
  async function send(req: ChatRequest, call: UpstreamCall, stream: boolean) {
    if ((req.n ?? 1) > 1) throw new HubError('validation_error', 'Anthropic models answer one choice at a time (n: 1)')
    warnUnsupported(req, call, NO_SAMPLING_EXTRAS, 'Anthropic')
    const res = await http.postJson(
      messagesUrl(call.target.provider.baseUrl),
      anthropicHeaders(call, stream),
      messagesBody(req, call, stream),
      call.signal,
      call.trace,
    )
    if (res.statusCode < 200 || res.statusCode >= 300) throw await upstreamError(res, call.target)
    return res
  }

  async function chat(req: ChatRequest, call: UpstreamCall): Promise<ChatResult> {
    const res = await send(req, call, false)
    const { value: message } = await readJson<AnthropicMessage>(res, call.target.provider.name, call.signal)
    // No usage at all (a proxy in front of Anthropic may drop it): the meter estimates from the answer.
    const usage = message.usage ? fromAnthropicUsage(message.usage) : null
    return { response: toChatCompletion(message, usage), usage }
  }

  async function chatStream(req: ChatRequest, call: UpstreamCall): Promise<ChatStream> {
    const res = await send(req, call, true)
    return anthropicChunkStream(res, {
      ...sourceOf(call.target),
      signal: call.signal,
    })
  }

  return {
    type: 'anthropic',
    defaultBaseUrl: 'https://api.anthropic.com',
    chat,
    chatStream,
    messages: createMessagesPassthrough(http),
  }
}
