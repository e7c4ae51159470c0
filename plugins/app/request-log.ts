// One log line per request, written when the response is done: method, path (without its query string, which
// may carry what does not belong in logs), status, milliseconds; the request id comes with the request's
// logger. Fastify's own request logging (two lines a request) is off in serverOptions. Probes are silent.
import fp from 'fastify-plugin'

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
        const url = request.url
        const query = url.indexOf('?')
        request.log.info(
          {
            method: request.method,
            path: query === -1 ? url : url.slice(0, query),
            status: reply.statusCode,
            ms: Math.round(reply.elapsedTime * 100) / 100,
          },
          'request',
        )
      }
      done()
    })
  },
  { name: 'request-log' },
)
