// A budget and rate limits between the API (USD strings, {rpm, tpm, concurrency}) and the columns an account
// and a token share (budgetAmount, budgetPeriod, rpmLimit, tpmLimit, concurrencyLimit).
import type { Account } from '../../generated/prisma/client.ts'
import { e10ToUsd, usdToE10 } from '../money.ts'
import type { BudgetPeriod } from '../tokens/principal.ts'
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
