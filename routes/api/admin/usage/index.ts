import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { isFullAdmin } from '../../../../lib/tokens/ceiling.ts'
import { queryDeadLetters } from '../../../../lib/usage/dead-letters.ts'
import { queryUsage } from '../../../../lib/usage/query.ts'
import { principalOf } from '../../../../plugins/app/auth.ts'
import { ref } from '../../../../schemas/ref.ts'
import { AdminUsageQuery, DeadLetterQuery, UsageDeadLetterPage, UsagePage } from '../../../../schemas/usage.ts'

const usage: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/',
    {
      config: { scope: 'admin' },
      schema: {
        operationId: 'listUsage',
        tags: ['admin: usage'],
        summary: "Usage records of every token (a limited admin: its own account's), newest first",
        querystring: AdminUsageQuery,
        response: { 200: ref(UsagePage) },
      },
    },
    async (request) => {
      const { token, ...filter } = request.query
      // Other accounts' usage is for full admins only, like their tokens.
      const principal = principalOf(request)
      const accountId = isFullAdmin(principal) ? undefined : principal.accountId
      // Read your writes: what this process metered but has not written yet goes in first.
      await app.usage.writer.flush()
      return queryUsage(app.db, { ...filter, tokenId: token, accountId })
    },
  )

  app.get(
    '/dead-letters',
    {
      config: { scope: 'admin' },
      schema: {
        operationId: 'listUsageDeadLetters',
        tags: ['admin: usage'],
        summary: 'Usage records the database refused, each with its error, newest first',
        querystring: DeadLetterQuery,
        response: { 200: ref(UsageDeadLetterPage) },
      },
    },
    async (request) => {
      // What this process has not written yet may still land here.
      await app.usage.writer.flush()
      return queryDeadLetters(app.db, request.query)
    },
  )
}

export default usage
