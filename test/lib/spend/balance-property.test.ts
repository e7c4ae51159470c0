// Property: whatever mix of calls runs at once (admitted or refused, finished, aborted part-way or failed before
// any byte), once all have settled the live balance is the initial balance less what the settled calls cost, the
// minute's tokens are what they used, and no concurrency slot or reservation is left held. Both stores.
import { randomUUID } from 'node:crypto'
import fc from 'fast-check'
import t from 'tap'
import { type OpenedDatabase, openDatabase } from '../../../lib/db/open.ts'
import { HubError } from '../../../lib/errors.ts'
import { e10ToUsd } from '../../../lib/money.ts'
import { testDatabaseOptions } from '../../helpers/database.ts'
import { spendControlOn } from '../../helpers/spend-control.ts'
import { principalWith } from '../../helpers/spend-principal.ts'

let database: OpenedDatabase
t.before(async () => {
  const { options, cleanup } = await testDatabaseOptions()
  database = await openDatabase({ ...options, migrate: true })
  t.teardown(async () => {
    await database.close()
    await cleanup?.()
  })
})

const call = fc.record({
  worst: fc.bigInt({ min: 1n, max: 5_000n }),
  tokens: fc.integer({ min: 1, max: 200 }),
  /** finished: the whole answer; aborted: part of it delivered; failed: nothing delivered. */
  outcome: fc.constantFrom('finished', 'aborted', 'failed'),
  /** Share of the worst case really used, in percent. */
  used: fc.integer({ min: 0, max: 100 }),
  delayMs: fc.integer({ min: 0, max: 3 }),
})

const TPM = 5_000
const CONCURRENCY = 8

for (const kind of ['memory', 'redis'] as const) {
  t.test(`${kind}: balance = initial − settled costs, nothing left reserved`, async (t) => {
    // One fixed instant: the whole workload falls in one TPM window, whenever the test runs.
    const now = () => Date.parse('2026-12-02T10:00:30Z')
    const spend = await spendControlOn(t, kind, database.prisma, now)

    await fc.assert(
      fc.asyncProperty(
        fc.bigInt({ min: 0n, max: 100_000n }),
        fc.array(call, { maxLength: 60 }),
        async (initial, calls) => {
          const account = await database.prisma.account.create({
            data: { name: `prop-${randomUUID()}`, billingMode: 'credits' },
          })
          await database.prisma.creditLedgerEntry.create({
            data: { accountId: account.id, kind: 'grant', amount: e10ToUsd(initial) },
          })
          const p = principalWith({
            accountId: account.id,
            tokenId: randomUUID(),
            billingMode: 'credits',
            token: { tpm: TPM, concurrency: CONCURRENCY },
          })
          let spent = 0n
          let tokens = 0
          await Promise.all(
            calls.map(async (c) => {
              let reservation: Awaited<ReturnType<typeof spend.admit>>
              try {
                reservation = await spend.admit(p, { costE10: c.worst, tokens: c.tokens })
              } catch (err) {
                if (err instanceof HubError && ['insufficient_credits', 'rate_limited'].includes(err.code)) return
                throw err
              }
              await new Promise((r) => setTimeout(r, c.delayMs))
              const share = c.outcome === 'failed' ? 0 : c.outcome === 'aborted' ? c.used / 2 : c.used
              const cost = (c.worst * BigInt(Math.round(share))) / 100n
              const used = Math.floor((c.tokens * share) / 100)
              spent += cost
              tokens += used
              reservation.settle({ costE10: cost, tokens: used })
            }),
          )
          const state = await spend.state(p)
          const left = (k: string) => state.limits.find((l) => l.kind === k)?.remaining
          return (
            state.balance === initial - spent &&
            state.balance >= 0n &&
            left('concurrency') === CONCURRENCY &&
            left('tpm') === Math.max(0, TPM - tokens)
          )
        },
      ),
      { numRuns: kind === 'memory' ? 100 : 30 },
    )
  })
}
