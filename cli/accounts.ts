// `hub accounts …`: accounts are explicit; the CLI is the operator's root and may create, disable and enable them.
import { CLI_ACTOR } from '../lib/audit/actor.ts'
import { accountView } from '../lib/views/accounts.ts'
import type { Flags } from './args.ts'
import type { CliContext } from './context.ts'
import { CliError } from './errors.ts'
import { spendFlags } from './limits.ts'

type View = ReturnType<typeof accountView>

/** " credits, $10.0000000000/month, 60 rpm": what limits the account, for the text output. */
const spendText = (a: View) =>
  [
    a.billingMode,
    a.budget && `$${a.budget.amount}/${a.budget.period}`,
    a.rpm && `${a.rpm} rpm`,
    a.tpm && `${a.tpm} tpm`,
    a.concurrency && `${a.concurrency} concurrent`,
  ]
    .filter(Boolean)
    .join(', ')

export async function runAccountsCommand({ accounts }: CliContext, command: string, args: string[], flags: Flags) {
  if (command === 'create') {
    const name = args[0]?.trim()
    if (!name) throw new CliError('usage: hub accounts create NAME [--billing credits] [--budget 10/month] [--rpm N]')
    const view = accountView(await accounts.create(name, CLI_ACTOR, undefined, spendFlags(flags)))
    return { json: view, text: `Created account ${view.id} (${view.name}; ${spendText(view)}).` }
  }

  if (command === 'set') {
    const spend = spendFlags(flags)
    if (!args[0] || Object.keys(spend).every((k) => spend[k as keyof typeof spend] === undefined)) {
      throw new CliError(
        'usage: hub accounts set NAME|ID [--billing postpaid|credits] [--budget 10/month|none] [--rpm N|none] …',
      )
    }
    const account = await accounts.resolve(args[0])
    const view = accountView(await accounts.update(account.id, spend, CLI_ACTOR))
    return { json: view, text: `Account ${view.name}: ${spendText(view)}.` }
  }

  if (command === 'list') {
    const rows = []
    let cursor: string | undefined
    do {
      const page = await accounts.list({ limit: 500, cursor })
      rows.push(...page.rows)
      cursor = page.nextCursor ?? undefined
    } while (cursor)
    const views = rows.map(accountView)
    const text = views.map((a) => `${a.id}  ${a.name}  ${spendText(a)}${a.disabled ? '  disabled' : ''}`).join('\n')
    return { json: views, text: text || 'No accounts.' }
  }

  if (command === 'disable' || command === 'enable') {
    if (!args[0]) throw new CliError(`usage: hub accounts ${command} NAME|ID`)
    const account = await accounts.resolve(args[0])
    const view = accountView(await accounts.update(account.id, { disabled: command === 'disable' }, CLI_ACTOR))
    return { json: view, text: `${command === 'disable' ? 'Disabled' : 'Enabled'} account ${view.name}.` }
  }

  throw new CliError(`unknown command "accounts ${command}"; try create, set, list, disable or enable`)
}
