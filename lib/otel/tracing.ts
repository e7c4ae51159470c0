// OpenTelemetry traces with the official SDK, for when OTEL_EXPORTER_OTLP_ENDPOINT is set: a server span per
// request and a client span per request to a provider, exported over OTLP/HTTP. The SDK packages are imported
// here, at start, and only then: without the setting nothing of them is loaded (they are not runtime
// dependencies; README "Tracing" says what to install).
import type { Span, SpanContext } from '@opentelemetry/api'
import type { TraceContext, TraceHeaders, UpstreamTracer } from '../trace-context.ts'

export interface ServerSpan {
  /** The request's trace as its provider calls carry it: the server span is their parent. */
  trace: TraceContext
  end(status: number): void
}

export interface Tracing {
  server(method: string, route: string | undefined, parent: TraceContext | null): ServerSpan
  upstream: UpstreamTracer
  /** Exports the finished spans now. */
  flush(): Promise<void>
  /** Exports what is left and stops. */
  shutdown(): Promise<void>
}

/** The packages to install for tracing, pinned to the versions that run on Node 20. */
export const OTEL_PACKAGES = [
  '@opentelemetry/api@^1.9.0',
  '@opentelemetry/sdk-trace-base@2.2.0',
  '@opentelemetry/exporter-trace-otlp-http@0.208.0',
  '@opentelemetry/resources@2.2.0',
]

const PARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/

export async function startTracing(endpoint: string, serviceName: string): Promise<Tracing> {
  const [api, sdk, otlp, resources] = await Promise.all([
    import('@opentelemetry/api'),
    import('@opentelemetry/sdk-trace-base'),
    import('@opentelemetry/exporter-trace-otlp-http'),
    import('@opentelemetry/resources'),
  ])
  const exporter = new otlp.OTLPTraceExporter({ url: `${endpoint.replace(/\/+$/, '')}/v1/traces` })
  const provider = new sdk.BasicTracerProvider({
    resource: resources.resourceFromAttributes({ 'service.name': serviceName }),
    spanProcessors: [new sdk.BatchSpanProcessor(exporter)],
  })
  const tracer = provider.getTracer('hub')

  /** The parent context a traceparent names (already validated by lib/trace-context.ts). */
  const contextOf = (headers: TraceHeaders | null | undefined) => {
    const m = headers ? PARENT.exec(headers.traceparent) : null
    if (!m || !headers) return api.ROOT_CONTEXT
    const parent: SpanContext = {
      traceId: m[1],
      spanId: m[2],
      traceFlags: Number.parseInt(m[3], 16),
      isRemote: true,
      traceState: headers.tracestate ? api.createTraceState(headers.tracestate) : undefined,
    }
    return api.trace.setSpanContext(api.ROOT_CONTEXT, parent)
  }
  const headersOf = (span: Span, parent: TraceHeaders | null | undefined): TraceHeaders => {
    const { traceId, spanId, traceFlags } = span.spanContext()
    const traceparent = `00-${traceId}-${spanId}-${traceFlags.toString(16).padStart(2, '0')}`
    return parent?.tracestate ? { traceparent, tracestate: parent.tracestate } : { traceparent }
  }

  return {
    server(method, route, parent) {
      const attributes = route
        ? { 'http.request.method': method, 'http.route': route }
        : { 'http.request.method': method }
      const name = route ? `${method} ${route}` : method
      const span = tracer.startSpan(name, { kind: api.SpanKind.SERVER, attributes }, contextOf(parent?.headers))
      const headers = headersOf(span, parent?.headers)
      return {
        trace: { traceId: span.spanContext().traceId, headers },
        end(status) {
          span.setAttribute('http.response.status_code', status)
          if (status >= 500) span.setStatus({ code: api.SpanStatusCode.ERROR })
          span.end()
        },
      }
    },
    upstream: {
      attempt(method, url, parent) {
        const { host, pathname } = new URL(url)
        const span = tracer.startSpan(
          method,
          { kind: api.SpanKind.CLIENT, attributes: { 'http.request.method': method, 'server.address': host } },
          contextOf(parent),
        )
        // The path names the model (and the operation); the query, which may hold a key, is left out.
        span.setAttribute('url.path', pathname)
        return {
          headers: headersOf(span, parent),
          end(status, err) {
            if (status !== null) span.setAttribute('http.response.status_code', status)
            if (err !== undefined || (status !== null && status >= 400))
              span.setStatus({ code: api.SpanStatusCode.ERROR })
            span.end()
          },
        }
      },
    },
    flush: () => provider.forceFlush(),
    shutdown: () => provider.shutdown(),
  }
}
