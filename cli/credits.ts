// `hub credits …`: grant credits to an account and read its balance, grants and ledger, through the server's
// credits service (audited, actor "cli").
import { CLI_ACTOR } from '../lib/audit/actor.ts'
import { parseDuration } from '../lib/duration.ts'
import { e10ToUsd, usdToE10 } from '../lib/money.ts'
import { grantView } from '../lib/views/credits.ts'
import type { Flags } from './args.ts'
import type { CliContext } from './context.ts'
import { CliError } from './errors.ts'

/** --expires 30d (from now) or an ISO date, in the future. */
function parseExpiry(value: string | undefined): Date | null {
  if (value === undefined) return null
  const ms = parseDuration(value)
  const date = ms !== null ? new Date(Date.now() + ms) : new Date(value)
  if (Number.isNaN(date.getTime()) || date.getTime() <= Date.now()) {
    throw new CliError('--expires takes a duration such as 30d or a date in the future (2027-01-01T00:00:00Z)')
  }
  return date
}

export async function runCreditsCommand(ctx: CliContext, command: string, args: string[], flags: Flags) {
  if (command === 'grant') {
    const [name, amount] = args
    if (!name || !amount || !/^\d{1,10}(\.\d{1,10})?$/.test(amount)) {
      throw new CliError(
        'usage: hub credits grant ACCOUNT USD [--expires 30d|DATE] [--note TEXT]  (USD > 0, ≤ 10 decimals)',
      )
    }
    const account = await ctx.accounts.resolve(name)
    const input = { amount: usdToE10(amount), expiresAt: parseExpiry(flags.expires), note: flags.note ?? null }
    const view = grantView((await ctx.credits.grant(account.id, input, CLI_ACTOR)).grant)
    const expiry = view.expiresAt ? `, expires ${view.expiresAt}` : ''
    return { json: view, text: `Granted $${view.amount} to ${account.name}${expiry} (grant ${view.id}).` }
  }

  if (command === 'show') {
    if (!args[0]) throw new CliError('usage: hub credits show ACCOUNT')
    const account = await ctx.accounts.resolve(args[0])
    const balance = e10ToUsd(await ctx.credits.ledgerBalance(account.id))
    const grants = await ctx.credits.openGrants(account.id)
    const ledger = (await ctx.credits.entries(account.id, { limit: 20 })).data
    const json = { account: account.name, billingMode: account.billingMode, balance, grants, ledger }
    const lines = [
      `${account.name} (${account.billingMode}): balance $${balance}`,
      ...grants.map(
        (g) => `  grant ${g.id}  $${g.remaining} of $${g.amount}${g.expiresAt ? `  expires ${g.expiresAt}` : ''}`,
      ),
      ...ledger.map((e) => `  ${e.createdAt}  ${e.kind.padEnd(10)} ${e.amount}${e.note ? `  ${e.note}` : ''}`),
    ]
    return { json, text: lines.join('\n') }
  }

  throw new CliError(`unknown command "credits ${command}"; try grant or show`)
}
