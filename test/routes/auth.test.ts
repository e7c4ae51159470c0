// The authentication spec, route by route: 401 with a code for every way a token can be wrong, 403 for a valid
// token without the permission, and changes that apply on the very next request.

import Fastify from 'fastify'
import t from 'tap'
import app, { serverOptions } from '../../app.ts'
import { SYSTEM_ACTOR } from '../../lib/audit/actor.ts'
import { loadConfig } from '../../lib/config.ts'
import { openDatabase } from '../../lib/db/open.ts'
import { generateToken } from '../../lib/token-format.ts'
import { bearer, build, TEST_SECRET } from '../helpers/build.ts'
import { testDatabaseOptions } from '../helpers/database.ts'

/** The token with its last character (part of the checksum) changed: always to another one. */
const withBadChecksum = (token: string) => `${token.slice(0, -1)}${token.endsWith('0') ? '1' : '0'}`

t.test('401 for missing, malformed, unknown, expired and revoked tokens, in one envelope', async (t) => {
  const { app, issue } = await build(t)
  const get = (headers: Record<string, string>) => app.inject({ method: 'GET', url: '/api/v2/models', headers })

  const missing = await get({})
  t.equal(missing.statusCode, 401)
  t.same(missing.json(), {
    error: 'Unauthorized',
    message: 'Authentication token is missing: send "Authorization: Bearer <token>"',
    code: 'token_missing',
  })
  t.equal(missing.headers['www-authenticate'], 'Bearer realm="hub"')

  const cases: [string, Record<string, string>, string][] = [
    ['wrong scheme', { authorization: 'Basic dXNlcjpwYXNz' }, 'token_malformed'],
    ['scheme only', { authorization: 'Bearer' }, 'token_malformed'],
    ['empty token', { authorization: 'Bearer ' }, 'token_malformed'],
    ['not a hub token', bearer('sk-not-a-hub-token'), 'token_malformed'],
    ['bad checksum', bearer(withBadChecksum(generateToken())), 'token_malformed'],
    ['unknown but well-formed', bearer(generateToken()), 'token_invalid'],
  ]
  for (const [name, headers, code] of cases) {
    const res = await get(headers)
    t.equal(res.statusCode, 401, name)
    t.equal(res.json().code, code, name)
    t.equal(res.json().error, 'Unauthorized', name)
    t.type(res.json().message, 'string', name)
    if (code !== 'token_malformed' || headers.authorization?.startsWith('Bearer')) {
      t.match(res.headers['www-authenticate'], /^Bearer realm="hub", error="invalid_token"/, name)
    }
  }

  // Issuing is a transaction with its audit record: on a busy machine 300 ms could pass before the first call.
  const expiresAt = new Date(Date.now() + 3_000)
  const expiring = await issue(['models'], { expiresAt })
  t.equal((await get(bearer(expiring.token))).statusCode, 200, 'works before expiry')
  await new Promise((r) => setTimeout(r, expiresAt.getTime() - Date.now() + 50))
  const expired = await get(bearer(expiring.token))
  t.equal(expired.statusCode, 401)
  t.equal(expired.json().code, 'token_expired', 'expiry is checked against the clock even when cached')

  const revokable = await issue(['models'])
  t.equal((await get(bearer(revokable.token))).statusCode, 200, 'works before revoke (and is now cached)')
  await app.tokens.revoke(revokable.id, SYSTEM_ACTOR)
  const revoked = await get(bearer(revokable.token))
  t.equal(revoked.statusCode, 401)
  t.equal(revoked.json().code, 'token_revoked', 'revoke applies to the very next request')
})

t.test('the Bearer scheme is case-insensitive', async (t) => {
  const { app, issue } = await build(t)
  const { token } = await issue(['models'])
  for (const scheme of ['Bearer', 'bearer', 'BEARER']) {
    const res = await app.inject({
      method: 'GET',
      url: '/api/v2/models',
      headers: { authorization: `${scheme} ${token}` },
    })
    t.equal(res.statusCode, 200, scheme)
  }
})

