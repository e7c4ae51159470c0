// The same cases against both counter stores: in memory (one process) and Redis (several replicas). Spend control
// runs over a real, migrated database (balances are filled from its ledger) with an injected clock.
import { randomUUID } from 'node:crypto'
import type { Test } from 'tap'
import t from 'tap'
import { type OpenedDatabase, openDatabase } from '../../../lib/db/open.ts'
import { HubError } from '../../../lib/errors.ts'
import { usdToE10 } from '../../../lib/money.ts'
import type { SpendLimits } from '../../../lib/tokens/principal.ts'
import { testDatabaseOptions } from '../../helpers/database.ts'
import { type StoreKind, spendControlOn } from '../../helpers/spend-control.ts'
import { principalWith } from '../../helpers/spend-principal.ts'

const usd = (text: string) => usdToE10(text)

let database: OpenedDatabase
t.before(async () => {
  const { options, cleanup } = await testDatabaseOptions()
  database = await openDatabase({ ...options, migrate: true })
  t.teardown(async () => {
    await database.close()
    await cleanup?.()
  })
})

/** A credits account with `balance` granted in its ledger. */
async function account(balance?: string) {
  const row = await database.prisma.account.create({
    data: { name: `spend-${randomUUID()}`, billingMode: balance === undefined ? 'postpaid' : 'credits' },
  })
  if (balance !== undefined) {
    await database.prisma.creditLedgerEntry.create({ data: { accountId: row.id, kind: 'grant', amount: balance } })
  }
  return row.id
}

const control = (t: Test, kind: StoreKind, clock: { now: number }, timeZone = 'UTC') =>
  spendControlOn(t, kind, database.prisma, () => clock.now, timeZone)

async function refusedWith(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
    return 'admitted'
  } catch (err) {
    if (err instanceof HubError) return err.code
    throw err
  }
}

