// W3C Trace Context (https://www.w3.org/TR/trace-context/): the `traceparent` a client sent, checked, or one Hub
// starts, so the provider call and Hub's log line share a trace id. Hub creates no span of its own: a valid
// incoming traceparent is forwarded as it came (with its tracestate); an invalid one is dropped, never forwarded.
import { randomHex } from './random-bytes.ts'

/** The headers sent upstream: traceparent, and tracestate when the client sent a usable one. */
export interface TraceHeaders {
  traceparent: string
  tracestate?: string
}

export interface TraceContext {
  traceId: string
  headers: TraceHeaders
}

// Version 00 only: lowercase hex, a trace id and a parent id that are not all zeros, two hex digits of flags.
const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}$/
const ZERO_TRACE = '0'.repeat(32)
const ZERO_PARENT = '0'.repeat(16)
/** The spec's 32 list members of at most 256 characters are far more than any real tracestate; 512 is plenty. */
const MAX_TRACESTATE = 512
/** Printable ASCII without control characters: what may go into an HTTP header as is. */
const TRACESTATE = /^[\x20-\x7e]*$/

/** The client's trace context, or null when it sent none or an invalid one. */
export function parseTraceContext(traceparent: unknown, tracestate: unknown): TraceContext | null {
  if (typeof traceparent !== 'string') return null
  const m = TRACEPARENT.exec(traceparent)
  if (!m || m[1] === ZERO_TRACE || m[2] === ZERO_PARENT) return null
  const headers: TraceHeaders = { traceparent }
  const state = typeof tracestate === 'string' ? tracestate.trim() : ''
  if (state !== '' && state.length <= MAX_TRACESTATE && TRACESTATE.test(state)) headers.tracestate = state
  return { traceId: m[1], headers }
}

/** A new trace, sampled: its id is random, as the spec asks, so it cannot collide with another one. */
export function startTrace(): TraceContext {
  const traceId = randomHex(16)
  const parentId = randomHex(8)
  return { traceId, headers: { traceparent: `00-${traceId}-${parentId}-01` } }
}

/** The request's trace: the client's, or one started now (once) for its provider call. */
export function traceOf(request: { trace: TraceContext | null }): TraceContext {
  request.trace ??= startTrace()
  return request.trace
}

/** A client span around one request to a provider (OpenTelemetry, when configured). */
export interface UpstreamSpan {
  /** The trace headers to send: the span's own context, child of the call's. */
  headers: TraceHeaders
  end(status: number | null, err?: unknown): void
}

export interface UpstreamTracer {
  attempt(method: string, url: string, parent: TraceHeaders | null | undefined): UpstreamSpan
}
