// GET /metrics after real calls through the mock upstream: each counter says what the calls did, with what the
// mock reported and what the usage records billed; unknown models add no series.
import t from 'tap'
import { faultyHub, hello } from '../../helpers/faulty-hub.ts'
import { gateway, json } from '../../helpers/gateway.ts'
import { parseMetrics, samplesOf, sampleValue } from '../../helpers/metrics.ts'

t.test('requests, tokens, cost, latency, usage writer and token cache after three chat calls', async (t) => {
  const gw = await gateway(t)
  const { token } = await gw.issue(['chat'])
  for (let i = 0; i < 3; i++) {
    const res = await gw.post('/v1/chat/completions', token, {
      model: 'mock/gpt-test',
      messages: [{ role: 'user', content: 'hi' }],
    })
    t.equal(res.status, 200)
    await res.text()
  }
  await gw.app.usage.writer.flush()
  const records = (await gw.usage()).filter((r) => r.model === 'mock/gpt-test')
  t.equal(records.length, 3)

  const res = await gw.get('/metrics', gw.adminToken)
  t.equal(res.status, 200)
  t.match(res.headers.get('content-type'), /^text\/plain; version=0\.0\.4/)
  const samples = parseMetrics(await res.text())
  const route = { route: '/v1/chat/completions', method: 'POST', status: '200', code: '' }
  t.equal(sampleValue(samples, 'hub_requests_total', route), 3, 'three requests on the route pattern')
  t.equal(
    sampleValue(samples, 'hub_request_duration_seconds_count', { route: '/v1/chat/completions', method: 'POST' }),
    3,
  )

  const call = { model: 'mock/gpt-test', provider: 'mock' }
  const sum = (field: string) => records.reduce((n, r) => n + Number(r[field]), 0)
  t.equal(sampleValue(samples, 'hub_calls_total', { ...call, status: '200' }), 3)
  t.equal(sampleValue(samples, 'hub_tokens_total', { ...call, type: 'prompt' }), sum('promptTokens'))
  t.equal(sampleValue(samples, 'hub_tokens_total', { ...call, type: 'completion' }), sum('completionTokens'))
  t.equal(sum('promptTokens'), 36, 'the mock reported 12 prompt tokens a call')
  t.equal(sum('completionTokens'), 15, 'and 5 completion tokens')
  const cost = sampleValue(samples, 'hub_cost_usd_total', call)
  t.ok(cost !== undefined && Math.abs(cost - sum('cost')) < 1e-12, `cost ${cost} is the records' ${sum('cost')}`)
  t.equal(sampleValue(samples, 'hub_upstream_duration_seconds_count', call), 3)
  t.equal(sampleValue(samples, 'hub_upstream_ttfb_seconds_count', call), 3)

  t.ok((sampleValue(samples, 'hub_usage_records_written_total') ?? 0) >= 3, 'the writer wrote the records')
  t.equal(sampleValue(samples, 'hub_usage_queue_depth'), 0)
  t.equal(sampleValue(samples, 'hub_usage_writable'), 1)
  t.equal(sampleValue(samples, 'hub_usage_records_dropped_total'), 0)
  t.equal(sampleValue(samples, 'hub_usage_write_errors_total'), 0)
  // The chat token: verified once from the database, then from the cache.
  t.ok((sampleValue(samples, 'hub_token_cache_total', { result: 'hit' }) ?? 0) >= 2)
  t.ok((sampleValue(samples, 'hub_token_cache_total', { result: 'miss' }) ?? 0) >= 1)
  t.ok((sampleValue(samples, 'process_cpu_user_seconds_total') ?? -1) >= 0, 'default process metrics')
})

