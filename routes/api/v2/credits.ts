import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { ownCreditsView } from '../../../lib/views/own-credits.ts'
import { principalOf } from '../../../plugins/app/auth.ts'
import { OwnCredits } from '../../../schemas/credits.ts'
import { ref } from '../../../schemas/ref.ts'

const credits: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/credits',
    {
      // The caller's own spending, like its own usage records.
      config: { scope: 'usage' },
      schema: {
        operationId: 'getOwnCredits',
        tags: ['usage'],
        summary:
          "The caller's billing mode, live balance, open grants, budgets and rate limits as they stand, and latest charges",
        response: { 200: ref(OwnCredits) },
      },
    },
    async (request) => {
      const principal = principalOf(request)
      const [state, grants, charges] = await Promise.all([
        app.spend.state(principal),
        app.credits.openGrants(principal.accountId),
        app.credits.entries(principal.accountId, { limit: 20, kind: 'charge' }),
      ])
      return ownCreditsView(state, grants, charges.data)
    },
  )
}

export default credits
