// One log line per request, written when the response is done: method, URL (the query's names without their
// values, and a token pasted into the path redacted: either may carry a secret), status, milliseconds; the request
// id comes with the request's
// logger. Fastify's own request logging (two lines a request) is off in serverOptions. Probes are silent.
import fp from 'fastify-plugin'
import { loggableUrl } from '../../lib/url-credentials.ts'

declare module 'fastify' {
  interface FastifyContextConfig {
    /** No request log line (health and readiness probes, called every few seconds). */
    silent?: boolean
  }
}

export default fp(
  async (app) => {
    // Callback style: an async hook costs a promise per request on the hot path.
    app.addHook('onResponse', (request, reply, done) => {
      if (request.routeOptions.config.silent !== true) {
        request.log.info(
          {
            method: request.method,
            url: loggableUrl(request.url),
            status: reply.statusCode,
            ms: Math.round(reply.elapsedTime * 100) / 100,
            // The W3C trace id the provider call carried (or the client's): absent when there was neither.
            traceId: request.trace?.traceId,
          },
          'request',
        )
      }
      done()
    })
  },
  { name: 'request-log' },
)
