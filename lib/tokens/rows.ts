// A token row as the hot path (Principal) and the admin ceiling (Grant) read it.
import type { AccessToken, Account } from '../../generated/prisma/client.ts'
import { heldScopes, type Scope } from '../../schemas/tokens.ts'
import { usdToE10 } from '../money.ts'
import type { BillingMode, BudgetPeriod, Principal, SpendLimits } from './principal.ts'

/** The limit columns an account and a token share. */
type LimitColumns = Pick<Account, 'budgetAmount' | 'budgetPeriod' | 'rpmLimit' | 'tpmLimit' | 'concurrencyLimit'>
export type AccountColumns = LimitColumns & Pick<Account, 'billingMode'>

export function limitsOf(row: LimitColumns): SpendLimits {
  return {
    budget:
      row.budgetAmount !== null && row.budgetPeriod !== null
        ? { amount: usdToE10(row.budgetAmount.toFixed(10)), period: row.budgetPeriod as BudgetPeriod }
        : null,
    rpm: row.rpmLimit,
    tpm: row.tpmLimit,
    concurrency: row.concurrencyLimit,
  }
}

export function toPrincipal(row: AccessToken & { account: AccountColumns }): Principal {
  return {
    tokenId: row.id,
    tokenName: row.name,
    tokenHint: row.hint,
    accountId: row.accountId,
    scopes: heldScopes(row.scopes as Scope[]),
    models: row.models,
    expiresAt: row.expiresAt ? row.expiresAt.getTime() : null,
    limits: limitsOf(row),
    account: { billingMode: row.account.billingMode as BillingMode, limits: limitsOf(row.account) },
  }
}

export const grantOf = (row: AccessToken) => ({
  accountId: row.accountId,
  scopes: row.scopes as Scope[],
  models: row.models,
  expiresAt: row.expiresAt ? row.expiresAt.getTime() : null,
})
