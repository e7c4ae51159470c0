// The admin ceiling through HTTP: a limited admin (some scopes, some models, expiring) cannot mint, widen, rotate,
// revoke or even see anything beyond what it holds, by any path; narrower grants work as before.
import t, { type Test } from 'tap'
import { SCOPES } from '../../../../schemas/tokens.ts'
import { bearer, build } from '../../../helpers/build.ts'

const hour = 3_600_000

t.test('a limited admin grants only within what it holds', async (t) => {
  const { app, adminToken, issue } = await build(t)
  const ownExpiry = new Date(Date.now() + hour)
  const limited = await issue(['admin', 'chat', 'models'], { models: ['openai/*'], expiresAt: ownExpiry, name: 'lim' })
  const power = await issue([...SCOPES], { name: 'power' })
  const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object, token = limited.token) =>
    app.inject({ method, url, headers: bearer(token), ...(payload ? { payload } : {}) })
  const refused = async (t: Test, name: string, res: Awaited<ReturnType<typeof call>>, code = 'grant_exceeds_own') => {
    t.equal(res.statusCode, 403, `${name}: 403`)
    t.match(res.json(), { error: 'Forbidden', code, message: String }, `${name}: ${code} in the Hub envelope`)
    t.notOk('token' in res.json(), `${name}: no plaintext`)
  }
  const before = await app.db.accessToken.count()
  const inAnHalfHour = new Date(Date.now() + hour / 2).toISOString()
  const narrow = { name: 'child', scopes: ['chat'], models: ['openai/gpt-4o*'], expiresAt: inAnHalfHour }

  await t.test('create: every way past the ceiling is refused', async (t) => {
    await refused(t, 'extra scope', await call('POST', '/api/admin/tokens', { ...narrow, scopes: ['chat', 'usage'] }))
    await refused(t, 'all scopes', await call('POST', '/api/admin/tokens', { ...narrow, scopes: [...SCOPES] }))
    await refused(t, 'all models', await call('POST', '/api/admin/tokens', { ...narrow, models: ['*'] }))
    await refused(t, 'default models (*)', await call('POST', '/api/admin/tokens', { ...narrow, models: undefined }))
    await refused(t, 'other provider', await call('POST', '/api/admin/tokens', { ...narrow, models: ['anthropic/*'] }))
    await refused(t, 'wider family', await call('POST', '/api/admin/tokens', { ...narrow, models: ['openai-eu/*'] }))
    const never = await call('POST', '/api/admin/tokens', { ...narrow, expiresAt: null })
    await refused(t, 'never expiring', never)
    t.match(never.json().message, /must expire no later/)
    await refused(t, 'no expiry given', await call('POST', '/api/admin/tokens', { ...narrow, expiresAt: undefined }))
    const later = new Date(ownExpiry.getTime() + 60_000).toISOString()
    await refused(t, 'expiring later', await call('POST', '/api/admin/tokens', { ...narrow, expiresAt: later }))
    t.equal(await app.db.accessToken.count(), before, 'nothing was created')
  })

  await t.test('accounts: unknown is 404, another account needs a full admin', async (t) => {
    const ghost = await call('POST', '/api/admin/tokens', { ...narrow, account: 'ghost' })
    t.equal(ghost.statusCode, 404)
    t.equal(ghost.json().code, 'account_not_found')
    t.equal(await app.db.account.count({ where: { name: 'ghost' } }), 0, 'naming an account never creates it')
    const other = await call('POST', '/api/admin/accounts', { name: 'other' }, adminToken)
    t.equal(other.statusCode, 201)
    for (const account of ['other', other.json().id]) {
      await refused(
        t,
        `token in another account (${account})`,
        await call('POST', '/api/admin/tokens', { ...narrow, account }),
        'full_admin_required',
      )
    }
    await refused(
      t,
      'create account',
      await call('POST', '/api/admin/accounts', { name: 'mine' }),
      'full_admin_required',
    )
    const rename = await call('PATCH', `/api/admin/accounts/${other.json().id}`, { name: 'x' })
    await refused(t, 'rename account', rename, 'full_admin_required')
    const disable = await call('PATCH', `/api/admin/accounts/${other.json().id}`, { disabled: true })
    await refused(t, 'disable account', disable, 'full_admin_required')
    const stillOk = await call('GET', `/api/admin/accounts/${other.json().id}`)
    t.match(stillOk.json(), { name: 'other', disabled: false }, 'reading accounts is fine; nothing changed')
  })

  await t.test('it cannot widen itself', async (t) => {
    const self = `/api/admin/tokens/${limited.id}`
    await refused(t, 'self to all scopes', await call('PATCH', self, { scopes: [...SCOPES] }))
    await refused(t, 'self to *', await call('PATCH', self, { models: ['*'] }))
    await refused(t, 'self to another provider', await call('PATCH', self, { models: ['openai/*', 'google/*'] }))
    await refused(t, 'self never expiring', await call('PATCH', self, { expiresAt: null }))
    const later = new Date(ownExpiry.getTime() + hour).toISOString()
    await refused(t, 'self expiring later', await call('PATCH', self, { expiresAt: later }))
    const row = await app.db.accessToken.findUniqueOrThrow({ where: { id: limited.id } })
    t.same(
      { scopes: row.scopes, models: row.models, expiresAt: row.expiresAt?.getTime() },
      { scopes: ['admin', 'chat', 'models'], models: ['openai/*'], expiresAt: ownExpiry.getTime() },
      'unchanged',
    )
  })

  await t.test('a more powerful token cannot be patched, rotated, revoked or seen', async (t) => {
    const target = `/api/admin/tokens/${power.id}`
    await refused(t, 'patch (even narrowing)', await call('PATCH', target, { scopes: ['chat'] }))
    await refused(t, 'patch name', await call('PATCH', target, { name: 'mine now' }))
    await refused(t, 'rotate', await call('POST', `${target}/rotate`))
    await refused(t, 'revoke', await call('DELETE', target))
    await refused(t, 'get', await call('GET', target))
    const list = await call('GET', '/api/admin/tokens?limit=500')
    t.equal(list.statusCode, 200)
    t.same(
      list.json().data.map((row: { id: string }) => row.id),
      [limited.id],
      'the listing holds only what it may manage (itself)',
    )
    const works = await app.inject({ method: 'GET', url: '/api/admin/tokens', headers: bearer(power.token) })
    t.equal(works.statusCode, 200, 'the powerful token still works with its old secret')
    const row = await app.db.accessToken.findUniqueOrThrow({ where: { id: power.id } })
    t.same(
      { name: row.name, revokedAt: row.revokedAt, scopes: row.scopes },
      { name: 'power', revokedAt: null, scopes: [...SCOPES] },
    )
  })

  await t.test('the catalogue and the audit log need a full admin', async (t) => {
    const provider = { name: 'mine', type: 'openai', baseUrl: 'http://127.0.0.1:9/v1' }
    await refused(t, 'create provider', await call('POST', '/api/admin/providers', provider), 'full_admin_required')
    const model = { id: 'openai/gpt-4o-x', upstreamModel: 'o1-pro', type: 'chat' }
    await refused(t, 'create model', await call('POST', '/api/admin/models', model), 'full_admin_required')
    await refused(t, 'read audit', await call('GET', '/api/admin/audit'), 'full_admin_required')
  })

  await t.test("admin usage: a limited admin reads its own account's only", async (t) => {
    const other = await app.db.account.findUniqueOrThrow({ where: { name: 'other' } })
    const own = await app.db.account.findUniqueOrThrow({ where: { name: 'admin' } })
    const record = (accountId: string, requestId: string) => ({
      requestId,
      tokenId: power.id,
      accountId,
      model: 'openai/gpt-4o',
      endpoint: '/v1/chat/completions',
      status: 200,
      latencyMs: 1,
    })
    await app.db.usageRecord.createMany({ data: [record(own.id, 'mine'), record(other.id, 'theirs')] })
    const limitedView = await call('GET', '/api/admin/usage')
    t.same(
      limitedView.json().data.map((u: { requestId: string }) => u.requestId),
      ['mine'],
    )
    const fullView = await call('GET', '/api/admin/usage', undefined, adminToken)
    t.same(
      fullView
        .json()
        .data.map((u: { requestId: string }) => u.requestId)
        .sort(),
      ['mine', 'theirs'],
    )
  })

  await t.test('narrower grants work: create, list, patch, rotate, revoke', async (t) => {
    const created = await call('POST', '/api/admin/tokens', { ...narrow, scopes: ['models'] })
    t.equal(created.statusCode, 201, created.body)
    const child = created.json()
    t.match(child, { scopes: ['models'], models: ['openai/gpt-4o*'], account: { name: 'admin' } })
    const models = (token: string) => app.inject({ method: 'GET', url: '/api/v2/models', headers: bearer(token) })
    t.equal((await models(child.token)).statusCode, 200, 'the child token works')
    const equal = await call('POST', '/api/admin/tokens', {
      name: 'peer',
      scopes: ['admin', 'chat', 'models'],
      models: ['openai/*'],
      expiresAt: ownExpiry.toISOString(),
    })
    t.equal(equal.statusCode, 201, 'a grant equal to its own is within it')

    const list = await call('GET', '/api/admin/tokens?limit=1')
    t.equal(list.json().data.length, 1)
    const all = [list.json().data[0].id]
    let cursor = list.json().nextCursor
    while (cursor) {
      const page = await call('GET', `/api/admin/tokens?limit=1&cursor=${cursor}`)
      all.push(...page.json().data.map((row: { id: string }) => row.id))
      cursor = page.json().nextCursor
    }
    t.same(all.sort(), [limited.id, child.id, equal.json().id].sort(), 'cursor pages over the manageable tokens only')

    const patched = await call('PATCH', `/api/admin/tokens/${child.id}`, { models: ['openai/gpt-4o-mini'] })
    t.equal(patched.statusCode, 200)
    t.same(patched.json().models, ['openai/gpt-4o-mini'])
    const self = await call('PATCH', `/api/admin/tokens/${limited.id}`, { name: 'lim, renamed' })
    t.equal(self.statusCode, 200, 'a token may change itself within its own grant')
    const rotated = await call('POST', `/api/admin/tokens/${child.id}/rotate`)
    t.equal(rotated.statusCode, 200)
    t.equal((await models(rotated.json().token)).statusCode, 200, 'the rotated secret works')
    t.equal((await models(child.token)).statusCode, 401, 'the old one does not')
    const revoked = await call('DELETE', `/api/admin/tokens/${child.id}`)
    t.equal(revoked.statusCode, 200)
    t.equal((await models(rotated.json().token)).json().code, 'token_revoked')
  })
})
