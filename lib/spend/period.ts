// Budget periods reset on calendar boundaries in the configured time zone (BUDGET_TIME_ZONE): a day at local
// midnight, a week on Monday (ISO), a month on its first. Computed with Intl, so daylight-saving changes move the
// boundary with the wall clock. The current period is cached until it ends: the hot path does no date arithmetic.
import type { BudgetPeriod } from '../tokens/principal.ts'

export interface PeriodSpan {
  /** Epoch ms of the period's first instant (0 for lifetime). */
  start: number
  /** Epoch ms of the next boundary; null for lifetime. */
  end: number | null
}

const LIFETIME: PeriodSpan = { start: 0, end: null }

/** The time zone's offset from UTC at `instant`, in ms (local − UTC). */
function offsetAt(format: Intl.DateTimeFormat, instant: number): number {
  const parts: Record<string, number> = {}
  for (const p of format.formatToParts(instant)) if (p.type !== 'literal') parts[p.type] = Number(p.value)
  const local = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour % 24, parts.minute, parts.second)
  return local - Math.floor(instant / 1000) * 1000
}

/** The instant a local calendar date begins (its midnight; or the first instant after, in a DST gap). */
function localMidnight(format: Intl.DateTimeFormat, year: number, month: number, day: number): number {
  const wall = Date.UTC(year, month, day)
  const guess = wall - offsetAt(format, wall)
  // The offset at the guess may differ (DST changed in between): one correction settles it.
  return wall - offsetAt(format, guess)
}

export function createPeriods(timeZone: string) {
  // Throws RangeError on an unknown zone: checked once, at startup.
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  })
  const cache = new Map<BudgetPeriod, PeriodSpan>()

  function compute(period: BudgetPeriod, now: number): PeriodSpan {
    if (period === 'lifetime') return LIFETIME
    const local = new Date(now + offsetAt(format, now))
    const y = local.getUTCFullYear()
    const m = local.getUTCMonth()
    const d = local.getUTCDate()
    if (period === 'day') return { start: localMidnight(format, y, m, d), end: localMidnight(format, y, m, d + 1) }
    if (period === 'week') {
      const back = (local.getUTCDay() + 6) % 7 // days since Monday
      return { start: localMidnight(format, y, m, d - back), end: localMidnight(format, y, m, d - back + 7) }
    }
    return { start: localMidnight(format, y, m, 1), end: localMidnight(format, y, m + 1, 1) }
  }

  /** The period that holds `now`. */
  return function current(period: BudgetPeriod, now: number): PeriodSpan {
    const cached = cache.get(period)
    if (cached && now >= cached.start && (cached.end === null || now < cached.end)) return cached
    const span = compute(period, now)
    cache.set(period, span)
    return span
  }
}

export type Periods = ReturnType<typeof createPeriods>
