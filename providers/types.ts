// The contract between Hub and every provider adapter. Plain TypeScript, no Fastify.
//
// OpenAI's Chat Completions shapes are the lingua franca: an adapter takes an OpenAI request and returns an
// OpenAI `chat.completion`, or streams typed parts (lib/stream-parts/types.ts: text, reasoning, tool calls,
// usage, finish, error), never SSE text. An OpenAI-compatible provider is then close to identity (the fast path),
// other providers translate in their own folder, and each client surface (OpenAI SSE, AIGNE frames, Messages and
// Responses events) has one encoder over parts: N + M, not N × M.
import type { Static } from '@sinclair/typebox'
import type { Part } from '../lib/multipart-body.ts'
import type { StreamPart } from '../lib/stream-parts/types.ts'
import type { TraceHeaders } from '../lib/trace-context.ts'
import type { Usage } from '../lib/usage/counts.ts'
import type { SpeechRequest as SpeechRequestSchema } from '../schemas/openai-audio.ts'
import type { ChatCompletion, ChatCompletionRequest, CompletionUsage } from '../schemas/openai-chat.ts'
import type { EmbeddingRequest, EmbeddingResponse } from '../schemas/openai-embeddings.ts'
import type { ImageGenerateRequest, ImagesResponse } from '../schemas/openai-images.ts'
import type { MessagesPassthrough } from './anthropic/passthrough.ts'
import type { VideoApi } from './video-types.ts'

export type { Usage }
export type ChatRequest = Static<typeof ChatCompletionRequest>
export type ChatResponse = Static<typeof ChatCompletion>
export type { ChatChunk } from '../lib/stream-parts/types.ts'
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
 * errors before the first byte are ordinary HubErrors with an HTTP status. After that, a failure is the
 * stream's last part (`error`), which the surface encoder writes as an in-stream error. Usage comes as a
 * `usage` part, only once the upstream sent it (translating adapters: once the stream completed).
 */
export type ChatStream = AsyncIterable<StreamPart>

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
