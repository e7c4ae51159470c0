// `hub usage summary`: requests, tokens and cost per model or per token over a period (default: 30 days).
import { parseDuration } from '../lib/duration.ts'
import { summarizeUsage } from '../lib/usage/summary.ts'
import type { Flags } from './args.ts'
import type { CliContext } from './context.ts'
import { CliError } from './errors.ts'

function date(value: string, flag: string): Date {
  const d = new Date(value)
  if (Number.isNaN(d.getTime())) throw new CliError(`${flag} takes a date such as 2026-12-01 or 2026-12-01T12:00:00Z`)
  return d
}

function period(flags: Flags): { from: Date; to: Date } {
  const to = flags.to === undefined ? new Date() : date(flags.to, '--to')
  if (flags.from !== undefined) {
    if (flags.since !== undefined) throw new CliError('give --since or --from, not both')
    return { from: date(flags.from, '--from'), to }
  }
  const ms = parseDuration(flags.since ?? '30d')
  if (ms === null) throw new CliError('--since takes a duration such as 12h, 7d or 2w')
  return { from: new Date(to.getTime() - ms), to }
}

export async function runUsageCommand({ db }: CliContext, command: string, _args: string[], flags: Flags) {
  if (command !== 'summary') throw new CliError(`unknown command "usage ${command}"; try summary`)
  const by = flags.by ?? 'model'
  if (by !== 'model' && by !== 'token') throw new CliError('--by takes model or token')
  const { from, to } = period(flags)
  const rows = await summarizeUsage(db, { by, from, to })
  const head = `Usage by ${by}, ${from.toISOString()} to ${to.toISOString()}:`
  const lines = rows.map(
    (r) =>
      `${r.key}${r.name ? ` (${r.name})` : ''}  ${r.requests} requests  ${r.promptTokens} in  ${r.completionTokens} out  $${r.cost}`,
  )
  return {
    json: { by, from: from.toISOString(), to: to.toISOString(), data: rows },
    text: [head, ...(lines.length ? lines : ['No usage in this period.'])].join('\n'),
  }
}
