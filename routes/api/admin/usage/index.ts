import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { HubError } from '../../../../lib/errors.ts'
import { isFullAdmin } from '../../../../lib/tokens/ceiling.ts'
import { queryDeadLetters } from '../../../../lib/usage/dead-letters.ts'
import { queryUsage } from '../../../../lib/usage/query.ts'
import { aggregateUsage, type UsageGroup } from '../../../../lib/usage/summary.ts'
import { principalOf } from '../../../../plugins/app/auth.ts'
import { ref } from '../../../../schemas/ref.ts'
import {
  AdminUsageQuery,
  DeadLetterQuery,
  UsageDeadLetterPage,
  UsagePage,
  UsageSummary,
  UsageSummaryQuery,
} from '../../../../schemas/usage.ts'

const DAY_MS = 86_400_000

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
    '/summary',
    {
      config: { scope: 'admin' },
      schema: {
        operationId: 'summarizeUsage',
        tags: ['admin: usage'],
        summary:
          'Requests, errors, tokens, cost and latency over a period, grouped by model, provider, token, account, app, day or hour (UTC)',
        querystring: UsageSummaryQuery,
        response: { 200: ref(UsageSummary) },
      },
    },
    async (request) => {
      const { groupBy, model, token, account } = request.query
      const to = request.query.to ? new Date(request.query.to) : new Date()
      const from = request.query.from ? new Date(request.query.from) : new Date(to.getTime() - 30 * DAY_MS)
      if (from >= to) throw new HubError('validation_error', '"from" must be before "to"')
      if (groupBy === 'hour' && to.getTime() - from.getTime() > 93 * DAY_MS) {
        throw new HubError(
          'validation_error',
          'groupBy=hour covers at most 93 days; use groupBy=day for longer periods',
        )
      }
      const principal = principalOf(request)
      await app.usage.writer.flush()
      const data = await aggregateUsage(app.db, {
        groupBy: groupBy as UsageGroup,
        from,
        to,
        model,
        tokenId: token,
        // A limited admin sees its own account's usage only, as in the list.
        accountId: isFullAdmin(principal) ? account : principal.accountId,
      })
      return { groupBy, from: from.toISOString(), to: to.toISOString(), data }
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