t.test('unknown model names add no series; routes are patterns; errors carry their code', async (t) => {
  const gw = await gateway(t)
  const { token } = await gw.issue(['chat'])
  const scrape = async () => parseMetrics(await (await gw.get('/metrics', gw.adminToken)).text())
  const call = (model: string) =>
    gw.post('/v1/chat/completions', token, { model, messages: [{ role: 'user', content: 'hi' }] })

  for (let i = 0; i < 2; i++) t.equal((await call(`mock/nope-${i}`)).status, 404)
  const before = await scrape()
  for (let i = 2; i < 7; i++) t.equal((await call(`mock/nope-${i}`)).status, 404)
  const res = await gw.get(`/api/admin/tokens/${'0'.repeat(8)}-0000-0000-0000-000000000000`, gw.adminToken)
  t.equal(res.status, 404)
  const after = await scrape()

  const notFound = { route: '/v1/chat/completions', method: 'POST', status: '404', code: 'model_not_found' }
  t.equal(sampleValue(after, 'hub_requests_total', notFound), 7, 'one series for every unknown model')
  const hub = (samples: typeof before) => samples.filter((s) => s.name.startsWith('hub_'))
  const series = (samples: typeof before) => new Set(hub(samples).map((s) => `${s.name}${JSON.stringify(s.labels)}`))
  const added = [...series(after)].filter((s) => !series(before).has(s))
  t.same(
    added.filter((s) => !s.includes('/api/admin/tokens/:id') && !s.includes('"/metrics"')),
    [],
    'five more unknown models, no new series',
  )
  t.notOk(
    hub(after).some((s) => Object.values(s.labels).some((v) => v.includes('nope'))),
    'no label holds a client-sent model name',
  )
  t.ok(samplesOf(after, 'hub_requests_total', { route: '/api/admin/tokens/:id', status: '404' }).length === 1)

  // A URL no route matches, with any method and path, is one series.
  await fetch(`${gw.url}/no/such/${Math.random()}`, { method: 'DELETE' })
  await fetch(`${gw.url}/no/such/${Math.random()}`, { method: 'DELETE' })
  const unmatched = await scrape()
  t.equal(
    sampleValue(unmatched, 'hub_requests_total', { route: 'unmatched', method: 'DELETE', status: '404' }),
    2,
    'unmatched URLs share one label',
  )
})

t.test('spend refusals are counted by code', async (t) => {
  const gw = await gateway(t)
  const created = await json(
    await gw.post('/api/admin/tokens', gw.adminToken, { name: 'limited', scopes: ['chat'], limits: { rpm: 1 } }),
  )
  const call = () =>
    gw.post('/v1/chat/completions', created.token, {
      model: 'mock/gpt-test',
      messages: [{ role: 'user', content: 'hi' }],
    })
  t.equal((await call()).status, 200)
  t.equal((await call()).status, 429)
  t.equal((await call()).status, 429)
  const samples = parseMetrics(await (await gw.get('/metrics', gw.adminToken)).text())
  t.equal(sampleValue(samples, 'hub_spend_refusals_total', { code: 'rate_limited' }), 2)
  t.equal(
    sampleValue(samples, 'hub_requests_total', { route: '/v1/chat/completions', status: '429', code: 'rate_limited' }),
    2,
  )
})

t.test('the routing counters are fed through app.metrics', async (t) => {
  const gw = await gateway(t)
  const m = gw.app.metrics
  m.attempt({ model: 'mock/gpt-test', provider: 'mock', outcome: 'server_error' })
  m.attempt({ model: 'mock/gpt-test', provider: 'mock', outcome: 'ok' })
  m.retry({ model: 'mock/gpt-test' })
  m.failover({ model: 'mock/gpt-test' })
  m.cooldown({ provider: 'mock', credential: 'cred-1' })
  m.credentialDisabled({ provider: 'mock' })
  const samples = parseMetrics(await (await gw.get('/metrics', gw.adminToken)).text())
  const model = { model: 'mock/gpt-test' }
  t.equal(sampleValue(samples, 'hub_upstream_attempts_total', { ...model, provider: 'mock', outcome: 'ok' }), 1)
  t.equal(sampleValue(samples, 'hub_upstream_attempts_total', { ...model, outcome: 'server_error' }), 1)
  t.equal(sampleValue(samples, 'hub_retries_total', model), 1)
  t.equal(sampleValue(samples, 'hub_failovers_total', model), 1)
  t.equal(sampleValue(samples, 'hub_cooldowns_total', { provider: 'mock', credential: 'cred-1' }), 1)
  t.equal(sampleValue(samples, 'hub_credentials_disabled_total', { provider: 'mock' }), 1)
})

t.test('a real failover is counted: the failed attempt by its cause, the retry, the move, the cooldown', async (t) => {
  const hub = await faultyHub(
    t,
    [
      ['primary', { status: 503 }, 1],
      ['backup', 'ok', 0],
    ],
    { ROUTING_COOLDOWN_FAILURES: 1 },
  )
  const res = await hub.post('/api/v2/chat/completions', hub.token, hello)
  t.equal(res.status, 200)
  await res.text()
  const samples = parseMetrics(await (await hub.get('/metrics', hub.adminToken)).text())
  const model = { model: 'flaky/m' }
  t.equal(
    sampleValue(samples, 'hub_upstream_attempts_total', { ...model, provider: 'flaky', outcome: 'server_error' }),
    1,
  )
  t.equal(sampleValue(samples, 'hub_upstream_attempts_total', { ...model, provider: 'flaky', outcome: 'ok' }), 1)
  t.equal(sampleValue(samples, 'hub_retries_total', model), 1)
  t.equal(sampleValue(samples, 'hub_failovers_total', model), 1)
  t.equal(
    sampleValue(samples, 'hub_cooldowns_total', { provider: 'flaky', credential: hub.credentials.primary }),
    1,
    'the primary, cooling after one failure',
  )
})
