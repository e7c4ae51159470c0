// Which candidate an attempt goes to: weighted random among the usable ones of the best (lowest) priority.
// No allocation: a few passes over a short array, so the common single-credential call pays almost nothing.
import type { Health } from './health.ts'

export interface Candidate {
  /** Health key: the credential (or keyless provider) and the model, so one model's outage cools only it. */
  key: string
  /** Share of calls within its priority group (0: only when nothing else is usable). */
  weight: number
  /** Lower is preferred: a group is used only while no better one has a usable candidate. */
  priority: number
  providerName: string
  credentialId: string | null
  deploymentId: string | null
}

export interface PickFilter<C extends Candidate> {
  health: Health
  /** Tried earlier in this call: avoided while another candidate is usable. */
  tried?: ReadonlySet<C> | null
  /** Out for this call (its credential was refused) or disabled on this replica. */
  excluded?: (candidate: C) => boolean
  random?: () => number
}

/** The chosen candidate and whether it is a cooled-down one's probe, or null when none is usable. */
export function pickCandidate<C extends Candidate>(
  candidates: readonly C[],
  filter: PickFilter<C>,
): { candidate: C; probe: boolean } | null {
  const { health, tried, excluded } = filter
  if (candidates.length === 1 && !tried?.size) {
    const only = candidates[0]
    if (excluded?.(only)) return null
    const state = health.state(only.key)
    return state === 'cooling' ? null : { candidate: only, probe: state === 'probe' }
  }
  const usable = (c: C, fresh: boolean) =>
    !(fresh && tried?.has(c)) && !excluded?.(c) && health.state(c.key) !== 'cooling'
  // Untried candidates first; a call that tried every usable one may go back to one of them.
  for (const fresh of tried?.size ? [true, false] : [true]) {
    let priority = Number.POSITIVE_INFINITY
    for (const c of candidates) if (c.priority < priority && usable(c, fresh)) priority = c.priority
    if (priority === Number.POSITIVE_INFINITY) continue
    let total = 0
    let last: C | null = null
    for (const c of candidates) {
      if (c.priority !== priority || !usable(c, fresh)) continue
      total += c.weight
      last = c
    }
    let r = (filter.random ?? Math.random)() * total
    for (const c of candidates) {
      if (c.priority !== priority || !usable(c, fresh) || c.weight <= 0) continue
      r -= c.weight
      if (r < 0) return { candidate: c, probe: health.state(c.key) === 'probe' }
    }
    // Every weight was 0 (or rounding): the last usable one.
    if (last) return { candidate: last, probe: health.state(last.key) === 'probe' }
  }
  return null
}
