// A model's routing strategy, set through the admin API (audited), chooses among its healthy candidates as the
// README says: weighted by default, least-busy sends a call to the credential with fewer calls in flight, and
// lowest-latency to the one that answered fastest, re-measuring one whose measurement has gone stale.
import t, { type Test } from 'tap'
import type { Config } from '../../../lib/config.ts'
import { bearer } from '../../helpers/build.ts'
import { type FaultyHub, faultyHub, hello } from '../../helpers/faulty-hub.ts'
import { json } from '../../helpers/listening-hub.ts'
import type { Fault } from '../../helpers/mock-faults.ts'

async function withStrategy(t: Test, strategy: string, keys: [string, Fault][], overrides: Partial<Config> = {}) {
  const hub = await faultyHub(t, keys, overrides)
  const res = await hub.app.inject({
    method: 'PATCH',
    url: '/api/admin/models/flaky/m',
    headers: bearer(hub.adminToken),
    payload: { strategy },
  })
  t.equal(res.statusCode, 200)
  t.match(res.json(), { id: 'flaky/m', strategy })
  return hub
}

/** One call, answered 200; the key that served it. */
async function call(hub: FaultyHub): Promise<string> {
  const before = hub.upstream.requests.length
  const res = await hub.post('/api/v2/chat/completions', hub.token, hello)
  if (res.status !== 200) throw new Error(`status ${res.status}: ${await res.text()}`)
  await res.text()
  return hub.upstream.requests[before].key
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5))
}

t.test('weighted is the default; a strategy is set by PATCH or at creation, audited, and checked', async (t) => {
  const hub = await faultyHub(t, [['a', 'ok']])
  const headers = bearer(hub.adminToken)
  t.match((await hub.app.inject({ method: 'GET', url: '/api/admin/models/flaky/m', headers })).json(), {
    strategy: 'weighted',
  })
  const created = await hub.admin('/api/admin/models', { id: 'flaky/n', type: 'chat', strategy: 'least-busy' })
  t.match(created, { id: 'flaky/n', strategy: 'least-busy' })
  const patched = await hub.app.inject({
    method: 'PATCH',
    url: '/api/admin/models/flaky/n',
    headers,
    payload: { strategy: 'lowest-latency' },
  })
  t.match(patched.json(), { strategy: 'lowest-latency' })
  const audit = await json(await hub.get('/api/admin/audit?action=model.update', hub.adminToken))
  t.match(audit.data[0], {
    target: { type: 'model', id: 'flaky/n' },
    before: { strategy: 'least-busy' },
    after: { strategy: 'lowest-latency' },
  })
  const bad = await hub.app.inject({
    method: 'PATCH',
    url: '/api/admin/models/flaky/n',
    headers,
    payload: { strategy: 'fastest' },
  })
  t.equal(bad.statusCode, 400)
  t.match(bad.json(), { code: 'validation_error' })
})

t.test('least-busy sends a call to the credential with fewer calls in flight', async (t) => {
  const slow = { delayMs: 150 }
  const hub = await withStrategy(t, 'least-busy', [
    ['a', slow],
    ['b', slow],
  ])
  for (let round = 0; round < 4; round++) {
    const seen = hub.upstream.requests.length
    const first = call(hub)
    await until(() => hub.upstream.requests.length > seen)
    const second = call(hub)
    const keys = await Promise.all([first, second])
    t.same([...keys].sort(), ['a', 'b'], `round ${round}: the second call goes to the idle credential`)
  }
  const [record] = await hub.records(8)
  t.match(record, { model: 'flaky/m', status: 200 })
})

t.test('lowest-latency sends calls to the fastest credential, and re-measures a stale one', async (t) => {
  const hub = await withStrategy(
    t,
    'lowest-latency',
    [
      ['fast', 'ok'],
      ['slow', { delayMs: 150 }],
    ],
    { ROUTING_REMEASURE_MS: 1000 },
  )
  const measuring = [await call(hub), await call(hub)]
  t.same([...measuring].sort(), ['fast', 'slow'], 'each unmeasured credential is measured first')
  const next = [await call(hub), await call(hub), await call(hub)]
  t.same(next, ['fast', 'fast', 'fast'], 'then the fastest takes the calls')

  // The providers swap speeds; once the measurements are stale, each is measured again and the new fastest wins.
  hub.upstream.faults.fast = { delayMs: 150 }
  hub.upstream.faults.slow = 'ok'
  await new Promise((r) => setTimeout(r, 1100))
  const remeasured = [await call(hub), await call(hub)]
  t.same([...remeasured].sort(), ['fast', 'slow'], 'both re-measured, one call each')
  t.same([await call(hub), await call(hub)], ['slow', 'slow'])
})

t.test("the health view shows this server's measurements: calls in flight and answer time", async (t) => {
  const hub = await withStrategy(t, 'least-busy', [['a', { delayMs: 300 }]])
  const loadOf = async () =>
    (await hub.health()).data.find((c) => c.credentialId === hub.credentials.a)?.load as Record<string, unknown>[]
  t.same(await loadOf(), [], 'nothing measured before the first call')
  const pending = call(hub)
  await until(() => hub.upstream.requests.length > 0)
  t.match(await loadOf(), [{ model: 'flaky/m', inFlight: 1, latencyMs: null, measuredAt: null }], 'one in flight')
  await pending
  // Released when the response has closed, just after the client has read it.
  let after = await loadOf()
  for (let i = 0; i < 100 && after?.length; i++) after = await loadOf()
  t.same(after, [], 'none once it has answered')

  const patched = await hub.app.inject({
    method: 'PATCH',
    url: '/api/admin/models/flaky/m',
    headers: bearer(hub.adminToken),
    payload: { strategy: 'lowest-latency' },
  })
  t.equal(patched.statusCode, 200)
  hub.upstream.faults.a = { delayMs: 120 }
  await call(hub)
  const [measured] = (await loadOf()) ?? []
  t.match(measured, { model: 'flaky/m', inFlight: 0, measuredAt: String })
  t.ok(Number(measured.latencyMs) >= 100, `the answer time is measured (${measured.latencyMs} ms)`)
})
