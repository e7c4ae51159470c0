// What a provider reports is input like any other: a count must be a non-negative integer that fits the int4
// columns it is stored in. Anything else (-1000000, 1.5, 3000000000, "12", NaN) is not credible, so the whole
// report is treated as missing and the meter estimates instead, flagging the record `estimated`.
import type { Usage } from '../../providers/types.ts'

/** The largest count the usage columns (PostgreSQL `integer`) hold. */
export const MAX_COUNT = 2 ** 31 - 1

export interface RejectedCount {
  field: string
  /** Why, without the value when it is not a number (it came from the provider's payload). */
  problem: 'not a number' | 'negative' | 'not an integer' | 'too large' | 'more than promptTokens'
  value?: number
}

export function countProblem(value: unknown): RejectedCount['problem'] | null {
  if (typeof value !== 'number' || Number.isNaN(value)) return 'not a number'
  if (value < 0) return 'negative'
  if (!Number.isInteger(value)) return 'not an integer'
  if (value > MAX_COUNT) return 'too large'
  return null
}

export interface CheckedUsage {
  /** The usage to bill, or null when the provider reported none or nothing credible. */
  usage: Usage | null
  /** Billable units (images, seconds), or undefined when absent or not credible. */
  units: number | undefined
  /** What was refused; empty when everything reported was credible. */
  rejected: RejectedCount[]
}

function check(field: string, value: unknown, rejected: RejectedCount[]): void {
  const problem = countProblem(value)
  if (problem) rejected.push({ field, problem, ...(typeof value === 'number' ? { value } : {}) })
}

export function sanitizeUsage(usage: Usage | null, units: number | undefined): CheckedUsage {
  const rejected: RejectedCount[] = []
  if (usage !== null) {
    for (const field of [
      'promptTokens',
      'completionTokens',
      'cachedTokens',
      'cacheWriteTokens',
      'reasoningTokens',
    ] as const) {
      check(field, usage[field], rejected)
    }
    // Cache reads and writes are parts of the prompt (providers/*/usage); more of them than prompt is not credible.
    if (rejected.length === 0 && usage.cachedTokens + usage.cacheWriteTokens > usage.promptTokens) {
      rejected.push({ field: 'cachedTokens', problem: 'more than promptTokens' })
    }
  }
  const usageRejected = rejected.length > 0
  if (units !== undefined) check('units', units, rejected)
  const unitsRejected = rejected.length > 0 && rejected.at(-1)?.field === 'units'
  return {
    usage: usage === null || usageRejected ? null : usage,
    units: unitsRejected ? undefined : units,
    rejected,
  }
}
