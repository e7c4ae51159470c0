// The upstream HTTP client: one pooled undici Agent for all providers, with connect, first-byte and idle
// timeouts, cancelled by the caller's AbortSignal. Network failures become HubErrors that say what happened
// without the request, its body or its credentials.

import type { IncomingHttpHeaders } from 'node:http'
import { Readable } from 'node:stream'
import { Agent, type Dispatcher, errors } from 'undici'
import { HubError } from './errors.ts'
import { UpstreamResponseBody } from './upstream-response-body.ts'

/** How much of a provider's answer Hub reads into memory: a whole non-streamed body, one event of a stream. */
export interface UpstreamLimits {
  responseBytes: number
  eventBytes: number
}

export interface UpstreamResponse {
  statusCode: number
  headers: IncomingHttpHeaders
  body: UpstreamResponseBody
  limits: UpstreamLimits
}

export interface UpstreamHttpOptions {
  connectTimeoutMs: number
  firstByteTimeoutMs: number
  idleTimeoutMs: number
  connections?: number
  limits?: Partial<UpstreamLimits>
}

const defaultLimits: UpstreamLimits = { responseBytes: 64 * 1024 * 1024, eventBytes: 4 * 1024 * 1024 }

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
  const limits: UpstreamLimits = { ...defaultLimits, ...opts.limits }

  /**
   * Sends a request, with undici's dispatch and a handler object: no Readable per response and no promise per chunk
   * (see upstream-response-body.ts).
   */
  function send(
    method: 'GET' | 'POST',
    url: string,
    headers: Record<string, string>,
    body: string | AsyncIterable<Uint8Array> | null,
    signal: AbortSignal,
  ): Promise<UpstreamResponse> {
    if (signal.aborted) return Promise.reject(new UpstreamAbortedError())
    const { origin } = new URL(url)
    const payload = body === null || typeof body === 'string' ? body : Readable.from(body, { objectMode: false })
    return new Promise((resolve, reject) => {
      const responseBody = new UpstreamResponseBody()
      let controller: Dispatcher.DispatchController | null = null
      let started = false
      const onAbort = () => controller?.abort(signal.reason ?? new Error('aborted'))
      signal.addEventListener('abort', onAbort, { once: true })
      const done = () => signal.removeEventListener('abort', onAbort)
      agent.dispatch(
        { origin, path: url.slice(origin.length), method, headers, body: payload },
        {
          onRequestStart(ctrl) {
            controller = ctrl
            responseBody.attach(ctrl)
            if (signal.aborted) ctrl.abort(signal.reason ?? new Error('aborted'))
          },
          onResponseStart(_ctrl, statusCode, responseHeaders) {
            // 1xx informational answers come before the real one.
            if (statusCode < 200) return
            started = true
            resolve({ statusCode, headers: responseHeaders as IncomingHttpHeaders, body: responseBody, limits })
          },
          onResponseData(_ctrl, chunk) {
            responseBody.push(chunk)
          },
          onResponseEnd() {
            done()
            responseBody.end()
          },
          onResponseError(_ctrl, err) {
            done()
            if (started) responseBody.error(toUpstreamError(err, signal))
            else reject(toUpstreamError(err, signal))
          },
        },
      )
    })
  }

  /** POSTs any body (a string, or a stream for uploads); `headers` must carry its content-type. */
  const post = (
    url: string,
    headers: Record<string, string>,
    body: string | AsyncIterable<Uint8Array>,
    signal: AbortSignal,
  ) => send('POST', url, headers, body, signal)

  const postJson = (url: string, headers: Record<string, string>, body: string, signal: AbortSignal) =>
    post(url, { 'content-type': 'application/json', ...headers }, body, signal)

  /** GETs what a provider's answer points at (an image it hosts). */
  const get = (url: string, headers: Record<string, string>, signal: AbortSignal) =>
    send('GET', url, headers, null, signal)

  return { post, postJson, get, close: () => agent.close() }
}

export type UpstreamHttp = ReturnType<typeof createUpstreamHttp>
