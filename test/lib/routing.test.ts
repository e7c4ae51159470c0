// The routing pieces on their own, with a clock and a random source the test controls: health's window, cooldown
// and single probe; the weighted, priority-first pick; the attempt loop's decisions and the events it reports.
import t from 'tap'
import { HubError } from '../../lib/errors.ts'
import { encodeInvalidation, parseInvalidation } from '../../lib/invalidation.ts'
import { type AttemptEvent, runAttempts } from '../../lib/routing/attempts.ts'
import { createHealth } from '../../lib/routing/health.ts'
import { type Candidate, pickCandidate } from '../../lib/routing/pick.ts'

const candidate = (key: string, weight = 1, priority = 0): Candidate => ({
  key,
  weight,
  priority,
  providerName: 'p',
  credentialId: key,
  deploymentId: null,
})

t.test('health: failures in the window start a cooldown, then one probe decides', async (t) => {
  let now = 0
  const cooled: string[] = []
  const health = createHealth({
    failures: 2,
    windowMs: 100,
    cooldownMs: 50,
    now: () => now,
    onCooldown: ({ key }) => cooled.push(key),
  })
  health.failure('a')
  now = 150
  health.failure('a')
  t.equal(health.state('a'), 'healthy', 'the first failure left the window')
  health.failure('a')
  t.equal(health.state('a'), 'cooling')
  t.same(cooled, ['a'])
  now = 199
  t.equal(health.state('a'), 'cooling')
  now = 200
  t.equal(health.state('a'), 'probe')
  health.claimProbe('a')
  t.equal(health.state('a'), 'cooling', 'one probe at a time')
  health.failure('a')
  t.equal(health.state('a'), 'cooling', 'a failed probe cools again at once')
  t.same(cooled, ['a', 'a'])
  now = 260
  health.claimProbe('a')
  health.release('a')
  t.equal(health.state('a'), 'probe', 'a probe given back (the client left) is offered again')
  health.success('a')
  t.equal(health.state('a'), 'healthy')
  t.same(health.view('a'), { state: 'healthy', recentFailures: 0, cooldownUntil: null })
})

t.test(
  "health: a replaced key forgets the credential's failures and cooldowns, every model's, not others'",
  async (t) => {
    const health = createHealth({ failures: 1, windowMs: 1000, cooldownMs: 1000, now: () => 0 })
    for (const key of ['c1 m', 'c1 e', 'c10 m']) health.failure(key)
    health.adopt('c1 x', 500)
    health.forget('c1 ')
    t.same(
      ['c1 m', 'c1 e', 'c1 x', 'c10 m'].map((key) => health.state(key)),
      ['healthy', 'healthy', 'healthy', 'cooling'],
    )
    t.same(health.keysWith('c1'), ['c10 m'])
    const event = { kind: 'rekeyed', credentialId: 'c1' } as const
    t.same(parseInvalidation(encodeInvalidation(event)), event, 'told to other replicas as it is')
    t.equal(parseInvalidation('rekeyed:'), null)
  },
)

t.test('pick: weighted within the best priority with a usable candidate', async (t) => {
  const health = createHealth({ failures: 1, windowMs: 1000, cooldownMs: 1000 })
  const list = [candidate('a', 3), candidate('b', 1), candidate('c', 5, 1)]
  const pick = (r: number) => pickCandidate(list, { health, random: () => r })?.candidate.key
  t.equal(pick(0), 'a')
  t.equal(pick(0.74), 'a')
  t.equal(pick(0.76), 'b')
  health.failure('a')
  t.equal(pick(0), 'b', 'a cooling candidate is skipped')
  health.failure('b')
  t.equal(pick(0), 'c', 'the next priority only when the best has none usable')
  health.failure('c')
  t.equal(pick(0), undefined)
  const zero = [candidate('x', 0), candidate('y', 1)]
  const healthy = createHealth({ failures: 1, windowMs: 1000, cooldownMs: 1000 })
  t.equal(pickCandidate(zero, { health: healthy, random: () => 0 })?.candidate.key, 'y', 'weight 0 waits')
  const tried = new Set([zero[1]])
  t.equal(pickCandidate(zero, { health: healthy, tried })?.candidate.key, 'x', 'weight 0 when nothing else is')
})

t.test('attempts: failover at once, retry-after on the same, no retry for a client error', async (t) => {
  const health = createHealth({ failures: 100, windowMs: 1000, cooldownMs: 1000 })
  const policy = { maxAttempts: 3, maxRetryMs: 10_000, backoffMs: 1, maxRetryAfterMs: 1_000 }
  const signal = new AbortController().signal
  const events: AttemptEvent[] = []
  const base = { model: 'm', health, policy, signal, onAttempt: (e: AttemptEvent) => events.push(e), random: () => 0 }
  const [a, b] = [candidate('a', 1), candidate('b', 0)]
  let settled: unknown = null
  const sent: string[] = []
  const result = await runAttempts(
    { ...base, candidates: [a, b], settle: (c, attempts) => (settled = { c: c?.key, attempts }) },
    async (c) => {
      sent.push(c.key)
      if (c.key === 'a') throw new HubError('upstream_error', 'down', { status: 503, retryAfterMs: 60_000 })
      return 'ok'
    },
  )
  t.equal(result.value, 'ok')
  t.same(sent, ['a', 'b'], 'the other candidate at once, whatever the retry-after')
  t.match(settled, {
    c: 'b',
    attempts: [
      { credentialId: 'a', status: 503 },
      { credentialId: 'b', status: 200 },
    ],
  })
  t.same(
    events.map((e) => e.outcome),
    ['failover', 'ok'],
  )

  let calls = 0
  const started = Date.now()
  await runAttempts({ ...base, candidates: [a], settle: () => {} }, async () => {
    if (calls++ === 0) throw new HubError('upstream_error', 'slow down', { status: 429, retryAfterMs: 60 })
    return 'ok'
  })
  t.ok(Date.now() - started >= 55, 'waited for the retry-after')

  calls = 0
  await t.rejects(
    runAttempts({ ...base, candidates: [a, b], settle: () => {} }, async () => {
      calls++
      throw new HubError('upstream_error', 'bad request', { status: 400 })
    }),
    { name: 'HubError', message: 'bad request' },
  )
  t.equal(calls, 1, 'a client error is not retried')

  const refused: string[] = []
  const value = await runAttempts(
    { ...base, candidates: [a, b], settle: () => {}, onAuthFailure: (c) => refused.push(c.key) },
    async (c) => {
      if (c.key === 'a') throw new HubError('upstream_auth_failed', 'refused')
      return c.key
    },
  )
  t.equal(value.value, 'b')
  t.same(refused, ['a'])

  const aborted = new AbortController()
  calls = 0
  await t.rejects(
    runAttempts({ ...base, signal: aborted.signal, candidates: [a, b], settle: () => {} }, async () => {
      calls++
      aborted.abort()
      throw new HubError('upstream_error', 'down', { status: 500 })
    }),
  )
  t.equal(calls, 1, 'nothing more once the client went away')
})
