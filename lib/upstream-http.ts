// The upstream HTTP client: one pooled undici Agent for all providers, with connect, first-byte and idle
// timeouts, cancelled by the caller's AbortSignal. Network failures become HubErrors that say what happened
// without the request, its body or its credentials.

import type { IncomingHttpHeaders } from 'node:http'
import { Readable } from 'node:stream'
import { Agent, type Dispatcher, errors } from 'undici'
import { HubError } from './errors.ts'
import type { TraceHeaders, UpstreamTracer } from './trace-context.ts'
import { UpstreamResponseBody } from './upstream-response-body.ts'
import { splitUrl } from './url-origin.ts'

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
  /** OpenTelemetry, when configured: a client span around each request. */
  tracer?: UpstreamTracer | null
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
   * (see upstream-response-body.ts). `trace` (the call's W3C trace context) is added here, after any signing: SigV4
   * signs only the headers it names.
   */
  function send(
    method: 'GET' | 'POST',
    url: string,
    adapterHeaders: Record<string, string>,
    body: string | AsyncIterable<Uint8Array> | null,
    signal: AbortSignal,
    trace?: TraceHeaders | null,
  ): Promise<UpstreamResponse> {
    if (signal.aborted) return Promise.reject(new UpstreamAbortedError())
    const span = opts.tracer?.attempt(method, url, trace)
    const sent = span ? span.headers : trace
    const headers = sent ? { ...adapterHeaders, ...sent } : adapterHeaders
    const { origin, path } = splitUrl(url)
    const payload = body === null || typeof body === 'string' ? body : Readable.from(body, { objectMode: false })
    return new Promise((resolve, reject) => {
      const responseBody = new UpstreamResponseBody()
      let controller: Dispatcher.DispatchController | null = null
      let started = false
      let status: number | null = null
      const onAbort = () => controller?.abort(signal.reason ?? new Error('aborted'))
      signal.addEventListener('abort', onAbort, { once: true })
      const done = () => signal.removeEventListener('abort', onAbort)
      agent.dispatch(
        { origin, path, method, headers, body: payload },
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
            status = statusCode
            resolve({ statusCode, headers: responseHeaders as IncomingHttpHeaders, body: responseBody, limits })
          },
          onResponseData(_ctrl, chunk) {
            responseBody.push(chunk)
          },
          onResponseEnd() {
            done()
            span?.end(status)
            responseBody.end()
          },
          onResponseError(_ctrl, err) {
            done()
            span?.end(status, err)
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
    trace?: TraceHeaders | null,
  ) => send('POST', url, headers, body, signal, trace)

  const postJson = (
    url: string,
    headers: Record<string, string>,
    body: string,
    signal: AbortSignal,
    trace?: TraceHeaders | null,
  ) => post(url, { 'content-type': 'application/json', ...headers }, body, signal, trace)

  /** GETs what a provider's answer points at (an image it hosts). */
  const get = (url: string, headers: Record<string, string>, signal: AbortSignal, trace?: TraceHeaders | null) =>
    send('GET', url, headers, null, signal, trace)

  return { post, postJson, get, close: () => agent.close() }
}

export type UpstreamHttp = ReturnType<typeof createUpstreamHttp>
