// Accounts are explicit: created, listed (cursor), read, renamed, disabled and enabled through /api/admin/accounts;
// an unknown account is a 404, never a new row; a disabled account's tokens are refused from the next request.
import t from 'tap'
import { bearer, build } from '../../../helpers/build.ts'

t.test('accounts API', async (t) => {
  const { app, adminToken } = await build(t)
  const call = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object, token = adminToken) =>
    app.inject({ method, url, headers: bearer(token), ...(payload ? { payload } : {}) })

  await t.test('create, duplicate, get, list with a cursor, rename', async (t) => {
    const created = await call('POST', '/api/admin/accounts', { name: 'team-a' })
    t.equal(created.statusCode, 201)
    t.match(created.json(), { id: String, name: 'team-a', disabled: false, disabledAt: null, createdAt: String })
    const dup = await call('POST', '/api/admin/accounts', { name: 'team-a' })
    t.equal(dup.statusCode, 409)
    t.equal(dup.json().code, 'conflict')
    await call('POST', '/api/admin/accounts', { name: 'team-b' })

    const got = await call('GET', `/api/admin/accounts/${created.json().id}`)
    t.same(got.json(), created.json())
    const unknown = await call('GET', '/api/admin/accounts/00000000-0000-4000-8000-000000000000')
    t.equal(unknown.statusCode, 404)
    t.equal(unknown.json().code, 'account_not_found')

    const names: string[] = []
    let cursor: string | null = null
    do {
      const page = await call('GET', `/api/admin/accounts?limit=1${cursor ? `&cursor=${cursor}` : ''}`)
      t.equal(page.statusCode, 200)
      t.ok(page.json().data.length <= 1)
      names.push(...page.json().data.map((a: { name: string }) => a.name))
      cursor = page.json().nextCursor
    } while (cursor)
    t.same(names, ['team-b', 'team-a', 'admin'], 'newest first, every account once')

    const renamed = await call('PATCH', `/api/admin/accounts/${created.json().id}`, { name: 'team-alpha' })
    t.equal(renamed.statusCode, 200)
    t.equal(renamed.json().name, 'team-alpha')
    const clash = await call('PATCH', `/api/admin/accounts/${created.json().id}`, { name: 'team-b' })
    t.equal(clash.statusCode, 409)
    const missing = await call('PATCH', '/api/admin/accounts/00000000-0000-4000-8000-000000000000', { name: 'x' })
    t.equal(missing.statusCode, 404)
    t.equal(missing.json().code, 'account_not_found')
    for (const payload of [{}, { name: '' }, { name: '  padded ' }, { name: 'x', admin: true }, { disabled: 'yes' }]) {
      const bad = await call('PATCH', `/api/admin/accounts/${created.json().id}`, payload)
      t.equal(bad.statusCode, 400, JSON.stringify(payload))
      t.equal(bad.json().code, 'validation_error')
    }
  })

  await t.test('tokens name an existing account by id or name; an unknown one is 404 and no row', async (t) => {
    const account = (await call('POST', '/api/admin/accounts', { name: 'billing' })).json()
    for (const ref of ['billing', account.id]) {
      const res = await call('POST', '/api/admin/tokens', { name: `by ${ref}`, scopes: ['models'], account: ref })
      t.equal(res.statusCode, 201, ref)
      t.same(res.json().account, { id: account.id, name: 'billing' })
    }
    const before = await app.db.account.count()
    for (const ref of ['nobody', '00000000-0000-4000-8000-000000000000']) {
      const res = await call('POST', '/api/admin/tokens', { name: 'x', scopes: ['models'], account: ref })
      t.equal(res.statusCode, 404, ref)
      t.match(res.json(), { error: 'Not Found', code: 'account_not_found', message: /does not exist/ })
    }
    t.equal(await app.db.account.count(), before, 'no account was created by naming it')
  })

  await t.test("disabling refuses the account's tokens from the next request; enabling restores them", async (t) => {
    const account = (await call('POST', '/api/admin/accounts', { name: 'tenant' })).json()
    const { token } = (
      await call('POST', '/api/admin/tokens', { name: 'app', scopes: ['models'], account: account.id })
    ).json()
    const models = () => app.inject({ method: 'GET', url: '/api/v2/models', headers: bearer(token) })
    t.equal((await models()).statusCode, 200, 'works, and is now cached')

    const disabled = await call('PATCH', `/api/admin/accounts/${account.id}`, { disabled: true })
    t.equal(disabled.statusCode, 200)
    t.match(disabled.json(), { disabled: true, disabledAt: String })
    const refused = await models()
    t.equal(refused.statusCode, 403, 'refused at once, despite the cache')
    t.same(refused.json(), {
      error: 'Forbidden',
      message: "This token's account is disabled",
      code: 'account_disabled',
    })
    const openai = await app.inject({ method: 'GET', url: '/v1/models', headers: bearer(token) })
    t.equal(openai.statusCode, 403)
    t.equal(openai.json().error.code, 'account_disabled', 'in the OpenAI envelope under /v1')

    const issue = await call('POST', '/api/admin/tokens', { name: 'more', scopes: ['models'], account: account.id })
    t.equal(issue.statusCode, 409, 'no new tokens for a disabled account')

    const enabled = await call('PATCH', `/api/admin/accounts/${account.id}`, { disabled: false })
    t.match(enabled.json(), { disabled: false, disabledAt: null })
    t.equal((await models()).statusCode, 200, 'works again at once')
  })
})
