// The upstream request: the client's own body, with the Hub model id replaced by the provider's name for it.
// Streams always ask for usage, so every call can be billed; the OpenAI surface hides it from clients that did not.
import type { ChatRequest, UpstreamCall } from '../types.ts'

export function endpointUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/${path}`
}

export function upstreamHeaders(call: UpstreamCall, stream: boolean): Record<string, string> {
  const headers: Record<string, string> = { accept: stream ? 'text/event-stream' : 'application/json' }
  if (call.target.credential) headers.authorization = `Bearer ${call.target.credential.apiKey}`
  return headers
}

export function chatBody(req: ChatRequest, call: UpstreamCall): string {
  const upstream: ChatRequest = { ...req, model: call.target.upstreamModel }
  if (req.stream) upstream.stream_options = { ...req.stream_options, include_usage: true }
  return JSON.stringify(upstream)
}
