import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { parseFutureDate } from '../../../../lib/future-date.ts'
import { tokenView } from '../../../../lib/views/tokens.ts'
import { actorOf } from '../../../../plugins/app/audit.ts'
import { principalOf } from '../../../../plugins/app/auth.ts'
import { IdParams, PageQuery } from '../../../../schemas/pagination.ts'
import { ref } from '../../../../schemas/ref.ts'
import { Token, TokenCreateBody, TokenPage, TokenPatchBody, TokenWithSecret } from '../../../../schemas/tokens.ts'

const admin = { scope: 'admin' } as const
const tags = ['admin: tokens']

const tokens: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/',
    {
      config: admin,
      schema: {
        operationId: 'createToken',
        tags,
        summary: 'Issue an access token within what the calling token holds; the plaintext is returned only here',
        body: ref(TokenCreateBody),
        response: { 201: ref(TokenWithSecret) },
      },
    },
    async (request, reply) => {
      const { name, scopes, models, expiresAt, account, budget, limits } = request.body
      // The account must exist (404 account_not_found): accounts are created through /api/admin/accounts.
      const accountId = account ? (await app.accounts.resolve(account)).id : principalOf(request).accountId
      const { row, token } = await app.tokens.issue(
        { name, accountId, scopes, models, expiresAt: parseFutureDate(expiresAt), budget, limits },
        actorOf(request),
      )
      return reply
        .code(201)
        .header('cache-control', 'no-store')
        .send({ ...tokenView(row), token })
    },
  )

  app.get(
    '/',
    {
      config: admin,
      schema: {
        operationId: 'listTokens',
        summary: 'List access tokens, newest first (cursor pagination)',
        tags,
        querystring: PageQuery,
        response: { 200: ref(TokenPage) },
      },
    },
    async (request) => {
      const { rows, nextCursor } = await app.tokens.list(request.query, actorOf(request))
      return { data: rows.map(tokenView), nextCursor }
    },
  )

  app.get(
    '/:id',
    {
      config: admin,
      schema: {
        operationId: 'getToken',
        summary: 'Get one access token (never its secret)',
        tags,
        params: IdParams,
        response: { 200: ref(Token) },
      },
    },
    async (request) => tokenView(await app.tokens.find(request.params.id, actorOf(request))),
  )

  app.patch(
    '/:id',
    {
      config: admin,
      schema: {
        operationId: 'updateToken',
        tags,
        summary: 'Change name, scopes, models, expiry, budget or limits; applies from the very next request',
        params: IdParams,
        body: ref(TokenPatchBody),
        response: { 200: ref(Token) },
      },
    },
    async (request) => {
      const { expiresAt, ...rest } = request.body
      const patch = { ...rest, expiresAt: parseFutureDate(expiresAt) }
      return tokenView(await app.tokens.update(request.params.id, patch, actorOf(request)))
    },
  )

  app.delete(
    '/:id',
    {
      config: admin,
      schema: {
        operationId: 'revokeToken',
        tags,
        summary: 'Revoke a token; it is refused from the very next request',
        params: IdParams,
        response: { 200: ref(Token) },
      },
    },
    async (request) => tokenView(await app.tokens.revoke(request.params.id, actorOf(request))),
  )

  app.post(
    '/:id/rotate',
    {
      config: admin,
      schema: {
        operationId: 'rotateToken',
        tags,
        summary: 'Replace the secret of a token; the old secret stops working at once',
        params: IdParams,
        response: { 200: ref(TokenWithSecret) },
      },
    },
    async (request, reply) => {
      const { row, token } = await app.tokens.rotate(request.params.id, actorOf(request))
      return reply.header('cache-control', 'no-store').send({ ...tokenView(row), token })
    },
  )
}

export default tokens
