import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { queryUsage } from '../../../lib/usage/query.ts'
import { principalOf } from '../../../plugins/app/auth.ts'
import { ref } from '../../../schemas/ref.ts'
import { UsagePage, UsageQuery } from '../../../schemas/usage.ts'

const usage: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/usage',
    {
      config: { scope: 'usage' },
      schema: {
        operationId: 'getOwnUsage',
        tags: ['usage'],
        summary: "The calling token's own usage records, newest first",
        querystring: UsageQuery,
        response: { 200: ref(UsagePage) },
      },
    },
    async (request) => {
      await app.usage.writer.flush()
      return queryUsage(app.db, { ...request.query, tokenId: principalOf(request).tokenId })
    },
  )
}

export default usage
