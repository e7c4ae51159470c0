// A token row as the hot path (Principal) and the admin ceiling (Grant) read it.
import type { AccessToken } from '../../generated/prisma/client.ts'
import type { Scope } from '../../schemas/tokens.ts'
import type { Principal } from './principal.ts'

export function toPrincipal(row: AccessToken): Principal {
  return {
    tokenId: row.id,
    tokenName: row.name,
    tokenHint: row.hint,
    accountId: row.accountId,
    scopes: new Set(row.scopes as Scope[]),
    models: row.models,
    expiresAt: row.expiresAt ? row.expiresAt.getTime() : null,
  }
}

export const grantOf = (row: AccessToken) => ({
  accountId: row.accountId,
  scopes: row.scopes as Scope[],
  models: row.models,
  expiresAt: row.expiresAt ? row.expiresAt.getTime() : null,
})