t.test('403 insufficient_scope for a valid token without the permission; scope changes apply at once', async (t) => {
  const { app, issue } = await build(t)
  const { id, token } = await issue(['chat'])
  const res = await app.inject({ method: 'GET', url: '/api/admin/tokens', headers: bearer(token) })
  t.equal(res.statusCode, 403)
  t.same(res.json(), {
    error: 'Forbidden',
    message: 'This token lacks the "admin" scope required by this route',
    code: 'insufficient_scope',
  })
  t.equal(res.headers['www-authenticate'], 'Bearer realm="hub", error="insufficient_scope"')

  t.equal((await app.inject({ method: 'GET', url: '/api/v2/models', headers: bearer(token) })).statusCode, 403)
  await app.tokens.update(id, { scopes: ['chat', 'models'] }, SYSTEM_ACTOR)
  t.equal((await app.inject({ method: 'GET', url: '/api/v2/models', headers: bearer(token) })).statusCode, 200)
})

t.test('a refused request never has its body parsed', async (t) => {
  const { app } = await build(t)
  const res = await app.inject({
    method: 'POST',
    url: '/api/v2/chat/completions',
    headers: { 'content-type': 'application/json' },
    payload: '{not json',
  })
  t.equal(res.statusCode, 401, 'auth runs in onRequest, before the JSON parser would answer 400')
})

t.test('the hot path verifies a cached token without a database query', async (t) => {
  const { app, issue } = await build(t)
  const notified = notifications(app)
  const { token } = await issue(['models'])
  // On PostgreSQL the issue's own notification comes back through LISTEN and evicts once, whenever it lands:
  // let it land, then warm the cache.
  await notified.landed(token)
  await app.inject({ method: 'GET', url: '/api/v2/models', headers: bearer(token) })
  const original = app.db.accessToken.findUnique
  let queries = 0
  app.db.accessToken.findUnique = ((...args: Parameters<typeof original>) => {
    queries++
    return original(...args)
  }) as unknown as typeof original
  t.teardown(() => {
    app.db.accessToken.findUnique = original
  })
  for (let i = 0; i < 20; i++) {
    t.equal((await app.inject({ method: 'GET', url: '/api/v2/models', headers: bearer(token) })).statusCode, 200)
  }
  t.equal(queries, 0)
  const fresh = await issue(['models'])
  await notified.landed(fresh.token)
  const res = await app.inject({ method: 'GET', url: '/api/v2/models', headers: bearer(fresh.token) })
  t.equal(res.statusCode, 200)
  t.equal(queries, 1, 'the counter does see the one query an uncached token needs')
})

t.test('every route is closed by default: a route without scope or public fails at boot', async (t) => {
  const db = await testDatabaseOptions()
  const database = await openDatabase(db.options)
  t.teardown(async () => {
    await database.close()
    await db.cleanup?.()
  })
  const config = { HUB_SECRET: TEST_SECRET, LOG_LEVEL: 'silent', USAGE_FLUSH_MS: 0, REGISTRY_REFRESH_MS: 0 }
  const server = Fastify(serverOptions(loadConfig(config)))
  await server.register(app, { config, database })
  server.register(async (scope) => {
    scope.get('/api/v2/forgotten', async () => ({ secret: true }))
  })
  await t.rejects(async () => server.ready(), /declares neither config.scope nor config.public/)
  // A failed boot still opened connections (the invalidation listener on PostgreSQL): close them.
  await server.close().catch(() => {})
})

type Evicting = { database: { kind: string }; tokens: { evict(hash?: string): void; hashOf(token: string): string } }

/**
 * On PostgreSQL a write's NOTIFY comes back through our own LISTEN and evicts the token once, whenever it lands (a
 * busy machine may take a second): `landed(token)` waits for that eviction, not for a fixed time. Nothing to wait
 * for on PGlite.
 */
function notifications(app: Evicting) {
  const evicted = new Set<string | undefined>()
  const evict = app.tokens.evict
  app.tokens.evict = (hash?: string) => {
    evicted.add(hash)
    evict(hash)
  }
  return {
    async landed(token: string) {
      if (app.database.kind !== 'postgres') return
      const hash = app.tokens.hashOf(token)
      for (let i = 0; i < 1000 && !evicted.has(hash); i++) await new Promise((resolve) => setTimeout(resolve, 10))
    },
  }
}
