// The services the CLI works through: the same factories as the server, so its writes are checked, audited
// (actor "cli") and announced to running servers exactly like the API's.
import type { Db } from '../lib/db/open.ts'
import { createAccountService } from '../plugins/app/accounts.ts'
import { createAuditLog } from '../plugins/app/audit.ts'
import { createCreditsService } from '../plugins/app/credits.ts'
import { createTokenService } from '../plugins/app/tokens.ts'

export function cliServices(db: Db, tokenKey: Buffer) {
  const audit = createAuditLog(db)
  // No timer: the CLI writes nothing in the background.
  const tokens = createTokenService(db, audit, { key: tokenKey, cacheMs: 0, cacheSize: 1, flushMs: 0 })
  const accounts = createAccountService(db, audit, tokens)
  // No expiry timer, and no live balance to move in this process: a running server loads an account's balance
  // from the ledger (this grant included) when it first needs it; one it already holds does not hear of the grant
  // (see the README: grant through the admin API while servers run).
  const credits = createCreditsService(db, audit, { credit: async () => {}, expiryMs: 0 })
  return { audit, tokens, accounts, credits }
}
