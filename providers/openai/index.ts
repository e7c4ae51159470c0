// The `openai` provider type: OpenAI and every API that speaks its Chat Completions (DeepSeek, xAI, OpenRouter,
// Ollama, Doubao, Poe). Near identity, so this is the fast path.
import { HubError } from '../../lib/errors.ts'
import { toUpstreamError, type UpstreamHttp } from '../../lib/upstream-http.ts'
import type { ChatRequest, ChatResponse, ChatResult, ChatStream, ProviderAdapter, UpstreamCall } from '../types.ts'
import { upstreamError } from '../upstream-errors.ts'
import { chatBody, chatUrl, upstreamHeaders } from './request.ts'
import { openAIChunkStream } from './stream.ts'
import { fromOpenAIUsage } from './usage.ts'

export function createOpenAIAdapter(http: UpstreamHttp): ProviderAdapter {
  async function send(req: ChatRequest, call: UpstreamCall, stream: boolean) {
    const { body, clientWantsUsage } = chatBody(req, call)
    const res = await http.postJson(
      chatUrl(call.target.provider.baseUrl),
      upstreamHeaders(call, stream),
      body,
      call.signal,
    )
    if (res.statusCode < 200 || res.statusCode >= 300) throw await upstreamError(res, call.target.provider.name)
    return { res, clientWantsUsage }
  }

  async function chat(req: ChatRequest, call: UpstreamCall): Promise<ChatResult> {
    const { res } = await send({ ...req, stream: false }, call, false)
    let raw: string
    let response: ChatResponse
    try {
      raw = await res.body.text()
      response = JSON.parse(raw) as ChatResponse
    } catch (err) {
      if (call.signal.aborted || !(err instanceof SyntaxError)) throw toUpstreamError(err, call.signal)
      throw new HubError('upstream_error', `Provider "${call.target.provider.name}" answered with invalid JSON`)
    }
    // The provider's bytes already are the answer: passed on as they came, not re-serialised.
    return { response, raw, usage: fromOpenAIUsage(response.usage) }
  }

  async function chatStream(req: ChatRequest, call: UpstreamCall): Promise<ChatStream> {
    const { res, clientWantsUsage } = await send(req, call, true)
    return openAIChunkStream(res, { clientWantsUsage, providerName: call.target.provider.name, signal: call.signal })
  }

  return { type: 'openai', defaultBaseUrl: 'https://api.openai.com/v1', chat, chatStream }
}
