// Two Hub servers on one PostgreSQL database, as two replicas: a write on one (revoke, scope change, new model)
// reaches the other's in-memory caches through LISTEN/NOTIFY, long before any cache TTL.
import t from 'tap'
import { type Built, bearer, build } from '../helpers/build.ts'

if (!process.env.DATABASE_URL) {
  t.pass('replicas share a database only on PostgreSQL; PGlite is single-process (run with DATABASE_URL)')
} else {
  const config = { TOKEN_CACHE_MS: 600_000, REGISTRY_REFRESH_MS: 0 }

  /** Polls until `check` passes; replicas converge within milliseconds, a TTL would take ten minutes. */
  async function eventually(check: () => Promise<boolean>, ms = 2_000): Promise<number> {
    const started = Date.now()
    while (!(await check())) {
      if (Date.now() - started > ms) throw new Error('the other replica did not see the change')
      await new Promise((r) => setTimeout(r, 10))
    }
    return Date.now() - started
  }

  const statusOf = async (hub: Built, token: string, url = '/api/v2/models') =>
    (await hub.app.inject({ method: 'GET', url, headers: bearer(token) })).statusCode

  t.test('a revoke, a scope change and a new model on one replica apply on the other', async (t) => {
    const a = await build(t, config)
    const b = await build(t, config, a)
    const { id, token } = await a.issue(['models', 'usage'])
    t.equal(await statusOf(b, token), 200, 'replica B verified and cached the token')

    await a.app.inject({
      method: 'PATCH',
      url: `/api/admin/tokens/${id}`,
      headers: bearer(a.adminToken),
      payload: { scopes: ['usage'] },
    })
    const scopeMs = await eventually(async () => (await statusOf(b, token)) === 403)
    t.ok(scopeMs < 2_000, `scope change seen by B after ${scopeMs} ms`)

    await a.app.inject({ method: 'DELETE', url: `/api/admin/tokens/${id}`, headers: bearer(a.adminToken) })
    const revokeMs = await eventually(async () => (await statusOf(b, token, '/api/v2/usage')) === 401)
    t.ok(revokeMs < 2_000, `revoke seen by B after ${revokeMs} ms`)
    const res = await b.app.inject({ method: 'GET', url: '/api/v2/usage', headers: bearer(token) })
    t.equal(res.json().code, 'token_revoked')

    const provider = await a.app.inject({
      method: 'POST',
      url: '/api/admin/providers',
      headers: bearer(a.adminToken),
      payload: { name: 'p', type: 'openai', baseUrl: 'http://127.0.0.1:9/v1' },
    })
    t.equal(provider.statusCode, 201)
    await a.app.inject({
      method: 'POST',
      url: '/api/admin/models',
      headers: bearer(a.adminToken),
      payload: { id: 'p/m', type: 'chat', inputPrice: 1, outputPrice: 2 },
    })
    const reader = await b.issue(['models'])
    await eventually(async () => {
      const list = await b.app.inject({ method: 'GET', url: '/api/v2/models', headers: bearer(reader.token) })
      return list.json().data.some((m: { id: string }) => m.id === 'p/m')
    })
    t.pass('the new model is served by B')
  })

  t.test('disabling an account on one replica refuses its tokens on the other; enabling lets them back', async (t) => {
    const a = await build(t, config)
    const b = await build(t, config, a)
    const { token } = await a.issue(['models'])
    t.equal(await statusOf(b, token), 200, 'replica B verified and cached the token')
    const account = (await a.app.db.account.findUniqueOrThrow({ where: { name: 'admin' } })).id
    const patch = (disabled: boolean) =>
      a.app.inject({
        method: 'PATCH',
        url: `/api/admin/accounts/${account}`,
        headers: bearer(a.adminToken),
        payload: { disabled },
      })
    t.equal((await patch(true)).statusCode, 200)
    const disableMs = await eventually(async () => (await statusOf(b, token)) === 403)
    t.ok(disableMs < 2_000, `disable seen by B after ${disableMs} ms`)
    const res = await b.app.inject({ method: 'GET', url: '/api/v2/models', headers: bearer(token) })
    t.equal(res.json().code, 'account_disabled')
    // The admin token belongs to the disabled account too: enable it from the CLI's side, on the database.
    await a.app.accounts.update(account, { disabled: false }, { type: 'cli' })
    const enableMs = await eventually(async () => (await statusOf(b, token)) === 200)
    t.ok(enableMs < 2_000, `enable seen by B after ${enableMs} ms`)
  })
}
