// `hub models …`: the catalogue with prices (USD per 1M tokens), through the admin API's factory and schema.
import { CLI_ACTOR } from '../lib/audit/actor.ts'
import { modelView } from '../lib/views/providers.ts'
import { ModelCreateBody } from '../schemas/models.ts'
import type { Flags } from './args.ts'
import type { CliContext } from './context.ts'
import { CliError } from './errors.ts'
import { checkInput } from './validate.ts'

export async function runModelsCommand(ctx: CliContext, command: string, args: string[], flags: Flags) {
  if (command === 'add') {
    const body = checkInput(
      ModelCreateBody,
      {
        id: args[0],
        type: flags.type ?? 'chat',
        ...(flags['upstream-model'] !== undefined && { upstreamModel: flags['upstream-model'] }),
        ...(flags['input-price'] !== undefined && { inputPrice: flags['input-price'] }),
        ...(flags['output-price'] !== undefined && { outputPrice: flags['output-price'] }),
        ...(flags['max-output-tokens'] !== undefined && { maxOutputTokens: Number(flags['max-output-tokens']) }),
        ...(flags.disabled && { enabled: false }),
      },
      { id: 'PROVIDER/MODEL' },
    )
    const m = modelView(await ctx.catalogue.createModel(body, CLI_ACTOR))
    return {
      json: m,
      text: `Added model ${m.id} (${m.type}): $${m.inputPrice} in, $${m.outputPrice} out per 1M tokens`,
    }
  }
  if (command === 'list') {
    const views = (await ctx.catalogue.listModels()).map(modelView)
    const text = views.map(
      (m) => `${m.id}  ${m.type}  in $${m.inputPrice}  out $${m.outputPrice} /1M${m.enabled ? '' : '  disabled'}`,
    )
    return { json: views, text: text.join('\n') || 'No models.' }
  }
  if (command === 'remove') {
    if (!args[0]) throw new CliError('usage: hub models remove PROVIDER/MODEL')
    const m = modelView(await ctx.catalogue.deleteModel(args[0], CLI_ACTOR))
    return { json: m, text: `Removed model ${m.id}.` }
  }
  throw new CliError(`unknown command "models ${command}"; try add, list or remove`)
}
