// Every response names its request id, so a user can quote it and an operator can find it in the logs.
import fp from 'fastify-plugin'

export default fp(
  async (app) => {
    // Callback style: an async hook costs a promise per request on the hot path.
    app.addHook('onRequest', (request, reply, done) => {
      reply.header('x-request-id', request.id)
      done()
    })
  },
  { name: 'request-id' },
)
