// Admin token API: the plaintext is shown once (no-store), only hashes are stored, and every change applies
// to the token's very next request.
import t from 'tap'
import { hashToken } from '../../../../lib/crypto.ts'
import { deriveKeys } from '../../../../lib/secret.ts'
import { bearer, build, TEST_SECRET } from '../../../helpers/build.ts'

t.test('create returns the plaintext once with Cache-Control: no-store; the database has only the HMAC', async (t) => {
  const { app, adminToken } = await build(t)
  const account = await app.inject({
    method: 'POST',
    url: '/api/admin/accounts',
    headers: bearer(adminToken),
    payload: { name: 'team-a' },
  })
  t.equal(account.statusCode, 201, 'accounts are created explicitly')
  const res = await app.inject({
    method: 'POST',
    url: '/api/admin/tokens',
    headers: bearer(adminToken),
    payload: { name: 'ci bot', scopes: ['chat', 'models'], models: ['openai/*'], account: 'team-a' },
  })
  t.equal(res.statusCode, 201)
  t.equal(res.headers['cache-control'], 'no-store')
  const created = res.json()
  t.match(created, {
    name: 'ci bot',
    scopes: ['chat', 'models'],
    models: ['openai/*'],
    account: { name: 'team-a' },
    expiresAt: null,
    revokedAt: null,
    lastUsedAt: null,
  })
  t.match(created.token, /^hub_[0-9A-Za-z]{46}$/)
  t.equal(created.hint, created.token.slice(0, 8))

  const row = await app.db.accessToken.findUniqueOrThrow({ where: { id: created.id } })
  t.equal(row.hash, hashToken(deriveKeys(TEST_SECRET).tokenKey, created.token), 'HMAC-SHA-256 under the server key')
  t.notOk(JSON.stringify(row).includes(created.token.slice(8)), 'no plaintext in the row')

  const got = await app.inject({ method: 'GET', url: `/api/admin/tokens/${created.id}`, headers: bearer(adminToken) })
  t.equal(got.statusCode, 200)
  t.notOk('token' in got.json(), 'never shown again')
  t.notOk('hash' in got.json())

  const list = await app.inject({ method: 'GET', url: '/api/admin/tokens?limit=1', headers: bearer(adminToken) })
  t.equal(list.statusCode, 200)
  t.equal(list.json().data.length, 1)
  t.type(list.json().nextCursor, 'string', 'two tokens exist, so there is a next page')
  const page2 = await app.inject({
    method: 'GET',
    url: `/api/admin/tokens?limit=1&cursor=${list.json().nextCursor}`,
    headers: bearer(adminToken),
  })
  t.equal(page2.json().data.length, 1)
  t.equal(page2.json().nextCursor, null)
  t.notSame(page2.json().data[0].id, list.json().data[0].id)
  t.notOk(JSON.stringify([list.json(), page2.json()]).includes(created.token), 'lists never contain the secret')
})

t.test('the new token works for its scopes only, and lastUsedAt is written in batches', async (t) => {
  const { app, adminToken } = await build(t)
  const created = (
    await app.inject({
      method: 'POST',
      url: '/api/admin/tokens',
      headers: bearer(adminToken),
      payload: { name: 'reader', scopes: ['models'] },
    })
  ).json()
  t.equal((await app.inject({ method: 'GET', url: '/api/v2/models', headers: bearer(created.token) })).statusCode, 200)
  t.equal(
    (await app.inject({ method: 'GET', url: '/api/admin/tokens', headers: bearer(created.token) })).statusCode,
    403,
  )
  await app.tokens.flushLastUsed()
  const row = await app.db.accessToken.findUniqueOrThrow({ where: { id: created.id } })
  t.ok(row.lastUsedAt, 'lastUsedAt set after a flush')
})

