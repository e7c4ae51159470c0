// OpenTelemetry (OTEL_EXPORTER_OTLP_ENDPOINT set): a server span per request, child of the client's valid
// traceparent, which becomes the request's trace, so provider calls (a client span each, lib/upstream-http.ts)
// are its children. Unset: `app.tracing` is null and the SDK is never imported.
import fp from 'fastify-plugin'
import { ConfigError } from '../../lib/config.ts'
// Names the SDK's types only: the SDK itself is imported by startTracing.
import { OTEL_PACKAGES, type ServerSpan, startTracing, type Tracing } from '../../lib/otel/tracing.ts'

declare module 'fastify' {
  interface FastifyInstance {
    tracing: Tracing | null
  }
  interface FastifyRequest {
    serverSpan: ServerSpan | null
  }
}

export default fp(
  async (app) => {
    const endpoint = app.config.OTEL_EXPORTER_OTLP_ENDPOINT
    if (!endpoint) {
      app.decorate('tracing', null)
      return
    }
    let tracing: Tracing
    try {
      tracing = await startTracing(endpoint, app.config.OTEL_SERVICE_NAME)
    } catch (err) {
      if ((err as { code?: string }).code !== 'ERR_MODULE_NOT_FOUND') throw err
      throw new ConfigError(
        `OTEL_EXPORTER_OTLP_ENDPOINT is set but the OpenTelemetry SDK is not installed: npm install ${OTEL_PACKAGES.join(' ')}`,
      )
    }
    app.decorate('tracing', tracing)
    app.decorateRequest('serverSpan', null)
    // Callback style, after the trace plugin read the client's traceparent.
    app.addHook('onRequest', (request, _reply, done) => {
      const span = tracing.server(request.method, request.routeOptions.url, request.trace)
      request.serverSpan = span
      request.trace = span.trace
      done()
    })
    app.addHook('onResponse', (request, reply, done) => {
      request.serverSpan?.end(reply.statusCode)
      done()
    })
    app.addHook('onClose', () => tracing.shutdown())
  },
  { name: 'tracing', dependencies: ['config', 'trace'] },
)
