// The console's session: an admin token becomes an HttpOnly, SameSite=Strict cookie for /api/admin only, each
// write with it needs the CSRF header, and every request re-verifies the token (revoked or expired: the end).
import t from 'tap'
import { deriveKeys } from '../../../../lib/secret.ts'
import { newClaims, SESSION_COOKIE, sealSession } from '../../../../lib/session/cookie.ts'
import { generateToken } from '../../../../lib/token-format.ts'
import { bearer, build, TEST_SECRET } from '../../../helpers/build.ts'

const cookieOf = (setCookie: string | string[] | undefined) => {
  const line = [setCookie ?? []].flat().find((c) => c.startsWith(`${SESSION_COOKIE}=`))
  if (!line) throw new Error('no session cookie set')
  return { line, pair: line.split(';')[0] }
}

t.test('sign-in sets a strict, HttpOnly cookie that works for the admin API only', async (t) => {
  const { app, adminToken } = await build(t)
  const res = await app.inject({ method: 'POST', url: '/api/admin/session', payload: { token: adminToken } })
  t.equal(res.statusCode, 201)
  t.equal(res.headers['cache-control'], 'no-store')
  const { line, pair } = cookieOf(res.headers['set-cookie'])
  t.match(line, /; Path=\/api\/admin(;|$)/)
  t.match(line, /; HttpOnly(;|$)/)
  t.match(line, /; SameSite=Strict(;|$)/)
  t.notMatch(line, /Secure/, 'no Secure flag over plain HTTP (the browser would drop the cookie)')
  t.notOk(line.includes(adminToken), 'the cookie does not carry the token')
  // Nor its stored hash, readable: the value is encrypted, so even decoded it names nothing.
  const stored = (await app.db.accessToken.findFirstOrThrow({ where: { name: 'test admin' } })).hash
  const value = pair.slice(SESSION_COOKIE.length + 1)
  t.notOk(value.includes(stored) || Buffer.from(value, 'base64url').toString('latin1').includes(stored), 'nor its hash')
  const body = res.json()
  t.match(body, { csrfToken: /^[\w-]{43}$/, token: { name: 'test admin', scopes: ['chat'] } })
  t.notOk(JSON.stringify(body).includes(adminToken), 'nor does the answer')

  const list = await app.inject({ method: 'GET', url: '/api/admin/tokens', headers: { cookie: pair } })
  t.equal(list.statusCode, 200, 'reads need only the cookie')
  const session = await app.inject({ method: 'GET', url: '/api/admin/session', headers: { cookie: pair } })
  t.equal(session.json().csrfToken, body.csrfToken, 'the CSRF token is given again after a reload')

  const models = await app.inject({ method: 'GET', url: '/v1/models', headers: { cookie: pair } })
  t.equal(models.statusCode, 401, 'the cookie is no credential outside /api/admin')
  t.equal(models.json().error.code, 'token_missing')

  const asBearer = await app.inject({ method: 'GET', url: '/api/admin/session', headers: bearer(adminToken) })
  t.equal(asBearer.statusCode, 200, 'bearer auth works as before')
  t.equal(asBearer.json().csrfToken, null)
})

t.test('behind a trusted TLS proxy the cookie is Secure', async (t) => {
  const { app, adminToken } = await build(t, { TRUST_PROXY: true })
  const res = await app.inject({
    method: 'POST',
    url: '/api/admin/session',
    headers: { 'x-forwarded-proto': 'https' },
    payload: { token: adminToken },
  })
  t.match(cookieOf(res.headers['set-cookie']).line, /; Secure(;|$)/)
})

t.test('every write with the cookie needs its session CSRF token', async (t) => {
  const { app, adminToken } = await build(t)
  const signIn = async () => {
    const res = await app.inject({ method: 'POST', url: '/api/admin/session', payload: { token: adminToken } })
    return { cookie: cookieOf(res.headers['set-cookie']).pair, csrf: res.json().csrfToken as string }
  }
  const a = await signIn()
  const b = await signIn()
  const create = (headers: Record<string, string>) =>
    app.inject({ method: 'POST', url: '/api/admin/accounts', headers, payload: { name: `team-${Math.random()}` } })

  const none = await create({ cookie: a.cookie })
  t.equal(none.statusCode, 403)
  t.match(none.json(), { code: 'csrf_failed', message: /x-hub-csrf/ })
  const foreign = await create({ cookie: a.cookie, 'x-hub-csrf': b.csrf })
  t.equal(foreign.statusCode, 403, "another session's CSRF token is refused")
  t.equal((await create({ cookie: a.cookie, 'x-hub-csrf': a.csrf })).statusCode, 201)
  const revoke = await app.inject({
    method: 'DELETE',
    url: '/api/admin/tokens/00000000-0000-4000-8000-000000000000',
    headers: { cookie: a.cookie },
  })
  t.equal(revoke.json().code, 'csrf_failed', 'DELETE too')
})

