// The spend flags `hub accounts` and `hub tokens` share: --billing postpaid|credits, --budget 10/month (or "none"),
// --rpm, --tpm, --concurrency (a positive integer, or "none" to remove it). Left out: unchanged / none.
import type { BillingMode, BudgetPeriod } from '../lib/tokens/principal.ts'
import type { BudgetInput, LimitsInput } from '../lib/views/limits.ts'
import type { Flags } from './args.ts'
import { CliError } from './errors.ts'

const PERIODS = ['day', 'week', 'month', 'lifetime']
const USD = /^\d{1,10}(\.\d{1,10})?$/

function parseBudget(value: string | undefined): BudgetInput | null | undefined {
  if (value === undefined) return undefined
  if (value === 'none') return null
  const [amount, period] = value.split('/')
  if (!USD.test(amount ?? '') || !PERIODS.includes(period ?? '')) {
    throw new CliError(`--budget takes USD/PERIOD (e.g. 10/month; period: ${PERIODS.join(', ')}) or none`)
  }
  return { amount, period: period as BudgetPeriod }
}

function parseLimit(flag: string, value: string | undefined): number | null | undefined {
  if (value === undefined) return undefined
  if (value === 'none') return null
  if (!/^[1-9]\d{0,9}$/.test(value) || Number(value) > 2_147_483_647) {
    throw new CliError(`--${flag} takes a positive integer, or none`)
  }
  return Number(value)
}

export function spendFlags(flags: Flags): {
  billingMode?: BillingMode
  budget?: BudgetInput | null
  limits?: LimitsInput
} {
  const billing = flags.billing
  if (billing !== undefined && billing !== 'postpaid' && billing !== 'credits') {
    throw new CliError('--billing takes postpaid or credits')
  }
  const limits = {
    rpm: parseLimit('rpm', flags.rpm),
    tpm: parseLimit('tpm', flags.tpm),
    concurrency: parseLimit('concurrency', flags.concurrency),
  }
  return {
    ...(billing !== undefined && { billingMode: billing }),
    budget: parseBudget(flags.budget),
    ...(Object.values(limits).some((v) => v !== undefined) && { limits }),
  }
}
