// Which limits apply to a principal, and the concrete checks (keys, windows, periods) of one admission.
// The list of limits is built once per principal (the token cache builds principals once per fill): a token and
// account with no limits and postpaid billing have none, and their calls skip spend control entirely.
import type { Principal, SpendLimits } from '../tokens/principal.ts'
import type { Periods } from './period.ts'
import type { Check, CheckKind } from './store.ts'
import type { CallCost } from './types.ts'

export interface Limit {
  kind: CheckKind
  scope: 'token' | 'account'
  id: string
  limit: bigint
  period?: NonNullable<SpendLimits['budget']>['period']
}

const WINDOW_MS = 60_000
/** Kept past its end, so a settlement that comes late still finds the counter it corrects. */
const MARGIN_MS = 5 * 60_000

function limitsOf(into: Limit[], scope: 'token' | 'account', id: string, limits: SpendLimits): void {
  if (limits.budget) {
    into.push({ kind: 'budget', scope, id, limit: limits.budget.amount, period: limits.budget.period })
  }
  if (limits.rpm !== null) into.push({ kind: 'rpm', scope, id, limit: BigInt(limits.rpm) })
  if (limits.tpm !== null) into.push({ kind: 'tpm', scope, id, limit: BigInt(limits.tpm) })
  if (limits.concurrency !== null) into.push({ kind: 'concurrency', scope, id, limit: BigInt(limits.concurrency) })
}

const cache = new WeakMap<Principal, readonly Limit[]>()
const NONE: readonly Limit[] = []

/** The limits on a principal's calls, in the order they are checked (and the first refusal reported). */
export function limitsFor(principal: Principal): readonly Limit[] {
  let limits = cache.get(principal)
  if (limits) return limits
  const list: Limit[] = []
  if (principal.account.billingMode === 'credits') {
    list.push({ kind: 'balance', scope: 'account', id: principal.accountId, limit: 0n })
  }
  limitsOf(list, 'token', principal.tokenId, principal.limits)
  limitsOf(list, 'account', principal.accountId, principal.account.limits)
  limits = list.length ? list : NONE
  cache.set(principal, limits)
  return limits
}

/** The checks of one admission at `now`: keys name the current minute window and budget period. */
export function checksAt(
  limits: readonly Limit[],
  worst: CallCost,
  now: number,
  prefix: string,
  periods: Periods,
): Check[] {
  const window = Math.floor(now / WINDOW_MS)
  const windowEnd = (window + 1) * WINDOW_MS
  const checks: Check[] = new Array(limits.length)
  for (let i = 0; i < limits.length; i++) {
    const l = limits[i]
    // One literal shape for every check (no spread): keeps this allocation cheap and the objects monomorphic.
    let key: string
    let take = 1n
    let ttlMs = 0
    let resetAt: number | null = null
    if (l.kind === 'balance') {
      key = `${prefix}balance:${l.id}`
      take = worst.costE10
    } else if (l.kind === 'budget') {
      const span = periods(l.period ?? 'lifetime', now)
      key = `${prefix}budget:${l.scope}:${l.id}:${l.period}:${span.start}`
      take = worst.costE10
      ttlMs = span.end === null ? 0 : span.end - now + MARGIN_MS
      resetAt = span.end
    } else if (l.kind === 'concurrency') {
      key = `${prefix}concurrency:${l.scope}:${l.id}`
    } else {
      key = `${prefix}${l.kind}:${l.scope}:${l.id}:${window}`
      if (l.kind === 'tpm') take = BigInt(worst.tokens)
      ttlMs = windowEnd - now + MARGIN_MS
      resetAt = windowEnd
    }
    checks[i] = { kind: l.kind, scope: l.scope, id: l.id, limit: l.limit, key, take, ttlMs, resetAt, period: l.period }
  }
  return checks
}

/** A balance key, for credit() moving a loaded balance. */
export const balanceCheck = (prefix: string, accountId: string): Check => ({
  kind: 'balance',
  scope: 'account',
  id: accountId,
  key: `${prefix}balance:${accountId}`,
  limit: 0n,
  take: 0n,
  ttlMs: 0,
  resetAt: null,
})
