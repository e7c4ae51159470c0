// `hub accounts …`: accounts are explicit; the CLI is the operator's root and may create, disable and enable them.
import { CLI_ACTOR } from '../lib/audit/actor.ts'
import { accountView } from '../lib/views/accounts.ts'
import type { CliContext } from './context.ts'
import { CliError } from './errors.ts'

export async function runAccountsCommand({ accounts }: CliContext, command: string, args: string[]) {
  if (command === 'create') {
    const name = args[0]?.trim()
    if (!name) throw new CliError('usage: hub accounts create NAME')
    const view = accountView(await accounts.create(name, CLI_ACTOR))
    return { json: view, text: `Created account ${view.id} (${view.name}).` }
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
    const text = views.map((a) => `${a.id}  ${a.name}${a.disabled ? '  disabled' : ''}`).join('\n')
    return { json: views, text: text || 'No accounts.' }
  }

  if (command === 'disable' || command === 'enable') {
    if (!args[0]) throw new CliError(`usage: hub accounts ${command} NAME|ID`)
    const account = await accounts.resolve(args[0])
    const view = accountView(await accounts.update(account.id, { disabled: command === 'disable' }, CLI_ACTOR))
    return { json: view, text: `${command === 'disable' ? 'Disabled' : 'Enabled'} account ${view.name}.` }
  }

  throw new CliError(`unknown command "accounts ${command}"; try create, list, disable or enable`)
}
