// Every response names its request id, so a user can quote it and an operator can find it in the logs.
import fp from 'fastify-plugin'

export default fp(
  async (app) => {
    app.addHook('onRequest', async (request, reply) => {
      reply.header('x-request-id', request.id)
    })
  },
  { name: 'request-id' },
)
