// A caller reads its own spending back: GET /api/v2/credits (live balance, open grants, budgets, limits, latest
// charges), AIGNE's GET /api/user/info, and GET /api/v2/status?model=… saying whether it can call that model now
// and why not. Grants and expiries move the live balance at once; charges once their call is settled.
import t from 'tap'
import { SYSTEM_ACTOR } from '../../../../lib/audit/actor.ts'
import { bearer } from '../../../helpers/build.ts'
import { gateway, json } from '../../../helpers/gateway.ts'

const CHAT = '/api/v2/chat/completions'
const messages = [{ role: 'user', content: 'hi' }]
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

t.test('credits, user info and status for the caller', async (t) => {
  const gw = await gateway(t)
  const created = await gw.post('/api/admin/accounts', gw.adminToken, { name: 'acme', billingMode: 'credits' })
  const acme = await json(created)
  const { row, token } = await gw.app.tokens.issue(
    { name: 'bot', accountId: acme.id, scopes: ['chat', 'usage'], models: ['mock/gpt-test'] },
    SYSTEM_ACTOR,
  )
  const get = async (path: string, as = token) => {
    const res = await fetch(`${gw.url}${path}`, { headers: bearer(as) })
    t.equal(res.status, 200, `GET ${path}`)
    return json(res)
  }
  const status = (model: string, as: string | null = token) =>
    fetch(`${gw.url}/api/v2/status?model=${encodeURIComponent(model)}`, { headers: as ? bearer(as) : {} }).then(json)

  t.same(await get('/api/v2/credits'), {
    billingMode: 'credits',
    balance: '0.0000000000',
    currency: 'USD',
    grants: [],
    budgets: [],
    limits: [],
    recentCharges: [],
  })
  t.match(await status('mock/gpt-test'), {
    available: false,
    model: 'mock/gpt-test',
    reason: 'insufficient_credits',
    message: String,
  })
  t.equal((await gw.post(CHAT, token, { model: 'mock/gpt-test', messages, max_tokens: 5 })).status, 402)

  const grants = `/api/admin/accounts/${acme.id}/credits/grants`
  const expiresAt = new Date(Date.now() + 1_500).toISOString()
  await gw.post(grants, gw.adminToken, { amount: '0.00002', note: 'start' })
  await gw.post(grants, gw.adminToken, { amount: '0.000001', expiresAt })
  t.match(await get('/api/v2/credits'), { balance: '0.0000210000', grants: [{ expiresAt }, { note: 'start' }] })
  t.match(await status('mock/gpt-test'), { available: true, model: 'mock/gpt-test' })
  t.notOk('reason' in (await status('mock/gpt-test')))

  const call = await gw.post(CHAT, token, { model: 'mock/gpt-test', messages, max_tokens: 5 })
  t.equal(call.status, 200)
  const requestId = call.headers.get('x-request-id')
  await gw.app.usage.writer.flush()
  const after = await get('/api/v2/credits')
  t.equal(after.balance, '0.0000162000', 'less the call (0.0000048)')
  t.match(after.recentCharges, [{ kind: 'charge', amount: '-0.0000048000', requestId, tokenId: row.id }])
  t.match(
    after.grants,
    [{ remaining: '0.0000162000', note: 'start' }],
    'the expiring grant was drawn first (and is gone)',
  )

  t.same(await get('/api/user/info'), {
    user: { did: acme.id, fullName: 'acme', email: '' },
    enableCredit: true,
    creditPrefix: '$',
    creditBalance: { balance: '0.0000162000', total: '0.0000210000', grantCount: 1, pendingCredit: '0.0000000000' },
    paymentLink: null,
    profileLink: '',
  })

  // The expiry of a grant moves the live balance too (here: nothing left of it, so nothing moves).
  await sleep(Date.parse(expiresAt) - Date.now() + 50)
  t.equal(await gw.app.credits.expireDue(), 1)
  t.equal((await get('/api/v2/credits')).balance, '0.0000162000')

  // Model checks, then a budget the token has spent.
  t.match(await status('mock/tools'), { available: false, reason: 'model_not_allowed' })
  t.match(await status('mock/nope'), { available: false, reason: 'model_not_found' })
  t.match(await status('mock/gpt-test', null), { available: true }, 'without a token: the model alone')
  const bad = await fetch(`${gw.url}/api/v2/status?model=mock/gpt-test`, { headers: bearer('hub_nope') })
  t.equal(bad.status, 401, 'a token sent must be valid')
  const patched = await gw.app.inject({
    method: 'PATCH',
    url: `/api/admin/tokens/${row.id}`,
    headers: bearer(gw.adminToken),
    payload: { budget: { amount: '0.000002', period: 'day' }, limits: { rpm: 100 } },
  })
  t.equal(patched.statusCode, 200)
  t.match(await status('mock/gpt-test'), { available: false, reason: 'budget_exceeded' })
  t.match((await get('/api/v2/credits')).budgets, [
    { scope: 'token', amount: '0.0000020000', period: 'day', spent: '0.0000048000', remaining: '0.0000000000' },
  ])
  t.match((await get('/api/v2/credits')).limits, [{ scope: 'token', kind: 'rpm', limit: 100 }])

  // A postpaid caller: no balance.
  t.match(await get('/api/v2/credits', gw.adminToken), { billingMode: 'postpaid', balance: null })
  t.match(await get('/api/user/info', gw.adminToken), { enableCredit: false, creditBalance: null })
  const chatOnly = await gw.issue(['chat'])
  const refused = await fetch(`${gw.url}/api/v2/credits`, { headers: bearer(chatOnly.token) })
  t.equal(refused.status, 403, 'reading credits needs the usage scope')
})