for (const kind of ['memory', 'redis'] as const) {
  t.test(`${kind}: all limits are taken at once or none is`, async (t) => {
    const clock = { now: Date.parse('2026-12-02T10:00:10Z') }
    const spend = await control(t, kind, clock)
    const accountId = await account('1')
    const token: Partial<SpendLimits> = { rpm: 2, tpm: 1000, concurrency: 5 }
    const p = principalWith({ accountId, tokenId: randomUUID(), billingMode: 'credits', token })
    t.ok(spend.applies(p))

    // Over the balance: refused, and the refusal took no request, no tokens and no credits.
    t.equal(await refusedWith(spend.admit(p, { costE10: usd('1.5'), tokens: 100 })), 'insufficient_credits')
    let state = await spend.state(p)
    t.equal(state.balance, usd('1'), 'the refusal reserved nothing')
    t.same(
      state.limits.map((l) => [l.kind, l.remaining]),
      [
        ['rpm', 2],
        ['tpm', 1000],
        ['concurrency', 5],
      ],
    )

    const first = await spend.admit(p, { costE10: usd('0.4'), tokens: 100 })
    t.equal(first.headers['x-ratelimit-remaining-requests'], '1')
    t.equal(first.headers['x-ratelimit-remaining-tokens'], '900')
    t.equal(first.headers['x-ratelimit-reset-requests'], '50s')
    await spend.admit(p, { costE10: usd('0.4'), tokens: 100 })
    // Third: the balance would cover it, RPM does not; the balance is not touched.
    const err = await spend.admit(p, { costE10: usd('0.1'), tokens: 100 }).catch((e) => e)
    t.equal(err.code, 'rate_limited')
    t.equal(err.retryAfter, 50)
    t.equal(err.headers['x-ratelimit-remaining-requests'], '0')
    state = await spend.state(p)
    t.equal(state.balance, usd('0.2'), 'two calls reserved, the refused one nothing')
    t.equal(state.limits.find((l) => l.kind === 'tpm')?.remaining, 800)
  })

  t.test(`${kind}: a day budget resets at midnight in BUDGET_TIME_ZONE`, async (t) => {
    // 23:59:30 in Tokyo (UTC+9) is 14:59:30 UTC.
    const clock = { now: Date.parse('2026-12-02T14:59:30Z') }
    const spend = await control(t, kind, clock, 'Asia/Tokyo')
    const accountId = await account()
    const p = principalWith({
      accountId,
      tokenId: randomUUID(),
      token: { budget: { amount: usd('1'), period: 'day' } },
    })
    const call = await spend.admit(p, { costE10: usd('0.9'), tokens: 1 })
    call.settle({ costE10: usd('0.8'), tokens: 1 })
    await new Promise((r) => setImmediate(r))
    t.equal(await refusedWith(spend.admit(p, { costE10: usd('0.3'), tokens: 1 })), 'budget_exceeded')
    const state = await spend.state(p)
    t.equal(state.budgets[0].spent, usd('0.8'))
    t.equal(state.budgets[0].resetsAt?.toISOString(), '2026-12-02T15:00:00.000Z', 'Tokyo midnight')

    clock.now = Date.parse('2026-12-02T15:00:00Z')
    t.equal(await refusedWith(spend.admit(p, { costE10: usd('0.3'), tokens: 1 })), 'admitted', 'a new day')
    t.equal((await spend.state(p)).budgets[0].spent, usd('0.3'))
  })

  t.test(`${kind}: a budget starts from what the usage records spent this period`, async (t) => {
    const clock = { now: Date.parse('2026-12-15T12:00:00Z') }
    const spend = await control(t, kind, clock)
    const accountId = await account()
    const tokenId = randomUUID()
    const record = (cost: string, createdAt: string) => ({
      requestId: randomUUID(),
      tokenId,
      accountId,
      model: 'm',
      endpoint: 'chat.completions',
      cost,
      status: 200,
      latencyMs: 1,
      createdAt: new Date(createdAt),
    })
    await database.prisma.usageRecord.createMany({
      data: [
        record('0.25', '2026-11-30T23:59:59Z'),
        record('0.5', '2026-12-01T00:00:00Z'),
        record('0.125', '2026-12-10T08:00:00Z'),
      ],
    })
    const p = principalWith({ accountId, tokenId, account: { budget: { amount: usd('1'), period: 'month' } } })
    t.equal((await spend.state(p)).budgets[0].spent, usd('0.625'), "December's records only")
    t.equal(await refusedWith(spend.admit(p, { costE10: usd('0.4'), tokens: 1 })), 'budget_exceeded')
    t.equal(await refusedWith(spend.admit(p, { costE10: usd('0.375'), tokens: 1 })), 'admitted', 'exactly what is left')
  })

  t.test(`${kind}: TPM reserves the worst case and settles the real tokens`, async (t) => {
    const clock = { now: Date.parse('2026-12-02T10:00:00Z') }
    const spend = await control(t, kind, clock)
    const p = principalWith({ accountId: await account(), tokenId: randomUUID(), account: { tpm: 100 } })
    const first = await spend.admit(p, { costE10: 0n, tokens: 60 })
    t.equal(await refusedWith(spend.admit(p, { costE10: 0n, tokens: 60 })), 'rate_limited', '60 + 60 > 100')
    first.settle({ costE10: 0n, tokens: 10 })
    first.settle({ costE10: 0n, tokens: 50 }) // a second settle is ignored
    await new Promise((r) => setImmediate(r))
    await spend.admit(p, { costE10: 0n, tokens: 60 })
    t.equal((await spend.state(p)).limits[0].remaining, 30, '10 used + 60 reserved')
    t.equal(await refusedWith(spend.admit(p, { costE10: 0n, tokens: 101 })), 'rate_limited')
  })

  t.test(`${kind}: concurrency is held until settlement`, async (t) => {
    const clock = { now: Date.parse('2026-12-02T10:00:00Z') }
    const spend = await control(t, kind, clock)
    const p = principalWith({ accountId: await account(), tokenId: randomUUID(), token: { concurrency: 1 } })
    const held = await spend.admit(p, { costE10: 0n, tokens: 1 })
    const err = await spend.admit(p, { costE10: 0n, tokens: 1 }).catch((e) => e)
    t.equal(err.code, 'rate_limited')
    t.equal(err.retryAfter, 1)
    held.settle({ costE10: 0n, tokens: 0 })
    await new Promise((r) => setImmediate(r))
    t.equal(await refusedWith(spend.admit(p, { costE10: 0n, tokens: 1 })), 'admitted')
  })

  t.test(`${kind}: credit moves a loaded balance; an unloaded one is read from the ledger`, async (t) => {
    const clock = { now: Date.now() }
    const spend = await control(t, kind, clock)
    const accountId = await account('2')
    const p = principalWith({ accountId, tokenId: randomUUID(), billingMode: 'credits' })
    await spend.credit(accountId, usd('5')) // not loaded: nothing to move
    t.equal((await spend.state(p)).balance, usd('2'), 'filled from the ledger')
    await spend.credit(accountId, usd('3'))
    t.equal((await spend.state(p)).balance, usd('5'))
    const call = await spend.admit(p, { costE10: usd('5'), tokens: 1 })
    t.equal(await refusedWith(spend.admit(p, { costE10: 1n, tokens: 1 })), 'insufficient_credits')
    call.settle({ costE10: usd('1.25'), tokens: 1 })
    await new Promise((r) => setImmediate(r))
    t.equal((await spend.state(p)).balance, usd('3.75'))
  })

  t.test(`${kind}: postpaid without limits never reaches the store`, async (t) => {
    const spend = await control(t, kind, { now: Date.now() })
    const p = principalWith({ accountId: randomUUID(), tokenId: randomUUID() })
    t.notOk(spend.applies(p))
    const reservation = await spend.admit(p, { costE10: usd('1000000'), tokens: 1e9 })
    t.same(reservation.headers, {})
  })
}
