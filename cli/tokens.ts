// `hub tokens …`: the same token service the server uses, so tokens made here verify there.
import { CLI_ACTOR } from '../lib/audit/actor.ts'
import { parseDuration } from '../lib/duration.ts'
import { isValidModelPattern } from '../lib/model-pattern.ts'
import { tokenView } from '../lib/views/tokens.ts'
import { SCOPES, type Scope } from '../schemas/tokens.ts'
import type { Flags } from './args.ts'
import type { CliContext } from './context.ts'
import { CliError } from './errors.ts'
import { spendFlags } from './limits.ts'

const list = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)

function parseScopes(value: string | undefined): Scope[] {
  // "all": a full admin (with the default "*" models and no expiry), the kind the admin ceiling asks for.
  if (value?.trim() === 'all') return [...SCOPES]
  const scopes = list(value)
  if (scopes.length === 0)
    throw new CliError(`--scopes is required: a comma-separated list of ${SCOPES.join(', ')}, or all`)
  const unknown = scopes.filter((s) => !(SCOPES as readonly string[]).includes(s))
  if (unknown.length) throw new CliError(`unknown scope(s): ${unknown.join(', ')}; valid: ${SCOPES.join(', ')}`)
  return [...new Set(scopes)] as Scope[]
}

const tokenId = (id: string | undefined, command: string) => {
  if (!id || !/^[0-9a-f-]{36}$/i.test(id))
    throw new CliError(`usage: hub tokens ${command} ID (a token id from \`hub tokens list\`)`)
  return id
}

export async function runTokensCommand(
  { tokens, accounts }: CliContext,
  command: string,
  args: string[],
  flags: Flags,
) {
  if (command === 'create') {
    if (!flags.name) throw new CliError('--name is required')
    const scopes = parseScopes(flags.scopes)
    const models = flags.models === undefined ? ['*'] : list(flags.models)
    const badModel = models.find((m) => !isValidModelPattern(m))
    if (badModel !== undefined || models.length === 0) {
      throw new CliError(`invalid --models pattern "${badModel ?? ''}": use "*", "provider/*" or "provider/model"`)
    }
    let expiresAt: Date | null = null
    if (flags['expires-in'] !== undefined) {
      const ms = parseDuration(flags['expires-in'])
      if (ms === null) throw new CliError('--expires-in takes a duration such as 45m, 12h, 30d or 2w')
      expiresAt = new Date(Date.now() + ms)
    }
    // The operator's own "admin" account is made on first use, as the bootstrap does; any other account must
    // exist (`hub accounts create NAME`): naming one never creates it.
    const account = flags.account ? await accounts.resolve(flags.account) : await accounts.ensure('admin', CLI_ACTOR)
    const { budget, limits } = spendFlags(flags)
    if (flags.billing !== undefined)
      throw new CliError('--billing belongs to accounts: hub accounts set NAME --billing …')
    const input = { name: flags.name, accountId: account.id, scopes, models, expiresAt, budget, limits }
    const { row, token } = await tokens.issue(input, CLI_ACTOR)
    const view = { ...tokenView(row), token }
    return { json: view, text: `Created token ${row.id} (${row.name}). Shown only once:\n${token}` }
  }

  if (command === 'list') {
    const rows = []
    let cursor: string | undefined
    do {
      const page = await tokens.list({ limit: 500, cursor }, CLI_ACTOR)
      rows.push(...page.rows)
      cursor = page.nextCursor ?? undefined
    } while (cursor)
    const views = rows.map(tokenView)
    const text = views
      .map((t) => `${t.id}  ${t.hint}…  ${t.name}  [${t.scopes.join(',')}]${t.revokedAt ? '  revoked' : ''}`)
      .join('\n')
    return { json: views, text: text || 'No tokens.' }
  }

  if (command === 'revoke') {
    const row = await tokens.revoke(tokenId(args[0], 'revoke'), CLI_ACTOR)
    return { json: tokenView(row), text: `Revoked token ${row.id} (${row.name}).` }
  }

  if (command === 'rotate') {
    const { row, token } = await tokens.rotate(tokenId(args[0], 'rotate'), CLI_ACTOR)
    return {
      json: { ...tokenView(row), token },
      text: `Rotated token ${row.id} (${row.name}); the old secret no longer works. Shown only once:\n${token}`,
    }
  }

  throw new CliError(`unknown command "tokens ${command}"; try create, list, revoke or rotate`)
}
