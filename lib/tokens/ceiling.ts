// The admin ceiling: a token may only grant what it holds. Scopes within its own, model patterns within its own,
// an expiry no later than its own; and it may only manage tokens (patch, rotate, revoke, see) whose grants are
// within its own, in its own account unless it is a full admin. Pure, so the rule is unit-tested on its own.
import { heldScopes, SCOPES, type Scope } from '../../schemas/tokens.ts'
import { HubError } from '../errors.ts'
import { patternOutside } from '../model-pattern.ts'
import { limitsExcess } from './limit-ceiling.ts'
import type { SpendLimits } from './principal.ts'

export interface Grant {
  scopes: Iterable<Scope>
  models: readonly string[]
  /** Epoch ms; null never expires. */
  expiresAt: number | null
  /** Budget and rate limits (lib/tokens/limit-ceiling.ts); checked when a token grants them. */
  limits?: SpendLimits
}

/** What a caller holds: its grant and its account. */
export interface Holder extends Grant {
  accountId: string
}

/** Every scope, every model, no expiry: the only kind of token that may manage accounts and other accounts' tokens. */
export function isFullAdmin(grant: Grant): boolean {
  const scopes = heldScopes(grant.scopes)
  return SCOPES.every((s) => scopes.has(s)) && grant.models.includes('*') && grant.expiresAt === null
}

/** Why `wanted` exceeds `own`, or null when it lies within it. */
export function grantExcess(own: Grant, wanted: Grant): string | null {
  const held = heldScopes(own.scopes)
  const extra = [...wanted.scopes].filter((s) => !held.has(s))
  if (extra.length) return `scope(s) ${extra.join(', ')} exceed this token's own scopes`
  const outside = patternOutside(wanted.models, own.models)
  if (outside !== null) return `model pattern "${outside}" is not within this token's own models`
  if (own.expiresAt !== null) {
    if (wanted.expiresAt === null) {
      return `this token expires at ${new Date(own.expiresAt).toISOString()}; what it grants must expire no later`
    }
    if (wanted.expiresAt > own.expiresAt) {
      return `expiry ${new Date(wanted.expiresAt).toISOString()} is later than this token's own (${new Date(own.expiresAt).toISOString()})`
    }
  }
  return null
}

/** A caller of `null` is the operator's root (CLI, bootstrap): no ceiling above it. */
export function assertFullAdmin(holder: Grant | null, what: string): void {
  if (holder && !isFullAdmin(holder)) {
    throw new HubError(
      'full_admin_required',
      `Only a full admin token (every scope, "*" models, no expiry) may ${what}`,
    )
  }
}

/** A token may grant only within what it holds, and (unless a full admin) only in its own account. */
export function assertMayGrant(holder: Holder | null, accountId: string, wanted: Grant): void {
  if (!holder) return
  if (accountId !== holder.accountId) assertFullAdmin(holder, "issue or manage another account's tokens")
  const excess =
    grantExcess(holder, wanted) ??
    (holder.limits && wanted.limits && !isFullAdmin(holder) ? limitsExcess(holder.limits, wanted.limits) : null)
  if (excess) throw new HubError('grant_exceeds_own', `Refused: ${excess}; a token may only grant what it holds`)
}

/** A token may manage (see, patch, rotate, revoke) only tokens it could have issued itself. */
export function assertMayManage(holder: Holder | null, target: Grant & { accountId: string }): void {
  if (!holder) return
  if (target.accountId !== holder.accountId) assertFullAdmin(holder, "issue or manage another account's tokens")
  const excess = grantExcess(holder, target)
  if (excess) {
    throw new HubError('grant_exceeds_own', `Refused: that token holds more than this one (${excess})`)
  }
}

/** Whether `holder` may manage the target: the same rule as assertMayManage, as a filter for listings. */
export function mayManage(holder: Holder | null, target: Grant & { accountId: string }): boolean {
  if (!holder) return true
  if (target.accountId !== holder.accountId && !isFullAdmin(holder)) return false
  return grantExcess(holder, target) === null
}
