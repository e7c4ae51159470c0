// Authentication and permissions for every route, closed by default. Each route names its policy in `config`:
// `{ scope: 'chat' }` or `{ public: true }`; a route with neither fails at boot. Header auth runs in onRequest
// (so a refused request never has its body parsed) through @fastify/bearer-auth composed with @fastify/auth.
import fastifyAuth from '@fastify/auth'
import bearerAuth from '@fastify/bearer-auth'
import type {} from '@fastify/swagger'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import type { Surface } from '../../lib/error-body.ts'
import { HubError } from '../../lib/errors.ts'
import { SESSION_PATH } from '../../lib/session/cookie.ts'
import type { Principal, VerifyFailure } from '../../lib/tokens/principal.ts'
import type { Scope } from '../../schemas/tokens.ts'

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The permission a token needs for this route. */
    scope?: Scope
    /** No token needed (health, discovery, docs). */
    public?: boolean
    /** Which error envelope this route speaks; default 'hub'. */
    surface?: Surface
  }
  interface FastifyRequest {
    /** Set once the bearer token is verified; always set on routes with a scope. */
    principal: Principal | null
    /** Why authentication failed, for the error handler. */
    authError: HubError | null
  }
}

const messages: Record<VerifyFailure, string> = {
  token_missing: 'Authentication token is missing: send "Authorization: Bearer <token>"',
  token_malformed: 'Authentication token is malformed',
  token_invalid: 'Authentication token is invalid',
  token_expired: 'Authentication token has expired',
  token_revoked: 'Authentication token has been revoked',
  account_disabled: "This token's account is disabled",
}

/** The principal of a request that passed a scoped route's checks. */
/** bearer-auth refuses a missing or non-Bearer header before calling `auth`: name which one it was. */
export function headerFailure(request: FastifyRequest): HubError {
  return request.headers.authorization === undefined
    ? new HubError('token_missing', messages.token_missing)
    : new HubError('token_malformed', messages.token_malformed)
}

/** The 401 a failed verification answers with. */
export const authFailure = (reason: VerifyFailure) => new HubError(reason, messages[reason])

export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new HubError('token_missing', messages.token_missing)
  return request.principal
}

/**
 * Anthropic's SDKs and tools (Claude Code) send their key as `x-api-key`: on the Messages routes a Hub token there
 * is verified as if it came as `Authorization: Bearer`, which wins when both are sent.
 */
function apiKeyAsBearer(request: FastifyRequest, _reply: unknown, done: () => void) {
  const key = request.headers['x-api-key']
  if (request.headers.authorization === undefined && typeof key === 'string') {
    request.headers.authorization = `Bearer ${key}`
  }
  done()
}

export default fp(
  async (app) => {
    app.decorateRequest('principal', null)
    app.decorateRequest('authError', null)

    await app.register(fastifyAuth)
    await app.register(bearerAuth, {
      addHook: false,
      keys: [],
      specCompliance: 'rfc6749', // case-insensitive "Bearer"
      verifyErrorLogLevel: 'debug',
      // Must never throw: a throw would become a 500. The result goes on the request for the error handler.
      auth: async (key: string, request: FastifyRequest) => {
        try {
          const result = await app.tokens.verify(key)
          if (result.ok) {
            request.principal = result.principal
            return true
          }
          request.authError = authFailure(result.reason)
        } catch (err) {
          request.log.error({ err }, 'token verification failed')
          request.authError = new HubError('unavailable', 'Token verification is temporarily unavailable')
        }
        return false
      },
    })

    const authenticate = app.auth([app.verifyBearerAuth!])
    // The admin API also takes the console's session cookie (plugins/app/session.ts), only when no
    // Authorization header is sent: a bearer token always wins and is checked exactly as everywhere else.
    function authenticateAdmin(
      this: FastifyInstance,
      request: FastifyRequest,
      reply: FastifyReply,
      done: (err?: Error) => void,
    ) {
      if (request.headers.authorization !== undefined || app.sessions.cookieOf(request) === undefined) {
        return authenticate.call(this, request, reply, done)
      }
      app.sessions.authenticate(request).then(() => done(), done)
    }

    app.addHook('onRoute', (route) => {
      const config = route.config ?? {}
      if (config.public) {
        // Explicitly open in the document too, so no client sends a token it does not need.
        if (route.schema && !route.schema.security) route.schema.security = []
        return
      }
      const scope = config.scope
      if (!scope) throw new Error(`Route ${route.method} ${route.url} declares neither config.scope nor config.public`)
      // Callback style: no promise per request on the hot path.
      const requireScope = (request: FastifyRequest, _reply: unknown, done: (err?: Error) => void) => {
        if (request.principal?.scopes.has(scope)) return done()
        done(new HubError('insufficient_scope', `This token lacks the "${scope}" scope required by this route`))
      }
      const admin = route.url.startsWith(SESSION_PATH)
      const own = route.onRequest ? (Array.isArray(route.onRequest) ? route.onRequest : [route.onRequest]) : []
      route.onRequest = [
        ...(config.surface === 'anthropic' ? [apiKeyAsBearer] : []),
        admin ? authenticateAdmin : authenticate,
        requireScope,
        ...own,
      ]
      if (route.schema && !route.schema.security) {
        route.schema.security = admin ? [{ bearer: [] }, { session: [] }] : [{ bearer: [] }]
      }
    })
  },
  { name: 'auth', dependencies: ['tokens', 'errors', 'sessions'] },
)
