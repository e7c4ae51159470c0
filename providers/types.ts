// The contract between Hub and every provider adapter. Plain TypeScript, no Fastify.
//
// OpenAI's Chat Completions shapes are the lingua franca: an adapter takes an OpenAI request and returns an
// OpenAI `chat.completion`, or streams OpenAI `chat.completion.chunk` objects (parsed, never SSE text). An
// OpenAI-compatible provider is then close to identity (the fast path), other providers translate in their own
// folder, and each client surface (OpenAI SSE, AIGNE frames) has one encoder over chunks: N + M, not N × M.
import type { Static } from '@sinclair/typebox'
import type { Part } from '../lib/multipart-body.ts'
import type { TraceHeaders } from '../lib/trace-context.ts'
import type { SpeechRequest as SpeechRequestSchema } from '../schemas/openai-audio.ts'
import type {
  ChatCompletion,
  ChatCompletionChunk,
  ChatCompletionRequest,
  CompletionUsage,
} from '../schemas/openai-chat.ts'
import type { EmbeddingRequest, EmbeddingResponse } from '../schemas/openai-embeddings.ts'
import type { ImageGenerateRequest, ImagesResponse } from '../schemas/openai-images.ts'
import type { MessagesPassthrough } from './anthropic/passthrough.ts'
import type { VideoApi } from './video-types.ts'

export type ChatRequest = Static<typeof ChatCompletionRequest>
export type ChatResponse = Static<typeof ChatCompletion>
export type ChatChunk = Static<typeof ChatCompletionChunk>
export type OpenAIUsage = Static<typeof CompletionUsage>
export type EmbeddingsRequest = Static<typeof EmbeddingRequest>
export type EmbeddingsResponse = Static<typeof EmbeddingResponse>
export type ImagesRequest = Static<typeof ImageGenerateRequest>
export type ImagesResult = Static<typeof ImagesResponse>
export type SpeechRequest = Static<typeof SpeechRequestSchema>

/** Audio (or any bytes) streamed back from the provider as it comes. */
export interface ByteStream {
  contentType: string
  body: AsyncIterable<Uint8Array>
}

/** A transcription upload: the client's form parts, streamed, with the model field set to `upstreamModel`. */
export interface TranscriptionUpload {
  parts(upstreamModel: string): AsyncIterable<Part>
}

/** An image edit form as the client sent it, read whole (images and mask are small and sent at once). */
export interface ImageEditUpload {
  /** Every field but `model`, in the client's order. */
  fields: { name: string; value: string }[]
  files: { name: string; filename: string; contentType: string; data: Buffer }[]
}

/** The provider's answer as it came (JSON or text/srt/vtt), with usage when it reported some. */
export interface TranscriptionResult {
  contentType: string
  raw: string
  usage: Usage | null
  /** Seconds of audio, when the provider reported the duration instead of tokens. */
  seconds?: number
  /** The answer had no duration (text, srt, vtt): `seconds` is estimated from it. */
  secondsEstimated?: boolean
}

/**
 * Token counts as billed. `promptTokens` is every input token, whatever the provider calls it: of those,
 * `cachedTokens` were read from its prompt cache and `cacheWriteTokens` written to it (each priced apart).
 */
export interface Usage {
  promptTokens: number
  completionTokens: number
  cachedTokens: number
  cacheWriteTokens: number
  reasoningTokens: number
}

/** Everything an adapter needs to reach one upstream model; resolved by the provider registry. */
export interface UpstreamTarget {
  /** What the client asked for, e.g. "openai/gpt-4o-mini". */
  modelId: string
  /** What the upstream calls it, e.g. "gpt-4o-mini". */
  upstreamModel: string
  provider: { id: string; name: string; type: string; baseUrl: string }
  credential: { id: string; apiKey: string } | null
}

export interface UpstreamCall {
  target: UpstreamTarget
  /** Aborted when the client goes away or the server shuts down: the adapter must abort the upstream request. */
  signal: AbortSignal
  requestId: string
  /** W3C trace context sent with every request to the provider (lib/trace-context.ts). */
  trace?: TraceHeaders | null
  /** Tells the client something about its request in `x-hub-warnings` (unsupported-params.ts). */
  warn?: (message: string) => void
}

export interface ChatResult {
  response: ChatResponse
  /** The upstream's own JSON text when it is already the answer (OpenAI-compatible providers): sent as is. */
  raw?: string
  usage: Usage | null
}

/**
 * A started stream: `chatStream` resolves only once the upstream accepted the request (2xx headers), so
 * errors before the first byte are ordinary HubErrors with an HTTP status. After that, a failure is thrown
 * from the iterator as a HubError and the surface encoder writes it as an in-stream error.
 */
export interface ChatStream extends AsyncIterable<ChatChunk> {
  /** Upstream usage, available once the iterator has finished (null if the upstream never sent it). */
  readonly usage: Usage | null
}

/** A JSON answer in OpenAI's shape, with the upstream's own text when that already is the answer. */
export interface JsonResult<T> {
  response: T
  raw?: string
  usage: Usage | null
}

export interface ProviderAdapter {
  readonly type: string
  /** The base URL used when a provider row leaves it empty (the official SDK's default). */
  readonly defaultBaseUrl: string
  chat(req: ChatRequest, call: UpstreamCall): Promise<ChatResult>
  chatStream(req: ChatRequest, call: UpstreamCall): Promise<ChatStream>
  /** Optional modalities: a provider type without one answers 400 for that endpoint. */
  embeddings?(req: EmbeddingsRequest, call: UpstreamCall): Promise<JsonResult<EmbeddingsResponse>>
  images?(req: ImagesRequest, call: UpstreamCall): Promise<JsonResult<ImagesResult>>
  imageEdit?(upload: ImageEditUpload, call: UpstreamCall): Promise<JsonResult<ImagesResult>>
  speech?(req: SpeechRequest, call: UpstreamCall): Promise<ByteStream>
  transcription?(upload: TranscriptionUpload, call: UpstreamCall): Promise<TranscriptionResult>
  /** Videos, made as jobs that Hub polls (lib/video-job.ts). */
  video?: VideoApi
  /** Anthropic Messages requests passed through unchanged (anthropic type); other types are translated. */
  messages?: MessagesPassthrough
}

export const emptyUsage = (): Usage => ({
  promptTokens: 0,
  completionTokens: 0,
  cachedTokens: 0,
  cacheWriteTokens: 0,
  reasoningTokens: 0,
})
