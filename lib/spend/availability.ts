// Why a caller could not make a call right now, read from its spend state (GET /api/v2/status?model=…): the
// refusal admission would give, or null. A worst case is not known without a request: a credits balance counts
// as spent at zero or below, a budget once its amount is spent, a rate limit once nothing remains of it.
import type { SpendState } from './types.ts'

export interface Unavailable {
  reason: 'insufficient_credits' | 'budget_exceeded' | 'rate_limited'
  message: string
}

export function spendUnavailable(state: SpendState): Unavailable | null {
  if (state.billingMode === 'credits' && state.balance !== null && state.balance <= 0n) {
    return { reason: 'insufficient_credits', message: "The account's credit balance is used up" }
  }
  const budget = state.budgets.find((b) => b.spent >= b.amount)
  if (budget) {
    return { reason: 'budget_exceeded', message: `The ${budget.scope}'s ${budget.period} budget is spent` }
  }
  const limit = state.limits.find((l) => l.remaining <= 0)
  if (limit) return { reason: 'rate_limited', message: `The ${limit.scope}'s ${limit.kind} limit is reached` }
  return null
}
