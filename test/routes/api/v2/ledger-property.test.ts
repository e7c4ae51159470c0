// Property: after any random sequence of grants (some expiring), calls of a credits account (charged through the
// usage writer), refunds, adjustments and expiry runs, several of them at once, each account's ledger sums to
// the live balance GET /api/v2/credits shows, to the grants' remaining less what went unallocated, and to what
// the operations moved: every answered call charged once, every expiry booked once.
import fc from 'fast-check'
import t from 'tap'
import { SYSTEM_ACTOR } from '../../../../lib/audit/actor.ts'
import { bearer } from '../../../helpers/build.ts'
import { gateway, json } from '../../../helpers/gateway.ts'

const CHAT = '/api/v2/chat/completions'
const messages = [{ role: 'user', content: 'hi' }]
/** What one call costs (12 prompt + 5 completion tokens at the gateway's prices), in 1e-10 USD. */
const CALL_E10 = 48_000n
const MICRO = 10_000n // 1e-6 USD in 1e-10 USD
const usd = (micro: number) =>
  micro < 0 ? `-0.${String(-micro).padStart(6, '0')}` : `0.${String(micro).padStart(6, '0')}`
const e10 = (text: string) => {
  const [whole, frac = ''] = text.replace('-', '').split('.')
  const value = BigInt(whole) * 10_000_000_000n + BigInt(frac.padEnd(10, '0'))
  return text.startsWith('-') ? -value : value
}
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const op = fc.oneof(
  fc.record({ kind: fc.constant('grant' as const), micro: fc.integer({ min: 1, max: 20 }), expires: fc.boolean() }),
  fc.record({ kind: fc.constant('calls' as const), n: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant('refund' as const), micro: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ kind: fc.constant('adjust' as const), micro: fc.integer({ min: -8, max: 8 }).filter((m) => m !== 0) }),
  fc.record({ kind: fc.constant('expire' as const) }),
)
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never

t.test('the ledger, the live balance and the grants agree after any workload', async (t) => {
  const gw = await gateway(t)
  let run = 0

  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.array(op, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 5 }),
      async (steps) => {
        const acme = await json(
          await gw.post('/api/admin/accounts', gw.adminToken, { name: `acme-${run++}`, billingMode: 'credits' }),
        )
        const { token } = await gw.app.tokens.issue(
          { name: 'bot', accountId: acme.id, scopes: ['chat', 'usage'] },
          SYSTEM_ACTOR,
        )
        const base = `/api/admin/accounts/${acme.id}/credits`
        let moved = 0n // what grants, refunds and adjustments added, and answered calls took
        const apply = async (o: Op) => {
          if (o.kind === 'grant') {
            const expiresAt = o.expires ? new Date(Date.now() + 150).toISOString() : undefined
            const res = await gw.post(`${base}/grants`, gw.adminToken, { amount: usd(o.micro), expiresAt })
            if (res.status !== 201) throw new Error(`grant: ${res.status} ${await res.text()}`)
            moved += BigInt(o.micro) * MICRO
          } else if (o.kind === 'calls') {
            const answers = await Promise.all(
              Array.from({ length: o.n }, () =>
                gw.post(CHAT, token, { model: 'mock/gpt-test', messages, max_tokens: 5 }),
              ),
            )
            for (const res of answers) {
              if (res.status === 200) moved -= CALL_E10
              else if (res.status !== 402) throw new Error(`call: ${res.status} ${await res.text()}`)
              await res.arrayBuffer()
            }
          } else if (o.kind === 'expire') {
            await gw.app.credits.expireDue()
          } else {
            const body = { amount: usd(o.micro), note: o.kind, kind: o.kind === 'refund' ? 'refund' : 'adjustment' }
            const res = await gw.post(`${base}/adjustments`, gw.adminToken, body)
            if (res.status !== 201) throw new Error(`${o.kind}: ${res.status} ${await res.text()}`)
            moved += BigInt(o.micro) * MICRO
          }
        }
        for (const group of steps) {
          // A group runs at once; some calls' usage is written between groups, some only at the end.
          await Promise.all([...group.map(apply), group.length > 1 ? gw.app.usage.writer.flush() : null])
        }
        await sleep(200)
        await Promise.all([gw.app.credits.expireDue(), gw.app.credits.expireDue(), gw.app.usage.writer.flush()])
        await gw.app.usage.writer.flush()

        const ledger = (
          await json(await fetch(`${gw.url}${base}/ledger?limit=500`, { headers: bearer(gw.adminToken) }))
        ).data as Array<{ kind: string; amount: string; grantId: string | null }>
        const grants = (
          await json(await fetch(`${gw.url}${base}/grants?limit=500`, { headers: bearer(gw.adminToken) }))
        ).data as Array<{ remaining: string; expiresAt: string | null; expiredAt: string | null }>
        const own = await json(await fetch(`${gw.url}/api/v2/credits`, { headers: bearer(token) }))

        const sum = ledger.reduce((s, e) => s + e10(e.amount), 0n)
        const expired = ledger.filter((e) => e.kind === 'expiry').reduce((s, e) => s + e10(e.amount), 0n)
        const held = grants.reduce((s, g) => s + e10(g.remaining), 0n)
        const unallocated = held - sum
        t.equal(e10(own.balance), sum, 'the live balance is the ledger')
        t.equal(sum, moved + expired, 'every answered call charged once; expiries as booked')
        t.ok(unallocated >= 0n, 'the grants never hold less than the balance')
        if (unallocated > 0n) {
          t.equal(held, 0n, 'something went unallocated only when no grant could cover it')
        }
        for (const g of grants) if (g.expiresAt) t.not(g.expiredAt, null, 'every due expiry was booked')
        const expiries = ledger.filter((e) => e.kind === 'expiry').map((e) => e.grantId)
        t.equal(new Set(expiries).size, expiries.length, 'no grant expired twice')
      },
    ),
    { numRuns: 12 },
  )
})
