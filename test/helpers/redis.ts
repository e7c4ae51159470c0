// The Redis that tests share (127.0.0.1:6379, or REDIS_TEST_URL), with a key prefix of each test's own whose keys
// are deleted when the test ends.
import { randomBytes } from 'node:crypto'
import { Redis } from 'ioredis'
import type { Test } from 'tap'

export const REDIS_TEST_URL = process.env.REDIS_TEST_URL ?? 'redis://127.0.0.1:6379'

/** A prefix no other test uses; its keys are removed in teardown. */
export function redisPrefix(t: Test): string {
  const prefix = `hubtest:${randomBytes(6).toString('hex')}:`
  t.teardown(async () => {
    const redis = new Redis(REDIS_TEST_URL, { lazyConnect: true, maxRetriesPerRequest: 1 })
    try {
      await redis.connect()
      const keys = await redis.keys(`${prefix}*`)
      if (keys.length) await redis.del(...keys)
    } finally {
      redis.disconnect()
    }
  })
  return prefix
}
