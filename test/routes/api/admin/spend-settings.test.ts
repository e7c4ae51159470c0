// Billing mode, budgets and rate limits through the admin API: accounts and tokens take and show them, a change
// reaches the very next request (the cached principal is evicted), a limited admin cannot hand out looser limits
// than its own, models take an output ceiling, and bad values are 400s.
import t from 'tap'
import { bearer, build } from '../../../helpers/build.ts'

const hour = 3_600_000

t.test('accounts and tokens take a billing mode, a budget and limits', async (t) => {
  const { app, adminToken, issue } = await build(t)
  const call = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object, token = adminToken) =>
    app.inject({ method, url, headers: bearer(token), ...(payload ? { payload } : {}) })

  const created = await call('POST', '/api/admin/accounts', {
    name: 'acme',
    billingMode: 'credits',
    budget: { amount: '10.5', period: 'month' },
    limits: { rpm: 60 },
  })
  t.equal(created.statusCode, 201)
  const acme = created.json()
  t.match(acme, {
    billingMode: 'credits',
    budget: { amount: '10.5000000000', period: 'month' },
    rpm: 60,
    tpm: null,
    concurrency: null,
  })
  t.match((await call('POST', '/api/admin/accounts', { name: 'plain' })).json(), {
    billingMode: 'postpaid',
    budget: null,
    rpm: null,
  })

  const tokenRes = await call('POST', '/api/admin/tokens', {
    name: 'bot',
    scopes: ['chat'],
    account: 'acme',
    budget: { amount: '1', period: 'day' },
    limits: { tpm: 5000, concurrency: 2 },
  })
  t.equal(tokenRes.statusCode, 201)
  const bot = tokenRes.json()
  t.match(bot, { budget: { amount: '1.0000000000', period: 'day' }, rpm: null, tpm: 5000, concurrency: 2 })

  // The principal the hot path reads carries both; a change applies from the very next verification.
  const seen = async () => {
    const result = await app.tokens.verify(bot.token)
    if (!result.ok) throw new Error(result.reason)
    return result.principal
  }
  t.match((await seen()).account, { billingMode: 'credits', limits: { rpm: 60, budget: { period: 'month' } } })
  const patched = await call('PATCH', `/api/admin/accounts/${acme.id}`, {
    billingMode: 'postpaid',
    budget: null,
    limits: { rpm: null, tpm: 100 },
  })
  t.equal(patched.statusCode, 200)
  t.match(patched.json(), { billingMode: 'postpaid', budget: null, rpm: null, tpm: 100 })
  t.same((await seen()).account, {
    billingMode: 'postpaid',
    limits: { budget: null, rpm: null, tpm: 100, concurrency: null },
  })

  const tokenPatch = await call('PATCH', `/api/admin/tokens/${bot.id}`, { limits: { concurrency: null, rpm: 5 } })
  t.equal(tokenPatch.statusCode, 200)
  t.match(tokenPatch.json(), { budget: { period: 'day' }, rpm: 5, tpm: 5000, concurrency: null }, 'left out: unchanged')
  t.same((await seen()).limits, {
    budget: { amount: 10_000_000_000n, period: 'day' },
    rpm: 5,
    tpm: 5000,
    concurrency: null,
  })

  const audit = await call('GET', `/api/admin/audit?targetId=${acme.id}&action=account.update`)
  t.match(audit.json().data[0], {
    before: { billingMode: 'credits', rpm: 60 },
    after: { billingMode: 'postpaid', tpm: 100 },
  })

  for (const [what, url, body] of [
    ['rpm 0', '/api/admin/accounts', { name: 'x', limits: { rpm: 0 } }],
    ['rpm 1.5', '/api/admin/accounts', { name: 'x', limits: { rpm: 1.5 } }],
    ['unknown limit', '/api/admin/accounts', { name: 'x', limits: { rph: 1 } }],
    ['budget period', '/api/admin/accounts', { name: 'x', budget: { amount: '1', period: 'year' } }],
    ['budget decimals', '/api/admin/accounts', { name: 'x', budget: { amount: '1.00000000001', period: 'day' } }],
    ['negative budget', '/api/admin/accounts', { name: 'x', budget: { amount: '-1', period: 'day' } }],
    ['billing mode', '/api/admin/accounts', { name: 'x', billingMode: 'prepaid' }],
    ['token tpm', '/api/admin/tokens', { name: 'x', scopes: ['chat'], limits: { tpm: -1 } }],
  ] as const) {
    const res = await call('POST', url, body)
    t.equal(res.statusCode, 400, what)
    t.equal(res.json().code, 'validation_error', what)
  }

  await t.test('a limited admin gives no looser limits than its own', async (t) => {
    const limited = await issue(['admin', 'chat'], { expiresAt: new Date(Date.now() + hour), name: 'lim' })
    const own = await call('PATCH', `/api/admin/tokens/${limited.id}`, {
      budget: { amount: '5', period: 'month' },
      limits: { rpm: 10 },
    })
    t.equal(own.statusCode, 200)
    const child = (extra: object) => ({
      name: 'child',
      scopes: ['chat'],
      expiresAt: new Date(Date.now() + hour / 2).toISOString(),
      ...extra,
    })
    const as = (body: object) => call('POST', '/api/admin/tokens', body, limited.token)
    for (const [what, extra] of [
      ['no rpm', { budget: { amount: '5', period: 'month' } }],
      ['higher rpm', { budget: { amount: '5', period: 'month' }, limits: { rpm: 11 } }],
      ['no budget', { limits: { rpm: 10 } }],
      ['larger budget', { budget: { amount: '5.01', period: 'month' }, limits: { rpm: 10 } }],
      ['other period', { budget: { amount: '1', period: 'day' }, limits: { rpm: 10 } }],
    ] as const) {
      const res = await as(child(extra))
      t.equal(res.statusCode, 403, what)
      t.match(res.json(), { code: 'grant_exceeds_own', message: /looser than this token's own/ }, what)
    }
    const ok = await as(child({ budget: { amount: '2', period: 'month' }, limits: { rpm: 10, tpm: 99 } }))
    t.equal(ok.statusCode, 201, 'tighter or equal limits, and one it does not have itself')
    const loosen = await call('PATCH', `/api/admin/tokens/${ok.json().id}`, { limits: { rpm: null } }, limited.token)
    t.equal(loosen.statusCode, 403, 'nor by a later PATCH')
  })

  await t.test('models take maxOutputTokens', async (t) => {
    t.equal((await call('POST', '/api/admin/providers', { name: 'p', type: 'openai' })).statusCode, 201)
    const model = await call('POST', '/api/admin/models', { id: 'p/m', type: 'chat', maxOutputTokens: 8192 })
    t.equal(model.statusCode, 201)
    t.match(model.json(), { maxOutputTokens: 8192 })
    const patched = await call('PATCH', '/api/admin/models/p/m', { maxOutputTokens: null })
    t.equal(patched.statusCode, 200)
    t.match(patched.json(), { maxOutputTokens: null })
    const bad = await call('PATCH', '/api/admin/models/p/m', { maxOutputTokens: 0 })
    t.equal(bad.statusCode, 400)
  })
})
