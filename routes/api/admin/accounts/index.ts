import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { accountView } from '../../../../lib/views/accounts.ts'
import { actorOf } from '../../../../plugins/app/audit.ts'
import { Account, AccountCreateBody, AccountPage, AccountPatchBody } from '../../../../schemas/accounts.ts'
import { IdParams, PageQuery } from '../../../../schemas/pagination.ts'
import { ref } from '../../../../schemas/ref.ts'

const admin = { scope: 'admin' } as const
const tags = ['admin: accounts']

const accounts: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/',
    {
      config: admin,
      schema: {
        operationId: 'createAccount',
        tags,
        summary: 'Create an account (full admin only); tokens are then issued to it by id or name',
        body: ref(AccountCreateBody),
        response: { 201: ref(Account) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(accountView(await app.accounts.create(request.body.name, actorOf(request)))),
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
        summary: "Rename, disable or enable an account (full admin only); a disabled account's tokens are refused",
        params: IdParams,
        body: ref(AccountPatchBody),
        response: { 200: ref(Account) },
      },
    },
    async (request) => accountView(await app.accounts.update(request.params.id, request.body, actorOf(request))),
  )
}

export default accounts
