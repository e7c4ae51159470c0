// GET /api/admin/usage.csv: the usage list's records, with its filters, as a CSV download streamed page by page.
import { Readable } from 'node:stream'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { isFullAdmin } from '../../../lib/tokens/ceiling.ts'
import { usageCsv } from '../../../lib/usage/csv.ts'
import { principalOf } from '../../../plugins/app/auth.ts'
import { UsageExportQuery } from '../../../schemas/usage.ts'

const usageCsvRoute: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/usage.csv',
    {
      config: { scope: 'admin' },
      schema: {
        operationId: 'exportUsageCsv',
        tags: ['admin: usage'],
        summary: 'Usage records as CSV (the list filters; a limited admin: its own account), newest first, streamed',
        querystring: UsageExportQuery,
        response: {
          200: {
            description: 'One header line, then one line per usage record (RFC 4180)',
            content: { 'text/csv': { schema: { type: 'string' } } },
          },
        },
      },
    },
    async (request, reply) => {
      const { token, ...filter } = request.query
      const principal = principalOf(request)
      const accountId = isFullAdmin(principal) ? undefined : principal.accountId
      await app.usage.writer.flush()
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="hub-usage.csv"')
        .header('cache-control', 'no-store')
        .send(Readable.from(usageCsv(app.db, { ...filter, tokenId: token, accountId })))
    },
  )
}

export default usageCsvRoute
