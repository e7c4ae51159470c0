// The counters of several replicas (REDIS_URL): every admission and settlement is one Lua script (redis-scripts.ts),
// a fill is SET NX. The client fails fast when Redis is unreachable (no offline queue, no retries per command,
// short timeouts), so a request is refused or let through at once as SPEND_FAIL_MODE says, never left hanging.
import { Redis } from 'ioredis'
import { ADMIT, SETTLE } from './redis-scripts.ts'
import type { AdmitOutcome, Check, CheckKind, SpendStore } from './store.ts'

const KIND: Record<CheckKind, string> = { balance: 'b', budget: 'g', rpm: 'r', tpm: 't', concurrency: 'c' }
/** How long a concurrency slot is held at most: a replica that died releases its calls' slots after this. */
const LEASE_MS = 60 * 60_000

type Scripted = Redis & {
  spendAdmit(...args: (string | number)[]): Promise<[string, number | (number | string)[]]>
  spendSettle(...args: (string | number)[]): Promise<number>
}

export function createRedisClient(url: string, timeoutMs = 1_000): Redis {
  return new Redis(url, {
    connectTimeout: timeoutMs,
    commandTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    // Keeps reconnecting in the background (an outage ends by itself), at most once a second.
    retryStrategy: (times) => Math.min(times * 100, 1_000),
  })
}

/** Resolves once connected, or after `ms` (the store then reports errors until Redis is back). */
export function connected(redis: Redis, ms: number): Promise<void> {
  if (redis.status === 'ready') return Promise.resolve()
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer)
      redis.off('ready', done)
      resolve()
    }
    const timer = setTimeout(done, ms)
    redis.once('ready', done)
  })
}

export function createRedisStore(redis: Redis): SpendStore {
  const client = redis as Scripted
  client.defineCommand('spendAdmit', { lua: ADMIT })
  client.defineCommand('spendSettle', { lua: SETTLE })

  return {
    async admit(checks, holder, now): Promise<AdmitOutcome> {
      const args: (string | number)[] = [checks.length]
      for (const c of checks) args.push(c.key)
      args.push(now, holder, LEASE_MS)
      for (const c of checks) args.push(KIND[c.kind], c.limit.toString(), c.take.toString(), c.ttlMs)
      const [type, detail] = await client.spendAdmit(...args)
      if (type === 'admitted') return { type, counts: (detail as number[]).map((n) => BigInt(n)) }
      return { type: type as 'missing' | 'refused', index: (detail as number) - 1 }
    },

    async settle(checks, holder, deltas) {
      const args: (string | number)[] = [checks.length]
      for (const c of checks) args.push(c.key)
      args.push(holder)
      for (let i = 0; i < checks.length; i++) args.push(KIND[checks[i].kind], deltas[i].toString())
      await client.spendSettle(...args)
    },

    async fill(key, value, ttlMs) {
      if (ttlMs > 0) await redis.set(key, value.toString(), 'PX', ttlMs, 'NX')
      else await redis.set(key, value.toString(), 'NX')
    },

    async read(checks: readonly Check[], now) {
      const pipeline = redis.pipeline()
      for (const c of checks) {
        if (c.kind === 'concurrency') pipeline.zcount(c.key, `(${now}`, '+inf')
        else pipeline.get(c.key)
      }
      const results = (await pipeline.exec()) ?? []
      return checks.map((c, i) => {
        const [err, value] = results[i] ?? [null, null]
        if (err) throw err
        if (value === null || value === undefined) return c.kind === 'rpm' || c.kind === 'tpm' ? 0n : null
        return BigInt(value as string | number)
      })
    },

    async close() {
      // quit lets the settlements already sent finish; a dead connection is simply dropped.
      await redis.quit().catch(() => redis.disconnect())
    },
  }
}
