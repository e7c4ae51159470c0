// `hub providers …` and `hub credentials …`: the admin API's catalogue factory, with its request schemas.

import { readFileSync } from 'node:fs'
import { CLI_ACTOR } from '../lib/audit/actor.ts'
import { credentialView, providerView } from '../lib/views/providers.ts'
import { CredentialCreateBody, CredentialPatchBody, ProviderCreateBody } from '../schemas/providers.ts'
import type { Flags } from './args.ts'
import type { CliContext } from './context.ts'
import { CliError } from './errors.ts'
import { checkInput } from './validate.ts'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const [ApiKeyBody, AwsKeysBody] = CredentialCreateBody.anyOf

/** Operators name providers; ids work too. */
async function providerId({ db }: CliContext, ref: string | undefined, usage: string): Promise<string> {
  if (!ref) throw new CliError(`usage: ${usage}`)
  const row = await db.provider.findFirst({ where: UUID.test(ref) ? { id: ref } : { name: ref } })
  if (!row) throw new CliError(`provider "${ref}" does not exist (see \`hub providers list\`)`)
  return row.id
}

/** "-" reads the key from stdin, so it stays out of the shell history and the process list. */
const secretArg = (value: string | undefined) => (value === '-' ? readFileSync(0, 'utf8').trim() : value)

export async function runProvidersCommand(ctx: CliContext, command: string, args: string[], flags: Flags) {
  if (command === 'add') {
    const body = checkInput(
      ProviderCreateBody,
      {
        name: args[0],
        type: flags.type,
        ...(flags['base-url'] !== undefined && { baseUrl: flags['base-url'] }),
        ...(flags.disabled && { enabled: false }),
      },
      { name: 'NAME' },
    )
    const row = await ctx.catalogue.createProvider(body, CLI_ACTOR)
    return { json: providerView(row), text: `Added provider ${row.name} (${row.type}, ${row.baseUrl}) ${row.id}` }
  }
  if (command === 'list') {
    const views = (await ctx.catalogue.listProviders()).map(providerView)
    const text = views.map(
      (p) =>
        `${p.id}  ${p.name}  ${p.type}  ${p.baseUrl}  ${p.credentials.length} credential(s)${p.enabled ? '' : '  disabled'}`,
    )
    return { json: views, text: text.join('\n') || 'No providers.' }
  }
  if (command === 'remove') {
    const row = await ctx.catalogue.deleteProvider(
      await providerId(ctx, args[0], 'hub providers remove NAME'),
      CLI_ACTOR,
    )
    return { json: providerView(row), text: `Removed provider ${row.name} with its credentials and models.` }
  }
  throw new CliError(`unknown command "providers ${command}"; try add, list or remove`)
}

export async function runCredentialsCommand(ctx: CliContext, command: string, args: string[], flags: Flags) {
  if (command === 'add') {
    const id = await providerId(ctx, args[0], 'hub credentials add PROVIDER --name NAME --api-key KEY|-')
    const aws = flags['access-key-id'] !== undefined
    const body = aws
      ? checkInput(AwsKeysBody, {
          name: flags.name,
          accessKeyId: flags['access-key-id'],
          secretAccessKey: secretArg(flags['secret-access-key']),
          region: flags.region,
          ...(flags['session-token'] !== undefined && { sessionToken: flags['session-token'] }),
        })
      : checkInput(ApiKeyBody, { name: flags.name, apiKey: secretArg(flags['api-key']) })
    const row = await ctx.catalogue.addCredential(id, body, CLI_ACTOR)
    return { json: credentialView(row), text: `Added credential ${row.id} (${row.name}, ${row.masked}).` }
  }
  if (command === 'list') {
    const rows = await ctx.catalogue.listCredentials(await providerId(ctx, args[0], 'hub credentials list PROVIDER'))
    const views = rows.map(credentialView)
    const text = views.map(
      (c) =>
        `${c.id}  ${c.name}  ${c.masked}  weight ${c.weight}` +
        `${c.enabled ? '' : `  disabled${c.disabledReason ? ` by Hub: ${c.disabledReason}` : ''}`}`,
    )
    return { json: views, text: text.join('\n') || 'No credentials.' }
  }
  if (command === 'remove') {
    const usage = 'hub credentials remove PROVIDER CREDENTIAL_ID'
    const id = await providerId(ctx, args[0], usage)
    if (!args[1] || !UUID.test(args[1])) throw new CliError(`usage: ${usage} (an id from \`hub credentials list\`)`)
    await ctx.catalogue.removeCredential(id, args[1], CLI_ACTOR)
    return { json: { id: args[1], removed: true }, text: `Removed credential ${args[1]}.` }
  }
  if (command === 'enable' || command === 'disable' || command === 'weight') {
    const usage = `hub credentials ${command} PROVIDER CREDENTIAL_ID${command === 'weight' ? ' N' : ''}`
    const id = await providerId(ctx, args[0], usage)
    if (!args[1] || !UUID.test(args[1])) throw new CliError(`usage: ${usage} (an id from \`hub credentials list\`)`)
    const body =
      command === 'weight'
        ? checkInput(CredentialPatchBody, { weight: Number(args[2]) })
        : { enabled: command === 'enable' }
    const row = credentialView(await ctx.catalogue.updateCredential(id, args[1], body, CLI_ACTOR))
    return {
      json: row,
      text: `Credential ${row.id} (${row.name}): ${row.enabled ? 'enabled' : 'disabled'}, weight ${row.weight}.`,
    }
  }
  throw new CliError(`unknown command "credentials ${command}"; try add, list, enable, disable, weight or remove`)
}
