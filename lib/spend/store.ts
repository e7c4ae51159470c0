// What a counter store does, in memory (one process) or in Redis (several replicas), with the same semantics:
// one admission takes every check of a call at once or none of them; settlement moves each by a delta.
import type { BudgetPeriod } from '../tokens/principal.ts'

/** balance: credits left (e10 USD); budget: spent this period (e10 USD); rpm/tpm: this minute's count. */
export type CheckKind = 'balance' | 'budget' | 'rpm' | 'tpm' | 'concurrency'

export interface Check {
  kind: CheckKind
  scope: 'token' | 'account'
  /** The token's or the account's id. */
  id: string
  key: string
  /** Budget amount (e10 USD) or rpm/tpm/concurrency limit; unused for the balance. */
  limit: bigint
  /** What admission takes: the worst-case cost (e10 USD), the worst-case tokens, or one request. */
  take: bigint
  /** How long the key lives once written (a window, a budget period with a margin); 0: for ever. */
  ttlMs: number
  /** When the window or the period resets; null: never. */
  resetAt: number | null
  period?: BudgetPeriod
}

export type AdmitOutcome =
  /** Each check's counter after admission (for the rate-limit headers). */
  | { type: 'admitted'; counts: bigint[] }
  /** A balance or budget not loaded yet: fill it from the database and try again. */
  | { type: 'missing'; index: number }
  | { type: 'refused'; index: number }

export interface SpendStore {
  admit(checks: readonly Check[], holder: string, now: number): Promise<AdmitOutcome>
  /**
   * Moves each check's counter by its delta (balance: + what was not spent; budget and tpm: the correction,
   * usually negative), only where the counter exists; releases the holder's concurrency slots.
   */
  settle(checks: readonly Check[], holder: string, deltas: readonly bigint[]): Promise<void>
  /** Sets a balance or budget loaded from the database, unless another fill or replica set it first. */
  fill(key: string, value: bigint, ttlMs: number): Promise<void>
  /** Each check's current counter (concurrency: calls in flight); null where not loaded. */
  read(checks: readonly Check[], now: number): Promise<(bigint | null)[]>
  close(): Promise<void>
}
