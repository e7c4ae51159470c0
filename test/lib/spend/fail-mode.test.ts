// Redis unreachable (a port that refuses connections): SPEND_FAIL_MODE=closed refuses at once with a clear 503,
// open admits without counting and warns once per outage. Neither waits on the dead connection.
import { randomUUID } from 'node:crypto'
import t, { type Test } from 'tap'
import { HubError } from '../../../lib/errors.ts'
import { createSpendControl, NO_RESERVATION } from '../../../lib/spend/control.ts'
import { createPeriods } from '../../../lib/spend/period.ts'
import { connected, createRedisClient, createRedisStore } from '../../../lib/spend/redis-store.ts'
import { gateway, json } from '../../helpers/gateway.ts'
import { principalWith } from '../../helpers/spend-principal.ts'

const DEAD_REDIS = 'redis://127.0.0.1:1'
const unusedFills = {
  balance: async () => 0n,
  spent: async () => 0n,
}

async function deadControl(t: Test, failMode: 'open' | 'closed', warnings: string[]) {
  const redis = createRedisClient(DEAD_REDIS, 200)
  redis.on('error', () => {})
  await connected(redis, 200)
  const spend = createSpendControl({
    store: createRedisStore(redis),
    fills: unusedFills,
    periods: createPeriods('UTC'),
    prefix: 'hubtest:dead:',
    failMode,
    log: { warn: (_obj, msg) => warnings.push(msg), info() {} },
  })
  t.teardown(() => spend.close())
  return spend
}

const limited = () => principalWith({ accountId: randomUUID(), tokenId: randomUUID(), token: { rpm: 10 } })

t.test('closed: a limited call is refused at once with 503 unavailable', async (t) => {
  const warnings: string[] = []
  const spend = await deadControl(t, 'closed', warnings)
  const started = performance.now()
  const err = await spend.admit(limited(), { costE10: 0n, tokens: 1 }).catch((e) => e)
  t.ok(err instanceof HubError)
  t.equal(err.code, 'unavailable')
  t.equal(err.statusCode, 503)
  t.match(err.message, /cannot reach its counter store/)
  t.ok(performance.now() - started < 500, 'without waiting on the connection')
  t.equal(warnings.length, 1)
})

t.test('open: admitted uncounted, one warning for the whole outage', async (t) => {
  const warnings: string[] = []
  const spend = await deadControl(t, 'open', warnings)
  for (let i = 0; i < 3; i++) t.equal(await spend.admit(limited(), { costE10: 0n, tokens: 1 }), NO_RESERVATION)
  t.equal(warnings.length, 1, 'warned once')
})

t.test('through HTTP: closed answers 503 in the surface shape, open lets the call through', async (t) => {
  for (const mode of ['closed', 'open'] as const) {
    const gw = await gateway(t, { REDIS_URL: DEAD_REDIS, SPEND_FAIL_MODE: mode })
    const { id, token } = await gw.issue(['chat'])
    await gw.app.db.accessToken.update({ where: { id }, data: { rpmLimit: 5 } })
    const res = await gw.post('/v1/chat/completions', token, {
      model: 'mock/gpt-test',
      messages: [{ role: 'user', content: 'Hi' }],
    })
    if (mode === 'closed') {
      t.equal(res.status, 503)
      t.match(await json(res), { error: { code: 'unavailable' } })
    } else {
      t.equal(res.status, 200)
      t.equal(res.headers.get('x-ratelimit-limit-requests'), null, 'nothing counted, nothing claimed')
      await res.text()
    }
  }
})
