// On the first start of an empty database: an admin account and a token with every scope, shown once.

import type { AccountService } from '../plugins/app/accounts.ts'
import type { TokenService } from '../plugins/app/tokens.ts'
import { SCOPES } from '../schemas/tokens.ts'
import { SYSTEM_ACTOR } from './audit/actor.ts'
import type { Db } from './db/open.ts'

export async function bootstrapAdmin(db: Db, accounts: AccountService, tokens: TokenService): Promise<string | null> {
  if ((await db.accessToken.count()) > 0) return null
  const account = await accounts.ensure('admin', SYSTEM_ACTOR)
  const { token } = await tokens.issue(
    { name: 'bootstrap admin', accountId: account.id, scopes: [...SCOPES], models: ['*'] },
    SYSTEM_ACTOR,
  )
  return token
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