t.test('PATCH, DELETE (revoke) and rotate apply on the very next request', async (t) => {
  const { app, adminToken } = await build(t)
  const create = await app.inject({
    method: 'POST',
    url: '/api/admin/tokens',
    headers: bearer(adminToken),
    payload: { name: 'app', scopes: ['models'] },
  })
  const { id, token } = create.json()
  const models = (tok: string) => app.inject({ method: 'GET', url: '/api/v2/models', headers: bearer(tok) })
  t.equal((await models(token)).statusCode, 200)

  const patched = await app.inject({
    method: 'PATCH',
    url: `/api/admin/tokens/${id}`,
    headers: bearer(adminToken),
    payload: { scopes: ['chat'], name: 'renamed' },
  })
  t.equal(patched.statusCode, 200)
  t.match(patched.json(), { name: 'renamed', scopes: ['chat'] })
  t.equal((await models(token)).statusCode, 403, 'scope removed at once')

  await app.inject({
    method: 'PATCH',
    url: `/api/admin/tokens/${id}`,
    headers: bearer(adminToken),
    payload: { scopes: ['models'] },
  })
  const rotated = await app.inject({
    method: 'POST',
    url: `/api/admin/tokens/${id}/rotate`,
    headers: bearer(adminToken),
  })
  t.equal(rotated.statusCode, 200)
  t.equal(rotated.headers['cache-control'], 'no-store')
  const fresh = rotated.json().token
  t.not(fresh, token)
  t.equal(rotated.json().id, id, 'same token id')
  t.equal((await models(token)).json().code, 'token_invalid', 'old secret refused at once')
  t.equal((await models(fresh)).statusCode, 200, 'new secret works')

  const revoked = await app.inject({ method: 'DELETE', url: `/api/admin/tokens/${id}`, headers: bearer(adminToken) })
  t.equal(revoked.statusCode, 200)
  t.type(revoked.json().revokedAt, 'string')
  t.equal((await models(fresh)).json().code, 'token_revoked')
  const again = await app.inject({ method: 'POST', url: `/api/admin/tokens/${id}/rotate`, headers: bearer(adminToken) })
  t.equal(again.statusCode, 409, 'a revoked token cannot be rotated back to life')
})

t.test('bad input is a 4xx in the envelope', async (t) => {
  const { app, adminToken } = await build(t)
  const post = (payload: unknown) =>
    app.inject({ method: 'POST', url: '/api/admin/tokens', headers: bearer(adminToken), payload: payload as object })
  const cases: [string, unknown][] = [
    ['no name', { scopes: ['chat'] }],
    ['no scopes', { name: 'x', scopes: [] }],
    ['unknown scope', { name: 'x', scopes: ['root'] }],
    ['unknown field', { name: 'x', scopes: ['chat'], admin: true }],
    ['bad model pattern', { name: 'x', scopes: ['chat'], models: ['gpt*'] }],
    ['past expiry', { name: 'x', scopes: ['chat'], expiresAt: '2000-01-01T00:00:00Z' }],
    ['not a date', { name: 'x', scopes: ['chat'], expiresAt: 'tomorrow' }],
  ]
  for (const [name, payload] of cases) {
    const res = await post(payload)
    t.equal(res.statusCode, 400, name)
    t.equal(res.json().error, 'Bad Request', name)
    t.equal(res.json().code, 'validation_error', name)
  }
  const notFound = await app.inject({
    method: 'GET',
    url: '/api/admin/tokens/00000000-0000-4000-8000-000000000000',
    headers: bearer(adminToken),
  })
  t.equal(notFound.statusCode, 404)
  t.equal(notFound.json().code, 'not_found')
  const badId = await app.inject({ method: 'GET', url: '/api/admin/tokens/not-a-uuid', headers: bearer(adminToken) })
  t.equal(badId.statusCode, 404, 'a path id that is not a uuid names nothing')
  const emptyPatch = await app.inject({
    method: 'PATCH',
    url: '/api/admin/tokens/00000000-0000-4000-8000-000000000000',
    headers: bearer(adminToken),
    payload: {},
  })
  t.equal(emptyPatch.statusCode, 400)
})
