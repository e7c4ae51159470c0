// An account's credits: grants, refunds and adjustments (full admin only, audited), the grants and the ledger.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { parseFutureDate } from '../../../../lib/future-date.ts'
import { usdToE10 } from '../../../../lib/money.ts'
import { grantView, ledgerView } from '../../../../lib/views/credits.ts'
import { actorOf } from '../../../../plugins/app/audit.ts'
import {
  CreditAdjustmentBody,
  CreditGrant,
  CreditGrantBody,
  CreditGrantPage,
  CreditLedgerEntry,
  CreditLedgerPage,
  LedgerQuery,
} from '../../../../schemas/credits.ts'
import { IdParams, PageQuery } from '../../../../schemas/pagination.ts'
import { ref } from '../../../../schemas/ref.ts'

const admin = { scope: 'admin' } as const
const tags = ['admin: credits']

const credits: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/:id/credits/grants',
    {
      config: admin,
      schema: {
        operationId: 'grantCredits',
        tags,
        summary: 'Grant credits to an account (full admin only): a grant and its ledger entry, audited',
        params: IdParams,
        body: ref(CreditGrantBody),
        response: { 201: ref(CreditGrant) },
      },
    },
    async (request, reply) => {
      const { amount, expiresAt, note } = request.body
      const input = { amount: usdToE10(amount), expiresAt: parseFutureDate(expiresAt) ?? null, note: note ?? null }
      const { grant } = await app.credits.grant(request.params.id, input, actorOf(request))
      return reply.code(201).send(grantView(grant))
    },
  )

  app.get(
    '/:id/credits/grants',
    {
      config: admin,
      schema: {
        operationId: 'listCreditGrants',
        tags,
        summary: "An account's credit grants, newest first (cursor pagination)",
        params: IdParams,
        querystring: PageQuery,
        response: { 200: ref(CreditGrantPage) },
      },
    },
    async (request) => app.credits.grants(request.params.id, request.query, actorOf(request)),
  )

  app.get(
    '/:id/credits/ledger',
    {
      config: admin,
      schema: {
        operationId: 'listCreditLedger',
        tags,
        summary: "An account's credit ledger, newest first (cursor pagination): the balance is its sum",
        params: IdParams,
        querystring: LedgerQuery,
        response: { 200: ref(CreditLedgerPage) },
      },
    },
    async (request) => app.credits.ledger(request.params.id, request.query, actorOf(request)),
  )

  app.post(
    '/:id/credits/adjustments',
    {
      config: admin,
      schema: {
        operationId: 'adjustCredits',
        tags,
        summary: 'Refund (+) or adjust (±) an account’s credits with a note (full admin only), audited',
        params: IdParams,
        body: ref(CreditAdjustmentBody),
        response: { 201: ref(CreditLedgerEntry) },
      },
    },
    async (request, reply) => {
      const { amount, note, kind, requestId } = request.body
      const input = { amount: usdToE10(amount), note, kind: kind ?? 'adjustment', requestId: requestId ?? null }
      const entry = await app.credits.adjust(request.params.id, input, actorOf(request))
      return reply.code(201).send(ledgerView(entry))
    },
  )
}

export default credits
