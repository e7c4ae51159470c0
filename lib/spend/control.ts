// Spend control over a counter store: the limits that apply to a principal become one atomic admission; a
// missing balance or budget is filled once from the database and the admission tried again; the reservation
// settles once with what the call really cost. A principal with nothing to enforce gets a shared reservation
// that does nothing: postpaid callers without limits never reach the store.
import type { Principal } from '../tokens/principal.ts'
import { balanceCheck, checksAt, limitsFor } from './checks.ts'
import type { Fills } from './fills.ts'
import { rateLimitHeaders } from './headers.ts'
import type { Periods } from './period.ts'
import { refusal } from './refusal.ts'
import type { Check, SpendStore } from './store.ts'
import type { CallCost, Reservation, SpendControl, SpendState } from './types.ts'

export interface SpendControlOptions {
  store: SpendStore
  fills: Fills
  periods: Periods
  prefix: string
  /** closed: refuse with 503 while the store is unreachable; open: admit without counting. */
  failMode: 'closed' | 'open'
  now?: () => number
  log: { warn(obj: object, msg: string): void; info(msg: string): void }
}

const NO_HEADERS: Readonly<Record<string, string>> = Object.freeze({})
/** The reservation of a call nothing limits: settling it does nothing. */
export const NO_RESERVATION: Reservation = Object.freeze({ headers: NO_HEADERS, settle() {} })
/** The counter store failed while setting a filled value (the database query itself succeeded). */
class StoreFailure extends Error {}

/** Fills raced by other callers or replicas: a few rounds always settle it. */
const MAX_FILLS = 4

export function createSpendControl(opts: SpendControlOptions): SpendControl & { close(): Promise<void> } {
  const { store, fills, periods, prefix, log } = opts
  const now = opts.now ?? Date.now
  const filling = new Map<string, Promise<void>>()
  let holders = 0
  const holderPrefix = `${process.pid}:${Math.random().toString(36).slice(2)}:`
  let outage = false

  /** Loads check `c` from the database, once for all the calls that find it missing at the same time. */
  function fill(c: Check): Promise<void> {
    let pending = filling.get(c.key)
    if (pending) return pending
    pending = (async () => {
      const value =
        c.kind === 'balance'
          ? await fills.balance(c.id)
          : await fills.spent(c.scope, c.id, new Date(periods(c.period ?? 'lifetime', now()).start))
      await store.fill(c.key, value, c.ttlMs).catch((err) => {
        throw new StoreFailure('the counter store refused a fill', { cause: err })
      })
    })().finally(() => filling.delete(c.key))
    filling.set(c.key, pending)
    return pending
  }

  /** The store failed: 503 (closed) or admit uncounted (open), with one warning per outage. */
  function unreachable(err: unknown): Reservation {
    if (!outage) {
      outage = true
      log.warn({ err, failMode: opts.failMode }, 'spend control cannot reach its counter store (Redis)')
    }
    if (opts.failMode === 'open') return NO_RESERVATION
    throw refusal.unavailable()
  }

  function reservation(checks: Check[], holder: string, headers: Record<string, string> | null): Reservation {
    let settled = false
    return {
      headers: headers ?? NO_HEADERS,
      settle(actual: CallCost) {
        if (settled) return
        settled = true
        const deltas = checks.map((c) => {
          if (c.kind === 'balance') return c.take - actual.costE10
          if (c.kind === 'budget') return actual.costE10 - c.take
          if (c.kind === 'tpm') return BigInt(actual.tokens) - c.take
          return 0n
        })
        store.settle(checks, holder, deltas).catch((err) => {
          log.warn({ err }, 'a call could not be settled in the counter store; its reservation stays held')
        })
      },
    }
  }

  async function admit(principal: Principal, worst: CallCost): Promise<Reservation> {
    const limits = limitsFor(principal)
    if (limits.length === 0) return NO_RESERVATION
    const at = now()
    const checks = checksAt(limits, worst, at, prefix, periods)
    const holder = holderPrefix + holders++
    for (let round = 0; ; round++) {
      let outcome: Awaited<ReturnType<SpendStore['admit']>>
      try {
        outcome = await store.admit(checks, holder, at)
      } catch (err) {
        return unreachable(err)
      }
      if (outcome.type === 'missing' && round < MAX_FILLS) {
        // A database failure here is the database's error (the usual 5xx); the store's is the fail mode's.
        try {
          await fill(checks[outcome.index])
        } catch (err) {
          if (err instanceof StoreFailure) return unreachable(err.cause)
          throw err
        }
        continue
      }
      if (outage) {
        outage = false
        log.info('spend control reaches its counter store again')
      }
      if (outcome.type === 'admitted') return reservation(checks, holder, rateLimitHeaders(checks, outcome.counts, at))
      if (outcome.type === 'missing') throw refusal.unavailable()
      throw refusal.of(checks[outcome.index], worst, at)
    }
  }

  async function state(principal: Principal): Promise<SpendState> {
    const limits = limitsFor(principal)
    const at = now()
    const checks = checksAt(limits, { costE10: 0n, tokens: 0 }, at, prefix, periods)
    let values = await store.read(checks, at)
    const missing = checks.filter((c, i) => values[i] === null && (c.kind === 'balance' || c.kind === 'budget'))
    if (missing.length) {
      await Promise.all(missing.map(fill))
      values = await store.read(checks, at)
    }
    const result: SpendState = { billingMode: principal.account.billingMode, balance: null, budgets: [], limits: [] }
    checks.forEach((c, i) => {
      const value = values[i] ?? 0n
      if (c.kind === 'balance') result.balance = value
      else if (c.kind === 'budget') {
        result.budgets.push({
          scope: c.scope,
          amount: c.limit,
          period: c.period ?? 'lifetime',
          spent: value,
          resetsAt: c.resetAt === null ? null : new Date(c.resetAt),
        })
      } else {
        const left = c.limit > value ? c.limit - value : 0n
        result.limits.push({
          scope: c.scope,
          kind: c.kind,
          limit: Number(c.limit),
          remaining: Number(left),
          resetsAt: c.resetAt === null ? null : new Date(c.resetAt),
        })
      }
    })
    return result
  }

  async function credit(accountId: string, deltaE10: bigint): Promise<void> {
    // Only a balance already loaded moves: one not loaded is read from the ledger, this write included, when needed.
    await store.settle([balanceCheck(prefix, accountId)], '', [deltaE10])
  }

  const applies = (principal: Principal) => limitsFor(principal).length > 0
  return { applies, admit, state, credit, close: () => store.close() }
}
