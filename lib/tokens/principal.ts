// Who a verified request acts as. Built once per cache fill, so the hot path only reads it.
import type { Scope } from '../../schemas/tokens.ts'

export interface Principal {
  tokenId: string
  tokenName: string
  /** First 8 characters, for the audit log. */
  tokenHint: string
  accountId: string
  scopes: ReadonlySet<Scope>
  models: readonly string[]
  /** Epoch ms; checked against the clock on every request, cached or not. */
  expiresAt: number | null
  /** The token's own budget and rate limits. */
  limits: SpendLimits
  /** Its account's billing mode and limits (for all the account's tokens together). */
  account: { billingMode: BillingMode; limits: SpendLimits }
}

export type BillingMode = 'postpaid' | 'credits'
export type BudgetPeriod = 'day' | 'week' | 'month' | 'lifetime'

/** Limits as the hot path reads them; null: none. Money is bigint in 1e-10 USD, the usage record's precision. */
export interface SpendLimits {
  budget: { amount: bigint; period: BudgetPeriod } | null
  rpm: number | null
  tpm: number | null
  concurrency: number | null
}

export type VerifyFailure =
  | 'token_missing'
  | 'token_malformed'
  | 'token_invalid'
  | 'token_expired'
  | 'token_revoked'
  | 'account_disabled'

export type VerifyResult = { ok: true; principal: Principal } | { ok: false; reason: VerifyFailure }
