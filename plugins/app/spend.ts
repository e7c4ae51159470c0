// Spend control (issue 10): credits, budgets and rate limits admitted atomically before every metered call.
// Counters live in this process, or in Redis with REDIS_URL so that several replicas share them exactly.
import fp from 'fastify-plugin'
import { ConfigError } from '../../lib/config.ts'
import { createSpendControl } from '../../lib/spend/control.ts'
import { databaseFills } from '../../lib/spend/fills.ts'
import { createMemoryStore } from '../../lib/spend/memory-store.ts'
import { createPeriods } from '../../lib/spend/period.ts'
import { connected, createRedisClient, createRedisStore } from '../../lib/spend/redis-store.ts'
import type { SpendControl } from '../../lib/spend/types.ts'

declare module 'fastify' {
  interface FastifyInstance {
    spend: SpendControl
  }
}

/** How long a Redis connect or command may take before the call is refused or let through (SPEND_FAIL_MODE). */
const REDIS_TIMEOUT_MS = 1_000

export default fp(
  async (app) => {
    const config = app.config
    let periods: ReturnType<typeof createPeriods>
    try {
      periods = createPeriods(config.BUDGET_TIME_ZONE)
    } catch {
      throw new ConfigError('invalid setting BUDGET_TIME_ZONE: not a time zone this runtime knows (IANA names)')
    }
    let store = createMemoryStore()
    if (config.REDIS_URL) {
      const redis = createRedisClient(config.REDIS_URL, REDIS_TIMEOUT_MS)
      // Connection errors are the fail mode's business (one warning per outage), not an error event each retry.
      redis.on('error', () => {})
      // Boot does not wait on Redis for long: the first requests find it or apply the fail mode.
      await connected(redis, REDIS_TIMEOUT_MS)
      store = createRedisStore(redis)
    }
    const control = createSpendControl({
      store,
      fills: databaseFills(app.db),
      periods,
      prefix: config.REDIS_KEY_PREFIX,
      failMode: config.SPEND_FAIL_MODE,
      log: app.log,
    })
    app.decorate('spend', control)
    app.addHook('onClose', () => control.close())
  },
  { name: 'spend', dependencies: ['config', 'db'] },
)
