import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { accountView } from '../../../../lib/views/accounts.ts'
import { actorOf } from '../../../../plugins/app/audit.ts'
import { Account, AccountCreateBody, AccountPage, AccountPatchBody } from '../../../../schemas/accounts.ts'
import { IdParams, PageQuery } from '../../../../schemas/pagination.ts'
import { ref } from '../../../../schemas/ref.ts'
import credits from './credits.ts'

const admin = { scope: 'admin' } as const
const tags = ['admin: accounts']

const accounts: FastifyPluginAsyncTypebox = async (app) => {
  // Autoload loads only index.ts from a folder that has one: the sibling's routes (/:id/credits/…) come from here.
  await app.register(credits)

  app.post(
    '/',
    {
      config: admin,
      schema: {
        operationId: 'createAccount',
        tags,
        summary:
          'Create an account (full admin only), postpaid or on credits, with a budget and limits; tokens are then issued to it',
        body: ref(AccountCreateBody),
        response: { 201: ref(Account) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(accountView(await app.accounts.create(request.body.name, actorOf(request), undefined, request.body))),
  )

  app.get(
    '/',
    {
      config: admin,
      schema: {
        operationId: 'listAccounts',
        summary: 'List accounts, newest first (cursor pagination)',
        tags,
        querystring: PageQuery,
        response: { 200: ref(AccountPage) },
      },
    },
    async (request) => {
      const { rows, nextCursor } = await app.accounts.list(request.query)
      return { data: rows.map(accountView), nextCursor }
    },
  )

  app.get(
    '/:id',
    {
      config: admin,
      schema: {
        operationId: 'getAccount',
        summary: 'Get one account',
        tags,
        params: IdParams,
        response: { 200: ref(Account) },
      },
    },
    async (request) => accountView(await app.accounts.find(request.params.id)),
  )

  app.patch(
    '/:id',
    {
      config: admin,
      schema: {
        operationId: 'updateAccount',
        tags,
        summary:
          'Rename, disable or enable an account, set its billing mode, budget or limits (full admin only); applies from the next request',
        params: IdParams,
        body: ref(AccountPatchBody),
        response: { 200: ref(Account) },
      },
    },
    async (request) => accountView(await app.accounts.update(request.params.id, request.body, actorOf(request))),
  )
}

export default accounts
