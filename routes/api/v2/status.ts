import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyRequest } from 'fastify'
import { modelAllowed } from '../../../lib/model-pattern.ts'
import { spendUnavailable } from '../../../lib/spend/availability.ts'
import type { Principal } from '../../../lib/tokens/principal.ts'
import { authFailure, headerFailure } from '../../../plugins/app/auth.ts'
import { ref } from '../../../schemas/ref.ts'
import { ServiceStatus, StatusQuery } from '../../../schemas/status.ts'

const status: FastifyPluginAsyncTypebox = async (app) => {
  /** Public route: a token is optional, but one that is sent must be valid. */
  async function caller(request: FastifyRequest): Promise<Principal | null> {
    const header = request.headers.authorization
    if (header === undefined) return null
    const match = /^bearer (\S+)$/i.exec(header.trim())
    if (!match) throw headerFailure(request)
    const result = await app.tokens.verify(match[1])
    if (!result.ok) throw authFailure(result.reason)
    return result.principal
  }

  /** Whether this caller can call that model now, and why not. */
  async function forModel(request: FastifyRequest, model: string) {
    const principal = await caller(request)
    if (!app.providers.catalogue().some((m) => m.id === model)) {
      return { reason: 'model_not_found', message: `Model "${model}" does not exist or is not enabled` }
    }
    if (!principal) return null
    if (!modelAllowed(principal.models, model)) {
      return { reason: 'model_not_allowed', message: `This token may not use model "${model}"` }
    }
    return spendUnavailable(await app.spend.state(principal))
  }

  app.get(
    '/status',
    {
      config: { public: true },
      schema: {
        operationId: 'getStatus',
        tags: ['status'],
        summary:
          'Whether Hub can serve model calls, as AIGNE Hub answers it; with ?model= (and a token) whether this caller can call that model now',
        querystring: StatusQuery,
        response: { 200: ref(ServiceStatus) },
      },
    },
    async (request) => {
      const database = await app.database.ping()
      const { providers, models } = app.providers.stats()
      const service = { available: database && models > 0, database, providers, models }
      const model = request.query.model
      if (model === undefined || !service.available) return service
      const refusal = await forModel(request, model)
      return refusal ? { ...service, available: false, model, ...refusal } : { ...service, model }
    },
  )
}

export default status
