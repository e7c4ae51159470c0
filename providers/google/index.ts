// The `google` provider type: Gemini through the Gemini API (generateContent), translated to and from OpenAI's format.
import { HubError } from '../../lib/errors.ts'
import { toUpstreamError, type UpstreamHttp } from '../../lib/upstream-http.ts'
import {
  type ChatRequest,
  type ChatResult,
  type ChatStream,
  emptyUsage,
  type ProviderAdapter,
  type UpstreamCall,
} from '../types.ts'
import { upstreamError } from '../upstream-errors.ts'
import { createGoogleEmbeddings } from './embeddings.ts'
import { generateBody, generateUrl, googleHeaders } from './request.ts'
import { fromGeminiUsage, type GeminiResponse, toChatCompletion } from './response.ts'
import { googleChunkStream } from './stream.ts'

export function createGoogleAdapter(http: UpstreamHttp): ProviderAdapter {
  async function send(req: ChatRequest, call: UpstreamCall, stream: boolean) {
    const res = await http.postJson(
      generateUrl(call.target.provider.baseUrl, call.target.upstreamModel, stream),
      googleHeaders(call, stream),
      generateBody(req),
      call.signal,
    )
    if (res.statusCode < 200 || res.statusCode >= 300) throw await upstreamError(res, call.target.provider.name)
    return res
  }

  async function chat(req: ChatRequest, call: UpstreamCall): Promise<ChatResult> {
    const res = await send(req, call, false)
    let response: GeminiResponse
    try {
      response = (await res.body.json()) as GeminiResponse
    } catch (err) {
      if (call.signal.aborted || !(err instanceof SyntaxError)) throw toUpstreamError(err, call.signal)
      throw new HubError('upstream_error', `Provider "${call.target.provider.name}" answered with invalid JSON`)
    }
    const usage = response.usageMetadata ? fromGeminiUsage(response.usageMetadata) : null
    return {
      response: toChatCompletion(response, call.target.upstreamModel, usage ?? emptyUsage()),
      usage,
    }
  }

  async function chatStream(req: ChatRequest, call: UpstreamCall): Promise<ChatStream> {
    const res = await send(req, call, true)
    return googleChunkStream(res, {
      clientWantsUsage: req.stream_options?.include_usage === true,
      providerName: call.target.provider.name,
      signal: call.signal,
      model: call.target.upstreamModel,
    })
  }

  return {
    type: 'google',
    defaultBaseUrl: 'https://generativelanguage.googleapis.com',
    chat,
    chatStream,
    embeddings: createGoogleEmbeddings(http),
  }
}
