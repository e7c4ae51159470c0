// Credits through the admin API: a grant is a grant row and a ledger entry; a credits account's calls are
// charged once each, in the batch that writes their usage, drawn from the grant that expires first; refunds and
// adjustments are ledger entries with a note; every write is audited; bad input is a 4xx.
import t from 'tap'
import { bearer } from '../../../helpers/build.ts'
import { adminGet, creditsAccount, grantsOf, ledgerOf } from '../../../helpers/credits.ts'
import { gateway, json } from '../../../helpers/gateway.ts'

const CHAT = '/api/v2/chat/completions'
const messages = [{ role: 'user', content: 'hi' }]
const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString()

t.test('grants, charges drawn oldest-expiring first, refunds and adjustments', async (t) => {
  const gw = await gateway(t, { USAGE_BATCH_SIZE: 500 })
  const acme = await creditsAccount(gw, 'acme')
  const grants = `/api/admin/accounts/${acme.id}/credits/grants`

  // 0.000005 expiring in an hour, 0.00001 never: the first is spent first although granted second.
  const forever = await json(await gw.post(grants, gw.adminToken, { amount: '0.00001', note: 'welcome' }))
  const res = await gw.post(grants, gw.adminToken, { amount: '0.000005', expiresAt: inAnHour() })
  t.equal(res.status, 201)
  const soon = await json(res)
  t.match(soon, { amount: '0.0000050000', remaining: '0.0000050000', expiredAt: null, accountId: acme.id })
  t.match(forever, { amount: '0.0000100000', note: 'welcome', expiresAt: null })

  // Each call costs 0.0000048: the first from `soon`, the second 0.0000002 from `soon` and the rest from `forever`.
  const ids: string[] = []
  for (let i = 0; i < 2; i++) {
    const call = await gw.post(CHAT, acme.token, { model: 'mock/gpt-test', messages, max_tokens: 5 })
    t.equal(call.status, 200)
    ids.push(call.headers.get('x-request-id') as string)
  }
  // Postpaid calls are never charged.
  t.equal((await gw.post(CHAT, gw.adminToken, { model: 'mock/gpt-test', messages, max_tokens: 5 })).status, 200)
  t.equal(gw.app.usage.writer.state().pending, 3, 'nothing written yet: the charges wait for their usage batch')
  t.same(await ledgerOf(gw, acme.id).then((l) => l.filter((e) => e.kind === 'charge')), [], 'no charge before it')

  await gw.app.usage.writer.flush()
  const ledger = await ledgerOf(gw, acme.id)
  t.match(
    ledger.map(({ kind, amount, requestId, tokenId }) => ({ kind, amount, requestId, tokenId })),
    [
      { kind: 'charge', amount: '-0.0000048000', requestId: ids[1], tokenId: acme.tokenId },
      { kind: 'charge', amount: '-0.0000048000', requestId: ids[0], tokenId: acme.tokenId },
      { kind: 'grant', amount: '0.0000050000', requestId: null },
      { kind: 'grant', amount: '0.0000100000', requestId: null },
    ],
    'one charge per billed call, newest first',
  )
  t.equal(ledger[0].grantId, soon.id, 'the split charge names the first grant it drew from')
  const byId = Object.fromEntries((await grantsOf(gw, acme.id)).map((g) => [g.id, g.remaining]))
  t.same(byId, { [soon.id]: '0.0000000000', [forever.id]: '0.0000054000' }, 'the expiring grant is spent first')

  const adjustments = `/api/admin/accounts/${acme.id}/credits/adjustments`
  const refund = await gw.post(adjustments, gw.adminToken, {
    amount: '0.0000048',
    kind: 'refund',
    note: 'upstream answered garbage',
    requestId: ids[0],
  })
  t.equal(refund.status, 201)
  t.match(await json(refund), { kind: 'refund', amount: '0.0000048000', requestId: ids[0] })
  const take = await gw.post(adjustments, gw.adminToken, { amount: '-0.000001', note: 'goodwill reversed' })
  t.equal(take.status, 201)
  t.match(await json(take), { kind: 'adjustment', amount: '-0.0000010000', note: 'goodwill reversed' })

  const sum = (await ledgerOf(gw, acme.id)).reduce((s, e) => s + BigInt(e.amount.replace('.', '')), 0n)
  const held = (await grantsOf(gw, acme.id)).reduce((s, g) => s + BigInt(g.remaining.replace('.', '')), 0n)
  t.equal(sum, 92_000n, 'balance: 15 − 9.6 + 4.8 − 1 = 9.2 × 1e-6 USD')
  t.equal(held, sum, 'the grants hold exactly the balance')

  const audit = await adminGet(gw, `/api/admin/audit?targetId=${acme.id}`)
  t.same(
    audit.data.map((e: { action: string }) => e.action),
    ['credits.adjustment', 'credits.refund', 'credits.grant', 'credits.grant', 'account.create'],
    'every movement by an admin is audited',
  )
})

