// Health of what a call can be sent to (a credential, a deployment): failures counted in a window put it in
// cooldown, where it is skipped; once the cooldown is over, one live call probes it (half-open) and decides.
// Failures are counted per replica; a cooldown one replica starts is adopted by the others (adopt()). Only keys that failed have state, so a healthy fleet costs one Map lookup per success.

export interface HealthOptions {
  /** Failures within windowMs that start a cooldown. */
  failures: number
  windowMs: number
  cooldownMs: number
  /** Told when a key enters cooldown (after a failed probe too). */
  onCooldown?: (event: { key: string; failures: number; untilMs: number }) => void
  now?: () => number
}

interface KeyState {
  /** Times of recent failures, oldest first; at most `failures` long. */
  failedAt: number[]
  /** While now < coolUntil the key is skipped; 0: not cooling. */
  coolUntil: number
  /** A probe call is out: nobody else uses the key until it reports. */
  probing: boolean
}

export type HealthState = 'healthy' | 'cooling' | 'probe'

export interface HealthView {
  state: 'healthy' | 'cooling' | 'probing'
  recentFailures: number
  cooldownUntil: string | null
}

export function createHealth(opts: HealthOptions) {
  const now = opts.now ?? Date.now
  const keys = new Map<string, KeyState>()

  /** Healthy; cooling (skip it); or probe (its cooldown is over and no probe is out: the next call may take it). */
  function state(key: string): HealthState {
    const s = keys.size ? keys.get(key) : undefined
    if (!s || s.coolUntil === 0) return 'healthy'
    if (s.probing || now() < s.coolUntil) return 'cooling'
    return 'probe'
  }

  /** The call about to use a key whose state was 'probe': others skip it until it reports. */
  function claimProbe(key: string): void {
    const s = keys.get(key)
    if (s) s.probing = true
  }

  function success(key: string): void {
    if (keys.size) keys.delete(key)
  }

  function failure(key: string): void {
    const t = now()
    let s = keys.get(key)
    if (!s) {
      s = { failedAt: [], coolUntil: 0, probing: false }
      keys.set(key, s)
    }
    if (s.probing) {
      // The probe failed: straight back to cooldown.
      cool(key, s, t, 1)
      return
    }
    const since = t - opts.windowMs
    while (s.failedAt.length && s.failedAt[0] < since) s.failedAt.shift()
    s.failedAt.push(t)
    if (s.failedAt.length >= opts.failures) cool(key, s, t, s.failedAt.length)
  }

  function cool(key: string, s: KeyState, t: number, failures: number): void {
    s.coolUntil = t + opts.cooldownMs
    s.probing = false
    s.failedAt = []
    opts.onCooldown?.({ key, failures, untilMs: s.coolUntil })
  }

  /**
   * A cooldown another replica started (it saw the failures): skipped here too until then, and probed by one
   * call of this replica afterwards. Never shortens a cooldown, and is not told to onCooldown (not re-announced).
   */
  function adopt(key: string, untilMs: number): void {
    if (untilMs <= now()) return
    const s = keys.get(key)
    if (!s) keys.set(key, { failedAt: [], coolUntil: untilMs, probing: false })
    else if (untilMs > s.coolUntil) {
      s.coolUntil = untilMs
      s.failedAt = []
    }
  }

  /** A call that neither succeeded nor failed with the key (the client left): a claimed probe is given back. */
  function release(key: string): void {
    const s = keys.get(key)
    if (s) s.probing = false
  }

  /** Milliseconds until the first of these keys may be tried again (0 if one may be now). */
  function soonest(keyList: readonly string[]): number {
    let wait = Number.POSITIVE_INFINITY
    const t = now()
    for (const key of keyList) wait = Math.min(wait, Math.max(0, (keys.get(key)?.coolUntil ?? 0) - t))
    return Number.isFinite(wait) ? wait : 0
  }

  /** Drops the state of every key with a prefix (a credential's id): its failures were its replaced key's. */
  function forget(prefix: string): void {
    for (const key of keysWith(prefix)) keys.delete(key)
  }

  /** The keys with state that start with a prefix (a credential's id): admin views, off the hot path. */
  function keysWith(prefix: string): string[] {
    return [...keys.keys()].filter((key) => key.startsWith(prefix))
  }

  function view(key: string): HealthView {
    const s = keys.get(key)
    if (!s) return { state: 'healthy', recentFailures: 0, cooldownUntil: null }
    const cooling = s.coolUntil > now()
    return {
      state: s.probing ? 'probing' : cooling ? 'cooling' : 'healthy',
      recentFailures: s.failedAt.filter((at) => at >= now() - opts.windowMs).length,
      cooldownUntil: s.coolUntil ? new Date(s.coolUntil).toISOString() : null,
    }
  }

  return { state, claimProbe, success, failure, release, adopt, forget, soonest, view, keysWith }
}

export type Health = ReturnType<typeof createHealth>
