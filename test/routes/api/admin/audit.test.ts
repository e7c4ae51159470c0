// The audit log: every admin write (accounts, tokens, providers, credentials, models) leaves one row with the
// acting token's id and hint, the target before and after, the request id and ip, and never a secret; it is read
// newest first with filters and a cursor; a refused or failed write leaves none, and no write lands without one.
import t from 'tap'
import { SCOPES } from '../../../../schemas/tokens.ts'
import { bearer, build } from '../../../helpers/build.ts'

type Event = {
  id: string
  actor: { type: string; tokenId: string | null; hint: string | null }
  action: string
  target: { type: string; id: string }
  before: Record<string, unknown> | null
  after: Record<string, unknown> | null
  requestId: string | null
  ip: string | null
  createdAt: string
}

t.test('audit log', async (t) => {
  const { app, adminToken, issue } = await build(t)
  const admin = await app.db.accessToken.findFirstOrThrow({ where: { name: 'test admin' } })
  const call = async (
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    url: string,
    payload?: object,
    token = adminToken,
  ) => {
    const res = await app.inject({ method, url, headers: bearer(token), ...(payload ? { payload } : {}) })
    return res
  }
  const audit = async (query = '') => {
    const res = await call('GET', `/api/admin/audit${query}`)
    t.equal(res.statusCode, 200, res.body)
    return res.json() as { data: Event[]; nextCursor: string | null }
  }
  const startedAt = new Date(Date.now() - 1000).toISOString()
  const baseline = (await audit('?limit=500')).data.length

  // One of every admin write.
  const account = (await call('POST', '/api/admin/accounts', { name: 'team' })).json()
  await call('PATCH', `/api/admin/accounts/${account.id}`, { name: 'team-x', disabled: true })
  await call('PATCH', `/api/admin/accounts/${account.id}`, { disabled: false })
  const created = await call('POST', '/api/admin/tokens', { name: 'bot', scopes: ['chat'], account: account.id })
  const token = created.json()
  const patchRes = await call('PATCH', `/api/admin/tokens/${token.id}`, { scopes: ['chat', 'models'] })
  const rotated = (await call('POST', `/api/admin/tokens/${token.id}/rotate`)).json()
  await call('DELETE', `/api/admin/tokens/${token.id}`)
  await call('DELETE', `/api/admin/tokens/${token.id}`) // already revoked: no second write, no second row
  const provider = (
    await call('POST', '/api/admin/providers', { name: 'p', type: 'openai', baseUrl: 'http://127.0.0.1:9/v1' })
  ).json()
  await call('PATCH', `/api/admin/providers/${provider.id}`, { enabled: false })
  const apiKey = 'sk-audit-secret-0123456789abcdefXYZ'
  const credential = (
    await call('POST', `/api/admin/providers/${provider.id}/credentials`, { name: 'k', apiKey })
  ).json()
  await call('DELETE', `/api/admin/providers/${provider.id}/credentials/${credential.id}`)
  await call('POST', '/api/admin/models', { id: 'p/m', type: 'chat', inputPrice: 1, outputPrice: 2 })
  await call('PATCH', '/api/admin/models/p/m', { outputPrice: 3 })
  await call('DELETE', '/api/admin/models/p/m')
  await call('DELETE', `/api/admin/providers/${provider.id}`)

  const expected = [
    ['account.create', 'account', account.id],
    ['account.update', 'account', account.id],
    ['account.update', 'account', account.id],
    ['token.create', 'token', token.id],
    ['token.update', 'token', token.id],
    ['token.rotate', 'token', token.id],
    ['token.revoke', 'token', token.id],
    ['provider.create', 'provider', provider.id],
    ['provider.update', 'provider', provider.id],
    ['credential.create', 'credential', credential.id],
    ['credential.delete', 'credential', credential.id],
    ['model.create', 'model', 'p/m'],
    ['model.update', 'model', 'p/m'],
    ['model.delete', 'model', 'p/m'],
    ['provider.delete', 'provider', provider.id],
  ]
  const all = (await audit('?limit=500')).data
  const mine = all.slice(0, all.length - baseline).reverse()

  await t.test('one row per write, with who, what, when, before and after', async (t) => {
    t.same(
      mine.map((e) => [e.action, e.target.type, e.target.id]),
      expected,
      'every write, in order, and nothing else',
    )
    for (const e of mine) {
      t.same(e.actor, { type: 'token', tokenId: admin.id, hint: adminToken.slice(0, 8) }, `${e.action}: actor`)
      t.match(e.requestId, /^[0-9a-f-]{36}$/, `${e.action}: request id`)
      t.type(e.ip, 'string', `${e.action}: ip`)
      t.ok(Date.parse(e.createdAt) >= Date.parse(startedAt), `${e.action}: when`)
    }
    const [, rename, enable, , patch, rotate, revoke] = mine
    t.match(rename.before, { name: 'team', disabled: false })
    t.match(rename.after, { name: 'team-x', disabled: true })
    t.match(enable.after, { disabled: false })
    t.same(patch.before?.scopes, ['chat'])
    t.same(patch.after?.scopes, ['chat', 'models'])
    t.same(patch.after, patchRes.json(), 'after is the view the API answered')
    t.equal(rotate.before?.hint, token.hint)
    t.equal(rotate.after?.hint, rotated.hint, 'a rotation shows the hint change, not the secret')
    t.equal(revoke.before?.revokedAt, null)
    t.type(revoke.after?.revokedAt, 'string')
    t.equal(mine[0].before, null, 'a create has no before')
    t.equal(mine[mine.length - 1].after, null, 'a delete has no after')
    t.match(mine[9].after, { name: 'k', masked: String }, 'credentials appear masked')
  })

  await t.test('no secret anywhere: plaintexts, hashes, the key or its ciphertext', async (t) => {
    const rows = await app.db.auditEvent.findMany()
    const stored = JSON.stringify(rows, (_k, v) => (typeof v === 'bigint' ? v.toString() : v))
    const served = JSON.stringify(all)
    const tokenRow = await app.db.accessToken.findUniqueOrThrow({ where: { id: token.id } })
    const secrets = {
      'created plaintext': token.token,
      'rotated plaintext': rotated.token,
      'admin plaintext': adminToken,
      'token hash': tokenRow.hash,
      'admin hash': admin.hash,
      'api key': apiKey,
      'api key body': apiKey.slice(4, -4),
    }
    for (const [name, secret] of Object.entries(secrets)) {
      t.notOk(stored.includes(secret), `${name} not stored`)
      t.notOk(served.includes(secret), `${name} not served`)
    }
    t.notOk(/"hash"|"secret"|"token"\s*:/.test(stored), 'no field named like a secret')
  })

  await t.test('filters and the cursor', async (t) => {
    const updates = (await audit('?action=token.update')).data
    t.same(
      updates.map((e) => e.target.id),
      [token.id],
    )
    const ofToken = (await audit(`?targetType=token&targetId=${token.id}`)).data
    t.same(
      ofToken.map((e) => e.action),
      ['token.revoke', 'token.rotate', 'token.update', 'token.create'],
      'newest first',
    )
    const byAdmin = (await audit(`?actorTokenId=${admin.id}&limit=500`)).data
    t.equal(byAdmin.length, expected.length)
    const someoneElse = (await audit(`?actorTokenId=${token.id}`)).data
    t.equal(someoneElse.length, 0)
    t.equal((await audit(`?from=${new Date(Date.now() + 60_000).toISOString()}`)).data.length, 0, 'from the future')
    const first = mine[0].createdAt
    const mineIds = mine.map((e) => e.id)
    const until = (await audit(`?to=${first}&limit=500`)).data.map((e) => e.id)
    t.notOk(
      until.some((id) => mineIds.includes(id)),
      'to is exclusive: none of the writes from the first on',
    )
    const since = (await audit(`?from=${first}&limit=500`)).data.map((e) => e.id)
    t.ok(
      mineIds.every((id) => since.includes(id)),
      'from is inclusive: every write from the first on',
    )

    const paged: string[] = []
    let cursor: string | null = null
    do {
      const page = await audit(`?limit=4${cursor ? `&cursor=${cursor}` : ''}`)
      t.ok(page.data.length <= 4)
      paged.push(...page.data.map((e) => e.id))
      cursor = page.nextCursor
    } while (cursor)
    t.same(
      paged,
      all.map((e) => e.id),
      'the cursor walks the same rows, newest first, once each',
    )
    const bad = await call('GET', '/api/admin/audit?cursor=abc')
    t.equal(bad.statusCode, 400)
    t.equal(bad.json().code, 'validation_error')
  })

  await t.test('refused and failed writes leave no row', async (t) => {
    const count = await app.db.auditEvent.count()
    const limited = await issue(['admin'], { models: ['openai/*'], expiresAt: new Date(Date.now() + 3_600_000) })
    const afterIssue = await app.db.auditEvent.count()
    t.equal(afterIssue, count + 1, 'the helper issue is recorded too (actor: system)')
    await call('POST', '/api/admin/tokens', { name: 'x', scopes: [...SCOPES] }, limited.token)
    await call('POST', '/api/admin/accounts', { name: 'nope' }, limited.token)
    await call('PATCH', '/api/admin/tokens/00000000-0000-4000-8000-000000000000', { name: 'x' })
    await call('POST', '/api/admin/tokens', { name: 'x', scopes: ['chat'], account: 'ghost' })
    t.equal(await app.db.auditEvent.count(), afterIssue)
  })

  await t.test('no write lands without its record: a failing audit insert undoes the write', async (t) => {
    await app.db.$executeRawUnsafe('ALTER TABLE "AuditEvent" RENAME TO "AuditEventAway"')
    t.teardown(() => app.db.$executeRawUnsafe('ALTER TABLE "AuditEventAway" RENAME TO "AuditEvent"'))
    const res = await call('POST', '/api/admin/accounts', { name: 'unrecorded' })
    t.equal(res.statusCode, 500)
    const tok = await call('POST', '/api/admin/tokens', { name: 'unrecorded', scopes: ['chat'] })
    t.equal(tok.statusCode, 500)
    t.equal(await app.db.account.count({ where: { name: 'unrecorded' } }), 0, 'the account was rolled back')
    t.equal(await app.db.accessToken.count({ where: { name: 'unrecorded' } }), 0, 'the token was rolled back')
  })
})
