// Which candidate an attempt goes to: among the usable ones of the best (lowest) priority, weighted random, or by
// the model's strategy (least busy, lowest latency) with weighted random between ties. A few passes over a short
// array, and a single-candidate call skips them.
import type { Health } from './health.ts'
import type { Load, Strategy } from './load.ts'

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
  /** Within the best usable priority group: weighted random (default), or by this server's load measurements. */
  strategy?: Strategy
  load?: Load
}

export interface Picked<C extends Candidate> {
  candidate: C
  /** A cooled-down candidate's probe. */
  probe: boolean
  /** Lowest-latency: picked because it has no recent measurement (claim it, so one call re-measures it). */
  measure: boolean
}

/** The chosen candidate, or null when none is usable. */
export function pickCandidate<C extends Candidate>(candidates: readonly C[], filter: PickFilter<C>): Picked<C> | null {
  const { health, tried, excluded } = filter
  if (candidates.length === 1 && !tried?.size) {
    const only = candidates[0]
    if (excluded?.(only)) return null
    const state = health.state(only.key)
    if (state === 'cooling') return null
    const measure = filter.strategy === 'lowest-latency' && filter.load?.fresh(only.key) === undefined
    return { candidate: only, probe: state === 'probe', measure }
  }
  const usable = (c: C, fresh: boolean) =>
    !(fresh && tried?.has(c)) && !excluded?.(c) && health.state(c.key) !== 'cooling'
  // Untried candidates first; a call that tried every usable one may go back to one of them.
  for (const fresh of tried?.size ? [true, false] : [true]) {
    let priority = Number.POSITIVE_INFINITY
    let weighted = false
    for (const c of candidates) {
      if (c.priority > priority || !usable(c, fresh)) continue
      if (c.priority < priority) weighted = false
      priority = c.priority
      weighted ||= c.weight > 0
    }
    if (priority === Number.POSITIVE_INFINITY) continue
    // Weight 0 is a standby: counted only when the group has nothing else.
    const group = (c: C) => c.priority === priority && (!weighted || c.weight > 0) && usable(c, fresh)
    const narrowed = narrow(candidates, group, filter)
    const chosen = weightedRandom(candidates, narrowed.keep, filter.random)
    if (chosen) return { candidate: chosen, probe: health.state(chosen.key) === 'probe', measure: narrowed.measure }
  }
  return null
}

/** The strategy's choice within the group: the least busy, the unmeasured, or the fastest (ties: weighted random). */
function narrow<C extends Candidate>(
  candidates: readonly C[],
  group: (c: C) => boolean,
  { strategy, load }: PickFilter<C>,
): { keep: (c: C) => boolean; measure: boolean } {
  if (!load || !strategy || strategy === 'weighted') return { keep: group, measure: false }
  if (strategy === 'least-busy') {
    let least = Number.POSITIVE_INFINITY
    for (const c of candidates) if (group(c)) least = Math.min(least, load.inFlight(c.key))
    return { keep: (c) => group(c) && load.inFlight(c.key) === least, measure: false }
  }
  let fastest = Number.POSITIVE_INFINITY
  let unmeasured = false
  for (const c of candidates) {
    if (!group(c)) continue
    const ms = load.fresh(c.key)
    if (ms === undefined) unmeasured = true
    else fastest = Math.min(fastest, ms)
  }
  if (unmeasured) return { keep: (c) => group(c) && load.fresh(c.key) === undefined, measure: true }
  return { keep: (c) => group(c) && load.fresh(c.key) === fastest, measure: false }
}

function weightedRandom<C extends Candidate>(
  candidates: readonly C[],
  keep: (c: C) => boolean,
  random: (() => number) | undefined,
): C | null {
  let total = 0
  let last: C | null = null
  for (const c of candidates) {
    if (!keep(c)) continue
    total += c.weight
    last = c
  }
  let r = (random ?? Math.random)() * total
  for (const c of candidates) {
    if (!keep(c) || c.weight <= 0) continue
    r -= c.weight
    if (r < 0) return c
  }
  // Every weight was 0 (or rounding): the last one kept.
  return last
}
