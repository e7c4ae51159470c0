import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { ref } from '../../../schemas/ref.ts'
import { ServiceStatus } from '../../../schemas/status.ts'

const status: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/status',
    {
      config: { public: true },
      schema: {
        operationId: 'getStatus',
        tags: ['status'],
        summary: 'Whether Hub can serve model calls, as AIGNE Hub answers it',
        response: { 200: ref(ServiceStatus) },
      },
    },
    async () => {
      const database = await app.database.ping()
      const { providers, models } = app.providers.stats()
      return { available: database && models > 0, database, providers, models }
    },
  )
}

export default status
