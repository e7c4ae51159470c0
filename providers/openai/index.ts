// The `openai` provider type: OpenAI and every API that speaks its wire format (DeepSeek, xAI, OpenRouter,
// Ollama, Doubao, Poe). Near identity, so this is the fast path: answers go back as the provider's own bytes.
import { encodeMultipart, newBoundary, type Part } from '../../lib/multipart-body.ts'
import type { UpstreamHttp } from '../../lib/upstream-http.ts'
import { readJson } from '../read-json.ts'
import type {
  ChatRequest,
  ChatResponse,
  ChatResult,
  ChatStream,
  EmbeddingsRequest,
  EmbeddingsResponse,
  ImageEditUpload,
  ImagesRequest,
  ImagesResult,
  JsonResult,
  ProviderAdapter,
  UpstreamCall,
} from '../types.ts'
import { sourceOf, upstreamError } from '../upstream-errors.ts'
import { createOpenAIAudio } from './audio.ts'
import { chatBody, endpointUrl, upstreamHeaders } from './request.ts'
import { openAIChunkStream } from './stream.ts'
import { fromImagesUsage, fromOpenAIUsage } from './usage.ts'
import { createOpenAIVideo } from './video.ts'

export function createOpenAIAdapter(http: UpstreamHttp): ProviderAdapter {
  async function post(path: string, body: string, call: UpstreamCall, stream = false) {
    const res = await http.postJson(
      endpointUrl(call.target.provider.baseUrl, path),
      upstreamHeaders(call, stream),
      body,
      call.signal,
      call.trace,
    )
    if (res.statusCode < 200 || res.statusCode >= 300) throw await upstreamError(res, call.target)
    return res
  }

  /** A JSON endpoint whose request is the client's body with the model renamed. */
  async function json<T>(path: string, req: { model: string }, call: UpstreamCall) {
    const res = await post(path, JSON.stringify({ ...req, model: call.target.upstreamModel }), call)
    return readJson<T>(res, call.target.provider.name, call.signal)
  }

  async function chat(req: ChatRequest, call: UpstreamCall): Promise<ChatResult> {
    const res = await post('chat/completions', chatBody({ ...req, stream: false }, call), call)
    const { raw, value } = await readJson<ChatResponse>(res, call.target.provider.name, call.signal)
    return { response: value, raw, usage: fromOpenAIUsage(value.usage) }
  }

  async function chatStream(req: ChatRequest, call: UpstreamCall): Promise<ChatStream> {
    const res = await post('chat/completions', chatBody(req, call), call, true)
    return openAIChunkStream(res, { ...sourceOf(call.target), signal: call.signal })
  }

  async function embeddings(req: EmbeddingsRequest, call: UpstreamCall): Promise<JsonResult<EmbeddingsResponse>> {
    const { raw, value } = await json<EmbeddingsResponse>('embeddings', req, call)
    // An API that reports no usage (some OpenAI-compatible servers) leaves it to the meter's estimate.
    const usage = value.usage
      ? fromOpenAIUsage({ prompt_tokens: value.usage.prompt_tokens ?? 0, completion_tokens: 0, total_tokens: 0 })
      : null
    return { response: value, raw, usage }
  }

  async function images(req: ImagesRequest, call: UpstreamCall): Promise<JsonResult<ImagesResult>> {
    const { raw, value } = await json<ImagesResult>('images/generations', req, call)
    return { response: value, raw, usage: fromImagesUsage(value.usage) }
  }

  /** Image edits: the client's form as it came, the model renamed, sent in one go. */
  async function imageEdit(upload: ImageEditUpload, call: UpstreamCall): Promise<JsonResult<ImagesResult>> {
    async function* parts(): AsyncGenerator<Part> {
      yield { name: 'model', value: call.target.upstreamModel }
      yield* upload.fields
      for (const file of upload.files) {
        yield {
          ...file,
          data: (async function* () {
            yield file.data
          })(),
        }
      }
    }
    const boundary = newBoundary()
    const res = await http.post(
      endpointUrl(call.target.provider.baseUrl, 'images/edits'),
      { ...upstreamHeaders(call, false), 'content-type': `multipart/form-data; boundary=${boundary}` },
      encodeMultipart(boundary, parts()),
      call.signal,
      call.trace,
    )
    if (res.statusCode < 200 || res.statusCode >= 300) throw await upstreamError(res, call.target)
    const { raw, value } = await readJson<ImagesResult>(res, call.target.provider.name, call.signal)
    return { response: value, raw, usage: fromImagesUsage(value.usage) }
  }

  return {
    type: 'openai',
    defaultBaseUrl: 'https://api.openai.com/v1',
    chat,
    chatStream,
    embeddings,
    images,
    imageEdit,
    video: createOpenAIVideo(http),
    ...createOpenAIAudio(http),
  }
}
