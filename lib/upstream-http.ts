// The upstream HTTP client: one pooled undici Agent for all providers, with connect, first-byte and idle
// timeouts, cancelled by the caller's AbortSignal. Network failures become HubErrors that say what happened
// without the request, its body or its credentials.

import type { IncomingHttpHeaders } from 'node:http'
import { Agent, errors } from 'undici'
import { HubError } from './errors.ts'

export interface UpstreamResponse {
  statusCode: number
  headers: IncomingHttpHeaders
  body: Awaited<ReturnType<Agent['request']>>['body']
}

export interface UpstreamHttpOptions {
  connectTimeoutMs: number
  firstByteTimeoutMs: number
  idleTimeoutMs: number
  connections?: number
}

/** Thrown when our own caller went away (or shutdown cut the call): not an upstream failure, not an error log. */
export class UpstreamAbortedError extends HubError {
  constructor() {
    super('client_closed', 'The request was cancelled before the provider answered')
    this.name = 'UpstreamAbortedError'
  }
}

export function toUpstreamError(err: unknown, signal?: AbortSignal): Error {
  if (signal?.aborted) return new UpstreamAbortedError()
  if (err instanceof HubError) return err
  if (err instanceof errors.ConnectTimeoutError)
    return new HubError('upstream_timeout', 'Timed out connecting to the provider')
  if (err instanceof errors.HeadersTimeoutError) {
    return new HubError('upstream_timeout', 'The provider did not start answering in time')
  }
  if (err instanceof errors.BodyTimeoutError)
    return new HubError('upstream_timeout', 'The provider stopped sending data')
  const code = (err as { code?: string }).code
  const detail = code ? ` (${code})` : ''
  return new HubError('upstream_unreachable', `Could not reach the provider${detail}`)
}

export function createUpstreamHttp(opts: UpstreamHttpOptions) {
  const agent = new Agent({
    connect: { timeout: opts.connectTimeoutMs },
    headersTimeout: opts.firstByteTimeoutMs,
    bodyTimeout: opts.idleTimeoutMs,
    connections: opts.connections ?? 256,
    keepAliveTimeout: 30_000,
  })

  async function postJson(
    url: string,
    headers: Record<string, string>,
    body: string,
    signal: AbortSignal,
  ): Promise<UpstreamResponse> {
    try {
      const res = await agent.request({
        origin: new URL(url).origin,
        path: url.slice(new URL(url).origin.length),
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body,
        signal,
      })
      return { statusCode: res.statusCode, headers: res.headers as IncomingHttpHeaders, body: res.body }
    } catch (err) {
      throw toUpstreamError(err, signal)
    }
  }

  return { postJson, close: () => agent.close() }
}

export type UpstreamHttp = ReturnType<typeof createUpstreamHttp>
