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
}

export type VerifyFailure =
  | 'token_missing'
  | 'token_malformed'
  | 'token_invalid'
  | 'token_expired'
  | 'token_revoked'
  | 'account_disabled'

export type VerifyResult = { ok: true; principal: Principal } | { ok: false; reason: VerifyFailure }
