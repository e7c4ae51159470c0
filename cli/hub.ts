#!/usr/bin/env node
// Operator CLI (`hub`, or `npm run -s hub -- …`): tokens, providers, credentials, models and usage, on the same
// database as the server through the same factories. Errors are one line on stderr: exit 2 for a wrong command
// line (with the usage), 1 for anything else.
import { ConfigError, loadConfig } from '../lib/config.ts'
import { DatabaseLockedError } from '../lib/db/lock.ts'
import { HubError } from '../lib/errors.ts'
import { runAccountsCommand } from './accounts.ts'
import { type Flags, parse } from './args.ts'
import { type CliContext, withContext } from './context.ts'
import { runCreditsCommand } from './credits.ts'
import { CliError, describeDatabaseError, UsageError } from './errors.ts'
import { HELP } from './help.ts'
import { runModelsCommand } from './models.ts'
import { runCredentialsCommand, runProvidersCommand } from './providers.ts'
import { runTokensCommand } from './tokens.ts'
import { runUsageCommand } from './usage.ts'

type Command = (
  ctx: CliContext,
  command: string,
  args: string[],
  flags: Flags,
) => Promise<{ json: unknown; text: string }>

const groups: Record<string, Command> = {
  tokens: runTokensCommand,
  accounts: runAccountsCommand,
  credits: runCreditsCommand,
  providers: runProvidersCommand,
  credentials: runCredentialsCommand,
  models: runModelsCommand,
  usage: runUsageCommand,
}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parse(argv)
  if (values.help || positionals.length === 0) {
    process.stdout.write(`${HELP}\n`)
    return
  }
  const [group, command, ...rest] = positionals
  const run = groups[group]
  if (!run) throw new UsageError(`unknown command "${group}"; try ${Object.keys(groups).join(', ')}`)
  if (!command) throw new UsageError(`"hub ${group}" needs a command; see hub --help`)

  const config = loadConfig({ BOOTSTRAP_ADMIN: false })
  const output = await withContext(config, (ctx) => run(ctx, command, rest, values))
  process.stdout.write(values.json ? `${JSON.stringify(output.json)}\n` : `${output.text}\n`)
}

function fail(err: unknown): never {
  const known =
    err instanceof UsageError ||
    err instanceof CliError ||
    err instanceof ConfigError ||
    err instanceof HubError ||
    err instanceof DatabaseLockedError
  const message = known
    ? (err as Error).message
    : (describeDatabaseError(err) ?? String((err as Error)?.message ?? err))
  process.stderr.write(`hub: ${message.split('\n')[0]}\n`)
  if (err instanceof UsageError)
    process.stderr.write('Usage: hub <group> <command> [arguments] [--json]; see hub --help\n')
  process.exit(err instanceof UsageError ? 2 : 1)
}

main(process.argv.slice(2)).then(() => process.exit(0), fail)
