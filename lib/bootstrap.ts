// On the first start of an empty database: an admin account and a token with every scope, shown once. Several
// replicas may start together on one empty PostgreSQL database: a transaction-scoped advisory lock makes the
// check and the creation one step, so exactly one of them creates the token.

import type { Prisma } from '../generated/prisma/client.ts'
import { SCOPES, type Scope } from '../schemas/tokens.ts'
import { type Actor, SYSTEM_ACTOR } from './audit/actor.ts'
import type { Db } from './db/open.ts'

type Tx = Prisma.TransactionClient

/** What bootstrapping needs of the account service (plugins/app/accounts.ts), inside its transaction. */
export interface BootstrapAccounts {
  ensure(name: string, actor: Actor, within?: Tx): Promise<{ id: string }>
}

/** What bootstrapping needs of the token service (plugins/app/tokens.ts). */
export interface BootstrapTokens {
  issue(
    input: { name: string; accountId: string; scopes: Scope[]; models?: string[] },
    actor: Actor,
    within?: Tx,
  ): Promise<{ token: string }>
}

// Any constant shared by every Hub process: the lock's name.
const BOOTSTRAP_LOCK = 0x4875_6201

export async function bootstrapAdmin(
  db: Db,
  accounts: BootstrapAccounts,
  tokens: BootstrapTokens,
): Promise<string | null> {
  return db.$transaction(async (tx) => {
    // Released at commit: a second server waits here, then finds the first one's token.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${BOOTSTRAP_LOCK}::bigint)`
    if ((await tx.accessToken.count()) > 0) return null
    const account = await accounts.ensure('admin', SYSTEM_ACTOR, tx)
    const { token } = await tokens.issue(
      { name: 'bootstrap admin', accountId: account.id, scopes: [...SCOPES], models: ['*'] },
      SYSTEM_ACTOR,
      tx,
    )
    return token
  })
}

export function bootstrapMessage(token: string, baseUrl: string): string {
  return [
    '',
    'Hub created the first admin token. It is shown only this once; keep it somewhere safe:',
    '',
    `  ${token}`,
    '',
    'Try it:',
    `  curl -H "Authorization: Bearer ${token}" ${baseUrl}/api/admin/tokens`,
    '',
    `API docs: ${baseUrl}/docs`,
    '',
  ].join('\n')
}