t.test('only an admin token signs in, with the reason for any other', async (t) => {
  const { app, issue } = await build(t)
  const chat = await issue(['chat'])
  const res = await app.inject({ method: 'POST', url: '/api/admin/session', payload: { token: chat.token } })
  t.equal(res.statusCode, 403)
  t.match(res.json(), { code: 'insufficient_scope', message: /"admin" scope.*API calls/ })
  t.notOk(res.headers['set-cookie'], 'no cookie')

  const unknown = await app.inject({
    method: 'POST',
    url: '/api/admin/session',
    payload: { token: generateToken() },
  })
  t.equal(unknown.statusCode, 401)
  t.equal(unknown.json().code, 'token_invalid')
  const missing = await app.inject({ method: 'POST', url: '/api/admin/session', payload: {} })
  t.equal(missing.statusCode, 400)
})

t.test('revoking the token ends its sessions at the next request', async (t) => {
  const { app, adminToken, issue } = await build(t)
  const other = await issue(['admin', 'chat'], { name: 'second admin' })
  const res = await app.inject({ method: 'POST', url: '/api/admin/session', payload: { token: other.token } })
  const cookie = cookieOf(res.headers['set-cookie']).pair
  t.equal((await app.inject({ method: 'GET', url: '/api/admin/session', headers: { cookie } })).statusCode, 200)
  const revoked = await app.inject({
    method: 'DELETE',
    url: `/api/admin/tokens/${other.id}`,
    headers: bearer(adminToken),
  })
  t.equal(revoked.statusCode, 200)
  const after = await app.inject({ method: 'GET', url: '/api/admin/tokens', headers: { cookie } })
  t.equal(after.statusCode, 401)
  t.equal(after.json().code, 'token_revoked')
})

t.test('a session ends with its token, and a forged or expired cookie is refused', async (t) => {
  const { app, issue } = await build(t)
  const short = await issue(['admin'], { expiresAt: new Date(Date.now() + 1500) })
  const res = await app.inject({ method: 'POST', url: '/api/admin/session', payload: { token: short.token } })
  t.ok(new Date(res.json().expiresAt).getTime() <= Date.now() + 1500, 'the session ends no later than the token')
  const { line, pair } = cookieOf(res.headers['set-cookie'])
  t.match(line, /Expires=/)
  await new Promise((r) => setTimeout(r, 1700))
  const late = await app.inject({ method: 'GET', url: '/api/admin/tokens', headers: { cookie: pair } })
  t.equal(late.statusCode, 401)
  t.equal(late.json().code, 'session_invalid')

  const admin = await issue(['admin'])
  const key = deriveKeys(TEST_SECRET).sessionKey
  const hash = (await app.db.accessToken.findUniqueOrThrow({ where: { id: admin.id } })).hash
  const expired = sealSession(key, newClaims(hash, Date.now() - 1000))
  const valid = sealSession(key, newClaims(hash, Date.now() + 60_000))
  const forged = sealSession(
    deriveKeys('another-secret-another-secret-0123').sessionKey,
    newClaims(hash, Date.now() + 60_000),
  )
  const ask = (value: string) =>
    app.inject({ method: 'GET', url: '/api/admin/tokens', headers: { cookie: `${SESSION_COOKIE}=${value}` } })
  t.equal((await ask(valid)).statusCode, 200, 'a well-signed, current cookie (another replica, same secret) works')
  t.equal((await ask(expired)).json().code, 'session_invalid')
  t.equal((await ask(forged)).json().code, 'session_invalid', 'signed with another secret')
  t.equal((await ask(`${valid.slice(0, -2)}xx`)).json().code, 'session_invalid', 'tampered')
})

t.test('sign-out clears the cookie', async (t) => {
  const { app } = await build(t)
  const res = await app.inject({ method: 'DELETE', url: '/api/admin/session' })
  t.equal(res.statusCode, 204)
  const { line } = cookieOf(res.headers['set-cookie'])
  t.match(line, /hub_session=;/)
  t.match(line, /Expires=Thu, 01 Jan 1970/)
})