t.test('bad input is a 4xx, and only a full admin moves or reads credits', async (t) => {
  const gw = await gateway(t)
  const acme = await creditsAccount(gw, 'acme')
  const grants = `/api/admin/accounts/${acme.id}/credits/grants`
  const cases: Array<[string, object, number, string]> = [
    [grants, { amount: '-1' }, 400, 'validation_error'],
    [grants, { amount: '0' }, 400, 'validation_error'],
    [grants, { amount: '1.00000000001' }, 400, 'validation_error'],
    [grants, { amount: 1 }, 400, 'validation_error'],
    [grants, { amount: '1', expiresAt: '2001-01-01T00:00:00Z' }, 400, 'validation_error'],
    [`/api/admin/accounts/${acme.id}/credits/adjustments`, { amount: '1' }, 400, 'validation_error'],
    [`/api/admin/accounts/${acme.id}/credits/adjustments`, { amount: '0', note: 'x' }, 400, 'validation_error'],
    [
      `/api/admin/accounts/${acme.id}/credits/adjustments`,
      { amount: '-1', note: 'x', kind: 'refund' },
      400,
      'validation_error',
    ],
    [
      '/api/admin/accounts/00000000-0000-4000-8000-000000000000/credits/grants',
      { amount: '1' },
      404,
      'account_not_found',
    ],
  ]
  for (const [path, body, status, code] of cases) {
    const res = await gw.post(path, gw.adminToken, body)
    t.equal(res.status, status, `${JSON.stringify(body)} → ${status}`)
    t.match(await json(res), { code, message: String }, code)
  }
  const limited = await gw.issue(['admin', 'chat'])
  const refused = await gw.post(grants, limited.token, { amount: '1' })
  t.equal(refused.status, 403)
  t.match(await json(refused), { code: 'full_admin_required' })
  const read = await fetch(`${gw.url}/api/admin/accounts/${acme.id}/credits/ledger`, { headers: bearer(limited.token) })
  t.equal(read.status, 403)
  t.same(await ledgerOf(gw, acme.id), [], 'nothing was booked')
})

t.test('a call whose record is dead-lettered is not charged; the rest of its batch is', async (t) => {
  const gw = await gateway(t, { USAGE_BATCH_SIZE: 500 })
  // The provider reports 20 million prompt tokens: at this price the cost does not fit the cost column.
  await gw.addModels([{ id: 'mock/usage-large', type: 'chat', inputPrice: '999999999', outputPrice: '0' }])
  const acme = await creditsAccount(gw, 'acme', ['chat', 'usage'])
  await gw.post(`/api/admin/accounts/${acme.id}/credits/grants`, gw.adminToken, { amount: '100000' })
  const ids: Record<string, string> = {}
  for (const model of ['gpt-test', 'gpt-test', 'usage-large']) {
    const res = await gw.post(CHAT, acme.token, { model: `mock/${model}`, messages, max_tokens: 5 })
    t.equal(res.status, 200, model)
    ids[`${model}-${Object.keys(ids).length}`] = res.headers.get('x-request-id') as string
  }
  await gw.app.usage.writer.flush()
  t.equal(gw.app.usage.writer.state().deadLettered, 1, 'one record refused')
  const charges = (await ledgerOf(gw, acme.id)).filter((e) => e.kind === 'charge')
  t.same(
    charges.map((c) => c.requestId).sort(),
    [ids['gpt-test-0'], ids['gpt-test-1']].sort(),
    'the two written calls are charged, the refused one is not',
  )
  const own = await json(await gw.get('/api/v2/credits', acme.token))
  t.equal(own.balance, '99999.9999904000', 'the live balance is the ledger again: the refused call is given back')
})
