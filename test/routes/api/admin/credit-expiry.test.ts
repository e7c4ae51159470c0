// A grant past its expiry loses what it still holds through one `expiry` ledger entry, exactly once: expiry runs
// racing each other in one process, and (on PostgreSQL) two Hub instances on one database, book it once. The
// server's own timer books it without anyone asking.
import t from 'tap'
import { build } from '../../../helpers/build.ts'
import { creditsAccount, grantsOf, ledgerOf } from '../../../helpers/credits.ts'
import { gateway, json } from '../../../helpers/gateway.ts'

const CHAT = '/api/v2/chat/completions'
const messages = [{ role: 'user', content: 'hi' }]
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const onPostgres = Boolean(process.env.DATABASE_URL)

t.test('what is left of an expired grant is booked once, however many run the expiry', async (t) => {
  const gw = await gateway(t)
  const acme = await creditsAccount(gw, 'acme')
  const grants = `/api/admin/accounts/${acme.id}/credits/grants`
  const expiresAt = new Date(Date.now() + 1_500).toISOString()
  const soon = await json(await gw.post(grants, gw.adminToken, { amount: '0.00001', expiresAt }))
  await gw.post(grants, gw.adminToken, { amount: '0.00001' })
  t.equal((await gw.post(CHAT, acme.token, { model: 'mock/gpt-test', messages, max_tokens: 5 })).status, 200)
  await gw.app.usage.writer.flush()
  t.equal(await gw.app.credits.expireDue(), 0, 'nothing is due yet')

  await sleep(Date.parse(expiresAt) - Date.now() + 50)
  // A second Hub on the same PostgreSQL database, like a second replica.
  const peer = onPostgres ? await build(t, {}, { databaseOptions: gw.databaseOptions }) : null
  const runs = [gw.app, gw.app, gw.app, ...(peer ? [peer.app, peer.app] : [])].map((app) => app.credits.expireDue())
  const booked = await Promise.all(runs)
  t.equal(
    booked.reduce((a, b) => a + b, 0),
    1,
    `${runs.length} concurrent runs${peer ? ' on two instances' : ''} book it once`,
  )
  t.equal(await gw.app.credits.expireDue(), 0, 'and a later run finds nothing')

  const ledger = await ledgerOf(gw, acme.id)
  t.match(
    ledger.map(({ kind, amount, grantId }) => ({ kind, amount, grantId })),
    [
      { kind: 'expiry', amount: '-0.0000052000', grantId: soon.id },
      { kind: 'charge' },
      { kind: 'grant' },
      { kind: 'grant' },
    ],
    'the expiry books what the charge left of it',
  )
  const expired = (await grantsOf(gw, acme.id)).find((g) => g.id === soon.id)
  t.match(expired, { remaining: '0.0000000000', expiredAt: String })
  t.equal(await gw.app.credits.ledgerBalance(acme.id), 100_000n, 'the other grant is the balance')
})

t.test("the server's timer books expiries on its own", async (t) => {
  const gw = await gateway(t, { CREDIT_EXPIRY_MS: 100 })
  const acme = await creditsAccount(gw, 'acme')
  const expiresAt = new Date(Date.now() + 1_000).toISOString()
  const res = await gw.post(`/api/admin/accounts/${acme.id}/credits/grants`, gw.adminToken, { amount: '2', expiresAt })
  t.equal(res.status, 201)
  const deadline = Date.now() + 10_000
  while ((await ledgerOf(gw, acme.id)).length < 2 && Date.now() < deadline) await sleep(100)
  t.match(await ledgerOf(gw, acme.id), [{ kind: 'expiry', amount: '-2.0000000000' }, { kind: 'grant' }])
  t.equal(await gw.app.credits.ledgerBalance(acme.id), 0n)
})
