// Spend control over a real database on either counter store, with an injected clock: what the store tests and
// the balance property share.
import type { Test } from 'tap'
import type { Db } from '../../lib/db/open.ts'
import { createSpendControl } from '../../lib/spend/control.ts'
import { databaseFills } from '../../lib/spend/fills.ts'
import { createMemoryStore } from '../../lib/spend/memory-store.ts'
import { createPeriods } from '../../lib/spend/period.ts'
import { connected, createRedisClient, createRedisStore } from '../../lib/spend/redis-store.ts'
import type { SpendStore } from '../../lib/spend/store.ts'
import { REDIS_TEST_URL, redisPrefix } from './redis.ts'

export type StoreKind = 'memory' | 'redis'

export async function spendControlOn(t: Test, kind: StoreKind, db: Db, now: () => number, timeZone = 'UTC') {
  let store: SpendStore
  let prefix = 'hub:'
  if (kind === 'memory') store = createMemoryStore(now)
  else {
    prefix = redisPrefix(t)
    const redis = createRedisClient(REDIS_TEST_URL)
    await connected(redis, 2_000)
    store = createRedisStore(redis)
  }
  const spend = createSpendControl({
    store,
    fills: databaseFills(db),
    periods: createPeriods(timeZone),
    prefix,
    failMode: 'closed',
    now,
    log: { warn() {}, info() {} },
  })
  t.teardown(() => spend.close())
  return spend
}
