// The admin console's sign-in: an admin token, pasted once, becomes a short-lived session cookie (lib/session/
// cookie.ts). The cookie is an alternative credential for /api/admin routes only, checked like a bearer token
// (same cache, same verdicts) plus a CSRF header on every write, since a browser sends cookies on its own.

import { parseCookie, stringifySetCookie } from 'cookie'
import type { FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { HubError } from '../../lib/errors.ts'
import {
  CSRF_HEADER,
  csrfMatches,
  csrfTokenOf,
  newClaims,
  openSession,
  SESSION_COOKIE,
  SESSION_PATH,
  type SessionClaims,
  sealSession,
} from '../../lib/session/cookie.ts'
import type { Principal } from '../../lib/tokens/principal.ts'
import { authFailure } from './auth.ts'

declare module 'fastify' {
  interface FastifyInstance {
    sessions: SessionService
  }
  interface FastifyRequest {
    /** Set when the request authenticated with the console's session cookie instead of a bearer token. */
    session: SessionClaims | null
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

export interface SignedIn {
  principal: Principal
  claims: SessionClaims
  csrfToken: string
}

export interface SessionService {
  /** The session cookie's value in this request, if any. */
  cookieOf(request: FastifyRequest): string | undefined
  /** Checks a pasted token and opens a session for it (sets the cookie). Admin scope required. */
  signIn(token: string, request: FastifyRequest, reply: FastifyReply): Promise<SignedIn>
  signOut(request: FastifyRequest, reply: FastifyReply): void
  /** onRequest for /api/admin routes called with the cookie: sets request.principal or throws a HubError. */
  authenticate(request: FastifyRequest): Promise<void>
  csrfTokenOf(claims: SessionClaims): string
}

export default fp(
  async (app) => {
    app.decorateRequest('session', null)
    const key = app.keys.sessionKey
    const ttl = app.config.ADMIN_SESSION_TTL_MS

    const cookieOf = (request: FastifyRequest) => {
      const header = request.headers.cookie
      return header ? parseCookie(header)[SESSION_COOKIE] : undefined
    }
    const cookieOptions = (request: FastifyRequest) => ({
      path: SESSION_PATH,
      httpOnly: true,
      sameSite: 'strict' as const,
      // request.protocol follows X-Forwarded-Proto only behind a trusted proxy (TRUST_PROXY).
      secure: request.protocol === 'https',
    })

    const service: SessionService = {
      cookieOf,
      csrfTokenOf: (claims) => csrfTokenOf(key, claims),

      async signIn(token, request, reply) {
        const result = await app.tokens.verify(token)
        if (!result.ok) throw authFailure(result.reason)
        const { principal } = result
        if (!principal.scopes.has('admin')) {
          throw new HubError(
            'insufficient_scope',
            'The console needs a token with the "admin" scope; this one is for API calls only (its scopes: ' +
              `${[...principal.scopes].join(', ')})`,
          )
        }
        const expiresAt = Math.min(Date.now() + ttl, principal.expiresAt ?? Number.POSITIVE_INFINITY)
        const claims = newClaims(app.tokens.hashOf(token), expiresAt)
        reply.header(
          'set-cookie',
          stringifySetCookie({
            name: SESSION_COOKIE,
            value: sealSession(key, claims),
            ...cookieOptions(request),
            expires: new Date(expiresAt),
          }),
        )
        return { principal, claims, csrfToken: csrfTokenOf(key, claims) }
      },

      signOut(request, reply) {
        reply.header(
          'set-cookie',
          stringifySetCookie({
            name: SESSION_COOKIE,
            value: '',
            ...cookieOptions(request),
            expires: new Date(0),
            maxAge: 0,
          }),
        )
      },

      async authenticate(request) {
        const claims = openSession(key, cookieOf(request) ?? '')
        if (!claims) {
          throw new HubError('session_invalid', 'The console session has expired or is not valid: sign in again')
        }
        const result = await app.tokens.verifyHash(claims.hash)
        if (!result.ok) throw authFailure(result.reason)
        if (!SAFE_METHODS.has(request.method) && !csrfMatches(key, claims, request.headers[CSRF_HEADER])) {
          throw new HubError(
            'csrf_failed',
            `A write with the console's session cookie needs the ${CSRF_HEADER} header returned at sign-in`,
          )
        }
        request.principal = result.principal
        request.session = claims
      },
    }
    app.decorate('sessions', service)
  },
  { name: 'sessions', dependencies: ['config', 'tokens'] },
)
