// W3C trace context: a valid `traceparent` (and `tracestate`) from the client is kept on the request and sent with
// its provider calls; an invalid one is dropped. Without one, a trace is started only when a provider is called
// (lib/trace-context.ts traceOf), so the upstream and the request's log line share its id.
import fp from 'fastify-plugin'
import { parseTraceContext, type TraceContext } from '../../lib/trace-context.ts'

declare module 'fastify' {
  interface FastifyRequest {
    trace: TraceContext | null
  }
}

export default fp(
  async (app) => {
    app.decorateRequest('trace', null)
    // Callback style: an async hook costs a promise per request on the hot path.
    app.addHook('onRequest', (request, _reply, done) => {
      const traceparent = request.headers.traceparent
      if (traceparent !== undefined) request.trace = parseTraceContext(traceparent, request.headers.tracestate)
      done()
    })
  },
  { name: 'trace' },
)
