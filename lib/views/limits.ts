// A budget and rate limits between the API (USD strings, {rpm, tpm, concurrency}) and the columns an account
// and a token share (budgetAmount, budgetPeriod, rpmLimit, tpmLimit, concurrencyLimit).
import type { Account } from '../../generated/prisma/client.ts'
import { e10ToUsd, usdToE10 } from '../money.ts'
import type { BudgetPeriod, SpendLimits } from '../tokens/principal.ts'
import { limitsOf } from '../tokens/rows.ts'

type LimitColumns = Pick<Account, 'budgetAmount' | 'budgetPeriod' | 'rpmLimit' | 'tpmLimit' | 'concurrencyLimit'>

export interface BudgetInput {
  amount: string
  period: BudgetPeriod
}

export interface LimitsInput {
  rpm?: number | null
  tpm?: number | null
  concurrency?: number | null
}

/** As an account or a token shows them. */
export function limitsView(row: LimitColumns) {
  const limits = limitsOf(row)
  return {
    budget: limits.budget ? { amount: e10ToUsd(limits.budget.amount), period: limits.budget.period } : null,
    rpm: limits.rpm,
    tpm: limits.tpm,
    concurrency: limits.concurrency,
  }
}

/** The columns to write: what the input leaves out stays as it is (undefined), null removes it. */
export function limitColumns(budget: BudgetInput | null | undefined, limits: LimitsInput | undefined) {
  return {
    ...(budget === undefined
      ? {}
      : budget === null
        ? { budgetAmount: null, budgetPeriod: null }
        : { budgetAmount: e10ToUsd(usdToE10(budget.amount)), budgetPeriod: budget.period }),
    rpmLimit: limits?.rpm,
    tpmLimit: limits?.tpm,
    concurrencyLimit: limits?.concurrency,
  }
}

export const NO_LIMITS: SpendLimits = { budget: null, rpm: null, tpm: null, concurrency: null }

/** `current` with the input applied (left out: unchanged, null: removed), for the admin ceiling. */
export function mergeLimits(current: SpendLimits, budget: BudgetInput | null | undefined, limits?: LimitsInput) {
  const pick = (kind: 'rpm' | 'tpm' | 'concurrency') => (limits?.[kind] === undefined ? current[kind] : limits[kind])
  return {
    budget:
      budget === undefined
        ? current.budget
        : budget === null
          ? null
          : { amount: usdToE10(budget.amount), period: budget.period },
    rpm: pick('rpm'),
    tpm: pick('tpm'),
    concurrency: pick('concurrency'),
  } satisfies SpendLimits
}
