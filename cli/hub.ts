// Operator CLI: works on the same database as the server, without the server running.
//   hub tokens create --name NAME --scopes all|admin[,chat,…] [--models 'openai/*'] [--expires-in 30d] [--account NAME] [--json]
//   hub tokens list [--json]
//   hub tokens revoke ID [--json]
//   hub accounts create NAME | list | disable NAME|ID | enable NAME|ID [--json]
import { parseArgs } from 'node:util'
import { loadConfig } from '../lib/config.ts'
import { DatabaseLockedError } from '../lib/db/lock.ts'
import { openDatabase } from '../lib/db/open.ts'
import { deriveKeys, resolveSecret } from '../lib/secret.ts'
import { runAccountsCommand } from './accounts.ts'
import { runTokensCommand } from './tokens.ts'

const USAGE = `Usage:
  hub tokens create --name NAME --scopes all|admin[,chat,…] [--models 'openai/*'] [--expires-in 30d] [--account NAME] [--json]
      (--account must exist; default: the operator's own "admin" account)
  hub tokens list [--json]
  hub tokens revoke ID [--json]
  hub accounts create NAME [--json]
  hub accounts list [--json]
  hub accounts disable|enable NAME|ID [--json]`

export class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      name: { type: 'string' },
      scopes: { type: 'string' },
      models: { type: 'string' },
      'expires-in': { type: 'string' },
      account: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  const [group, command, ...rest] = positionals
  if (values.help || (group !== 'tokens' && group !== 'accounts') || !command) throw new UsageError(USAGE)

  const config = loadConfig({ BOOTSTRAP_ADMIN: false })
  const keys = deriveKeys(
    resolveSecret({ secret: config.HUB_SECRET, dataDir: config.HUB_DATA_DIR, databaseUrl: config.DATABASE_URL }),
  )
  const database = await openDatabase({
    databaseUrl: config.DATABASE_URL || undefined,
    dataDir: config.HUB_DATA_DIR,
    migrate: true,
  })
  try {
    const output =
      group === 'tokens'
        ? await runTokensCommand(database.prisma, keys.tokenKey, command, rest, values)
        : await runAccountsCommand(database.prisma, keys.tokenKey, command, rest)
    process.stdout.write(values.json ? `${JSON.stringify(output.json)}\n` : `${output.text}\n`)
    return 0
  } finally {
    await database.close()
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (err instanceof UsageError || err instanceof DatabaseLockedError) {
      process.stderr.write(`${err.message}\n`)
      process.exit(err instanceof UsageError ? 2 : 1)
    }
    const message = err instanceof Error ? err.message : String(err)
    process.stderr.write(`hub: ${message}\n`)
    process.exit(1)
  },
)
