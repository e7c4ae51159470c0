import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { HubError } from '../lib/errors.ts'
import { ref } from '../schemas/ref.ts'
import { Health } from '../schemas/status.ts'

const health: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/health',
    {
      config: { public: true, silent: true },
      schema: { operationId: 'health', tags: ['ops'], summary: 'The process is up', response: { 200: ref(Health) } },
    },
    async () => ({ status: 'ok' }),
  )

  app.get(
    '/ready',
    {
      config: { public: true, silent: true },
      schema: {
        operationId: 'ready',
        tags: ['ops'],
        summary: 'The database is reachable and usage records are being written',
        response: { 200: ref(Health) },
      },
    },
    async () => {
      if (!(await app.database.ping())) throw new HubError('unavailable', 'The database is not reachable')
      const usage = app.usage.writer.state()
      if (!usage.writable) {
        // Reachable again: try now rather than at the end of the backoff, so the next probe can pass.
        void app.usage.writer.flush()
        throw new HubError('unavailable', `Usage records cannot be written yet (${usage.pending} waiting)`)
      }
      return { status: 'ready' }
    },
  )
}

export default health
