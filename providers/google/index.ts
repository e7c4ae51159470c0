// The `google` provider type: Gemini through the Gemini API (generateContent), translated to and from OpenAI's format.
import type { UpstreamHttp } from '../../lib/upstream-http.ts'
import { readJson } from '../read-json.ts'
import type { ChatRequest, ChatResult, ChatStream, ProviderAdapter, UpstreamCall } from '../types.ts'
import { warnUnsupported } from '../unsupported-params.ts'
import { sourceOf, upstreamError } from '../upstream-errors.ts'
import { createGoogleEmbeddings } from './embeddings.ts'
import { createGoogleImages } from './images.ts'
import { generateBody, generateUrl, googleHeaders } from './request.ts'
import { fromGeminiUsage, type GeminiResponse, toChatCompletion } from './response.ts'
import { googleChunkStream } from './stream.ts'

export function createGoogleAdapter(http: UpstreamHttp): ProviderAdapter {
  async function send(req: ChatRequest, call: UpstreamCall, stream: boolean) {
    warnUnsupported(req, call, ['logit_bias', 'logprobs', 'top_logprobs'], 'Gemini')
    const res = await http.postJson(
      generateUrl(call.target.provider.baseUrl, call.target.upstreamModel, stream),
      googleHeaders(call, stream),
      generateBody(req),
      call.signal,
      call.trace,
    )
    if (res.statusCode < 200 || res.statusCode >= 300) throw await upstreamError(res, call.target)
    return res
  }

  async function chat(req: ChatRequest, call: UpstreamCall): Promise<ChatResult> {
    const res = await send(req, call, false)
    const { value: response } = await readJson<GeminiResponse>(res, call.target.provider.name, call.signal)
    const usage = response.usageMetadata ? fromGeminiUsage(response.usageMetadata) : null
    return {
      response: toChatCompletion(response, call.target.upstreamModel, usage),
      usage,
    }
  }

  async function chatStream(req: ChatRequest, call: UpstreamCall): Promise<ChatStream> {
    const res = await send(req, call, true)
    return googleChunkStream(res, {
      ...sourceOf(call.target),
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
    images: createGoogleImages(http),
  }
}
