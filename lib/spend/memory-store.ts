// The counters of one process (no REDIS_URL): plain maps, checked then taken in one synchronous step, so an
// admission is atomic without locks. Keys expire as they do in Redis (windows, budget periods).
import type { AdmitOutcome, Check, SpendStore } from './store.ts'

interface Entry {
  value: bigint
  /** Epoch ms; 0: never. */
  expiresAt: number
}

const SWEEP_MS = 60_000

export function createMemoryStore(clock: () => number = Date.now): SpendStore {
  const entries = new Map<string, Entry>()
  const inFlight = new Map<string, number>()
  let nextSweep = 0

  function live(key: string, now: number): Entry | undefined {
    const entry = entries.get(key)
    if (entry && entry.expiresAt !== 0 && entry.expiresAt <= now) {
      entries.delete(key)
      return undefined
    }
    return entry
  }

  /** Old windows and periods are dropped once a minute, so the map holds only current ones. */
  function sweep(now: number): void {
    if (now < nextSweep) return
    nextSweep = now + SWEEP_MS
    for (const [key, entry] of entries) if (entry.expiresAt !== 0 && entry.expiresAt <= now) entries.delete(key)
  }

  /** Whether check `c` can take its share, reading the counter as it stands. */
  function fits(c: Check, now: number): boolean {
    const current = live(c.key, now)?.value ?? 0n
    switch (c.kind) {
      case 'balance':
        return current - c.take >= 0n
      case 'budget':
      case 'rpm':
      case 'tpm':
        return current + c.take <= c.limit
      case 'concurrency':
        return BigInt(inFlight.get(c.key) ?? 0) < c.limit
    }
  }

  return {
    async admit(checks, _holder, now): Promise<AdmitOutcome> {
      sweep(now)
      for (let i = 0; i < checks.length; i++) {
        const c = checks[i]
        if ((c.kind === 'balance' || c.kind === 'budget') && !live(c.key, now)) return { type: 'missing', index: i }
      }
      for (let i = 0; i < checks.length; i++) if (!fits(checks[i], now)) return { type: 'refused', index: i }
      const counts: bigint[] = new Array(checks.length)
      for (let i = 0; i < checks.length; i++) {
        const c = checks[i]
        if (c.kind === 'concurrency') {
          const held = (inFlight.get(c.key) ?? 0) + 1
          inFlight.set(c.key, held)
          counts[i] = BigInt(held)
          continue
        }
        const entry = live(c.key, now)
        const delta = c.kind === 'balance' ? -c.take : c.take
        if (entry) entry.value += delta
        else entries.set(c.key, { value: delta, expiresAt: c.ttlMs ? now + c.ttlMs : 0 })
        counts[i] = entry ? entry.value : delta
      }
      return { type: 'admitted', counts }
    },

    async settle(checks, _holder, deltas) {
      const now = clock()
      for (let i = 0; i < checks.length; i++) {
        const c = checks[i]
        if (c.kind === 'concurrency') {
          const held = (inFlight.get(c.key) ?? 0) - 1
          if (held > 0) inFlight.set(c.key, held)
          else inFlight.delete(c.key)
          continue
        }
        const entry = live(c.key, now)
        if (entry && deltas[i] !== 0n) entry.value += deltas[i]
      }
    },

    async fill(key, value, ttlMs) {
      const now = clock()
      if (!live(key, now)) entries.set(key, { value, expiresAt: ttlMs ? now + ttlMs : 0 })
    },

    async read(checks, now) {
      return checks.map((c) =>
        c.kind === 'concurrency'
          ? BigInt(inFlight.get(c.key) ?? 0)
          : (live(c.key, now)?.value ?? (c.kind === 'rpm' || c.kind === 'tpm' ? 0n : null)),
      )
    },

    async close() {},
  }
}
