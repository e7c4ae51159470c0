import type { AccessToken, Account } from '../../generated/prisma/client.ts'
import type { Scope } from '../../schemas/tokens.ts'
import { limitsView } from './limits.ts'

const iso = (d: Date | null) => (d ? d.toISOString() : null)

/** A token as the API shows it: never the hash, never the secret. */
export function tokenView(row: AccessToken & { account: Account }) {
  return {
    id: row.id,
    name: row.name,
    account: { id: row.account.id, name: row.account.name },
    hint: row.hint,
    scopes: row.scopes as Scope[],
    models: row.models,
    expiresAt: iso(row.expiresAt),
    ...limitsView(row),
    revokedAt: iso(row.revokedAt),
    lastUsedAt: iso(row.lastUsedAt),
    createdAt: row.createdAt.toISOString(),
  }
}
