// The admin console's sign-in, as public API: anything the console does, curl can do too.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyRequest } from 'fastify'
import type { SessionClaims } from '../../../lib/session/cookie.ts'
import type { Principal } from '../../../lib/tokens/principal.ts'
import { principalOf } from '../../../plugins/app/auth.ts'
import { ref } from '../../../schemas/ref.ts'
import { Session, SessionCreateBody } from '../../../schemas/session.ts'

const tags = ['admin: session']
const errorBody = { $ref: 'ErrorResponse#' }

const session: FastifyPluginAsyncTypebox = async (app) => {
  const view = (principal: Principal, claims: SessionClaims | null) => ({
    csrfToken: claims ? app.sessions.csrfTokenOf(claims) : null,
    expiresAt: claims ? new Date(claims.expiresAt).toISOString() : null,
    token: {
      id: principal.tokenId,
      name: principal.tokenName,
      hint: principal.tokenHint,
      accountId: principal.accountId,
      scopes: [...principal.scopes],
      models: [...principal.models],
      expiresAt: principal.expiresAt === null ? null : new Date(principal.expiresAt).toISOString(),
    },
  })

  app.post(
    '/session',
    {
      config: { public: true },
      schema: {
        operationId: 'createSession',
        tags,
        summary:
          'Sign in to the console: an admin token becomes an HttpOnly, SameSite=Strict session cookie for /api/admin',
        body: ref(SessionCreateBody),
        response: {
          201: ref(Session),
          401: { description: 'The token is missing, malformed, unknown, expired or revoked', ...errorBody },
          403: { description: 'The token lacks the admin scope, or its account is disabled', ...errorBody },
        },
      },
    },
    async (request, reply) => {
      const { principal, claims } = await app.sessions.signIn(request.body.token, request, reply)
      return reply.code(201).header('cache-control', 'no-store').send(view(principal, claims))
    },
  )

  app.get(
    '/session',
    {
      config: { scope: 'admin' },
      schema: {
        operationId: 'getSession',
        tags,
        summary: "Who the console is signed in as, and the session's CSRF token (after a page reload)",
        response: { 200: ref(Session) },
      },
    },
    async (request: FastifyRequest, reply) =>
      reply.header('cache-control', 'no-store').send(view(principalOf(request), request.session)),
  )

  app.delete(
    '/session',
    {
      config: { public: true },
      schema: {
        operationId: 'deleteSession',
        tags,
        summary: 'Sign out: clears the session cookie (revoke the token to end every session it opened)',
        response: { 204: { type: 'null', description: 'Signed out' } },
      },
    },
    async (request, reply) => {
      app.sessions.signOut(request, reply)
      return reply.code(204).send()
    },
  )
}

export default session
