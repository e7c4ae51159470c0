// The contract of spend control (issue 10): admission reserves a call's worst-case cost and tokens against the
// account's credits, the budgets and the rate limits before the call goes upstream; settlement books what it
// really cost and releases the rest. The hot path never queries the database: live counters are in memory (one
// process) or Redis (REDIS_URL, several replicas); the ledger in the database is the record.
import type { Principal } from '../tokens/principal.ts'

/** What a call costs or may cost: money in 1e-10 USD, tokens as counted for TPM (input + output). */
export interface CallCost {
  costE10: bigint
  tokens: number
}

export interface Reservation {
  /** Rate-limit headers for the answer, named as OpenAI names them (`x-ratelimit-remaining-requests`…). */
  readonly headers: Readonly<Record<string, string>>
  /** Once, with what the call really cost (nothing delivered: zero). Later calls are ignored. */
  settle(actual: CallCost): void
}

/** What a caller may still spend, for the read-back endpoints. Amounts in 1e-10 USD; null: no such limit. */
export interface SpendState {
  billingMode: 'postpaid' | 'credits'
  /** Live balance (credits accounts): the ledger's sum less what calls in flight have reserved. */
  balance: bigint | null
  budgets: Array<{
    scope: 'token' | 'account'
    amount: bigint
    period: string
    spent: bigint
    /** When the period ends (the next calendar boundary), null for lifetime. */
    resetsAt: Date | null
  }>
  limits: Array<{
    scope: 'token' | 'account'
    kind: 'rpm' | 'tpm' | 'concurrency'
    limit: number
    remaining: number
    resetsAt: Date | null
  }>
}

export interface SpendControl {
  /** Whether anything limits this principal's calls (credits billing, a budget, a rate limit): else admit is free. */
  applies(principal: Principal): boolean
  /**
   * Before the first upstream byte. Throws HubError `insufficient_credits` (402), `budget_exceeded` (402) or
   * `rate_limited` (429, with retryAfter); all limits are taken at once or none is.
   */
  admit(principal: Principal, worstCase: CallCost): Promise<Reservation>
  state(principal: Principal): Promise<SpendState>
  /** Moves an account's live balance after a ledger write committed: grant (+), expiry (−), adjustment (±). */
  credit(accountId: string, deltaE10: bigint): Promise<void>
}
