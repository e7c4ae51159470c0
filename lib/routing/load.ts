// What the least-busy and lowest-latency strategies choose by, measured on this server: calls in flight per
// candidate (from the attempt until the client's response closes), and an EWMA of the time each candidate took to
// answer (its 2xx, before the first byte reaches the client). Only models with such a strategy are measured, so
// the default weighted strategy pays nothing.

export const STRATEGIES = ['weighted', 'least-busy', 'lowest-latency'] as const
export type Strategy = (typeof STRATEGIES)[number]

/** A stored strategy this version does not know (written by a newer one) routes as the default. */
export const strategyOf = (value: string): Strategy =>
  (STRATEGIES as readonly string[]).includes(value) ? (value as Strategy) : 'weighted'

/** Weight of the newest sample: recent enough to follow a provider slowing down, steady enough to ignore one blip. */
const ALPHA = 0.3

interface Latency {
  ms: number
  measuredAt: number
  /** When it was picked to be re-measured: the calls until its answer go by its old measurement. */
  claimedAt: number
}

export function createLoad(opts: { remeasureMs: number; now?: () => number }) {
  const now = opts.now ?? Date.now
  const inFlight = new Map<string, number>()
  const latency = new Map<string, Latency>()

  function start(key: string): void {
    inFlight.set(key, (inFlight.get(key) ?? 0) + 1)
  }

  function end(key: string): void {
    const n = (inFlight.get(key) ?? 1) - 1
    if (n > 0) inFlight.set(key, n)
    else inFlight.delete(key)
  }

  /** A measurement older than remeasureMs says little about now: the new one replaces it, not averaged in. */
  function sample(key: string, ms: number): void {
    const t = now()
    const last = latency.get(key)
    const recent = last && t - last.measuredAt <= opts.remeasureMs
    latency.set(key, { ms: recent ? last.ms + ALPHA * (ms - last.ms) : ms, measuredAt: t, claimedAt: 0 })
  }

  /** Undefined when never measured, or measured longer ago than remeasureMs: the next call goes to it. */
  function fresh(key: string): number | undefined {
    const l = latency.get(key)
    return l && now() - Math.max(l.measuredAt, l.claimedAt) <= opts.remeasureMs ? l.ms : undefined
  }

  /** A stale candidate was picked to re-measure it. */
  function claim(key: string): void {
    const l = latency.get(key)
    if (l) l.claimedAt = now()
  }

  return {
    start,
    end,
    sample,
    fresh,
    claim,
    inFlight: (key: string) => inFlight.get(key) ?? 0,
    /** This server's measurements of a key, for the admin health view. */
    view: (key: string) => {
      const l = latency.get(key)
      return {
        inFlight: inFlight.get(key) ?? 0,
        latencyMs: l ? Math.round(l.ms) : null,
        measuredAt: l ? new Date(l.measuredAt).toISOString() : null,
      }
    },
    /** The keys measured here (in flight now, or answered once) that start with a credential's prefix. */
    keysWith: (prefix: string) =>
      [...new Set([...inFlight.keys(), ...latency.keys()])].filter((key) => key.startsWith(prefix)),
  }
}

export type Load = ReturnType<typeof createLoad>
export type LoadView = ReturnType<Load['view']>
