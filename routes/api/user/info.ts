import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { userInfoView } from '../../../lib/views/own-credits.ts'
import { principalOf } from '../../../plugins/app/auth.ts'
import { AigneUserInfo } from '../../../schemas/credits.ts'
import { ref } from '../../../schemas/ref.ts'

const userInfo: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/info',
    {
      // The caller's own spending, like its own usage records.
      config: { scope: 'usage' },
      schema: {
        operationId: 'getAigneUserInfo',
        tags: ['aigne'],
        summary: "AIGNE Hub's user info for the `aigne` CLI: the account and its credit balance (USD)",
        response: { 200: ref(AigneUserInfo) },
      },
    },
    async (request) => {
      const principal = principalOf(request)
      const [account, state, ledger, grants] = await Promise.all([
        app.accounts.find(principal.accountId),
        app.spend.state(principal),
        app.credits.ledgerTotals(principal.accountId),
        app.credits.openGrants(principal.accountId),
      ])
      return userInfoView({ account, state, ledger, openGrants: grants.length })
    },
  )
}

export default userInfo
