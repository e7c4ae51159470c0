// Who may read /metrics: on the main port a token with the `metrics` scope (or admin); with METRICS_PORT a
// listener of its own without a token, and the main port no longer serves it; METRICS_ENABLED=false: nowhere.
import t from 'tap'
import { bearer, build } from '../../helpers/build.ts'
import { parseMetrics } from '../../helpers/metrics.ts'

t.test('the main listener asks for the metrics scope', async (t) => {
  const { app, adminToken, issue } = await build(t)
  const get = (headers: Record<string, string> = {}) => app.inject({ method: 'GET', url: '/metrics', headers })

  const anonymous = await get()
  t.equal(anonymous.statusCode, 401)
  t.equal(anonymous.json().code, 'token_missing')

  const chat = await issue(['chat'])
  const refused = await get(bearer(chat.token))
  t.equal(refused.statusCode, 403)
  t.equal(refused.json().code, 'insufficient_scope')

  const scraper = await issue(['metrics'])
  const scraped = await get(bearer(scraper.token))
  t.equal(scraped.statusCode, 200)
  t.ok(
    parseMetrics(scraped.body).some((s) => s.name === 'hub_requests_total'),
    'Prometheus text',
  )
  t.equal((await get(bearer(adminToken))).statusCode, 200, 'an admin token may scrape')

  const adminOnly = await issue(['admin'])
  t.equal((await get(bearer(adminOnly.token))).statusCode, 200, 'admin implies metrics')
  const chatCall = await app.inject({
    method: 'POST',
    url: '/v1/chat/completions',
    headers: bearer(scraper.token),
    payload: { model: 'x/y', messages: [] },
  })
  t.equal(chatCall.statusCode, 403, 'a metrics token calls no model')
})

t.test('an admin token holding admin but not metrics may still grant metrics', async (t) => {
  const { app, issue } = await build(t)
  const admin = await issue(['admin', 'chat', 'embeddings', 'images', 'audio', 'models', 'usage'])
  const res = await app.inject({
    method: 'POST',
    url: '/api/admin/tokens',
    headers: bearer(admin.token),
    payload: { name: 'prometheus', scopes: ['metrics'] },
  })
  t.equal(res.statusCode, 201, res.body)
  t.same(res.json().scopes, ['metrics'])
  // Still a full admin (created before the metrics scope existed): it may create accounts.
  const account = await app.inject({
    method: 'POST',
    url: '/api/admin/accounts',
    headers: bearer(admin.token),
    payload: { name: 'team-a' },
  })
  t.equal(account.statusCode, 201, account.body)
})

t.test('METRICS_PORT: a listener of its own, without a token; the main one does not serve it', async (t) => {
  const { app, adminToken } = await build(t, { METRICS_PORT: 0 })
  const listener = app.metricsListener
  if (!listener) throw new Error('no metrics listener')
  t.match(listener.url, /^http:\/\/127\.0\.0\.1:\d+$/, 'on 127.0.0.1 by default')
  const res = await fetch(`${listener.url}/metrics`)
  t.equal(res.status, 200)
  t.match(res.headers.get('content-type'), /^text\/plain; version=0\.0\.4/)
  t.ok(parseMetrics(await res.text()).some((s) => s.name === 'hub_token_cache_total'))
  const other = await fetch(`${listener.url}/api/admin/tokens`)
  t.equal(other.status, 404)
  t.equal(((await other.json()) as { code: string }).code, 'route_not_found')

  const main = await app.inject({ method: 'GET', url: '/metrics', headers: bearer(adminToken) })
  t.equal(main.statusCode, 404)
})

t.test('METRICS_ENABLED=false: no /metrics, no prom-client, no listener', async (t) => {
  const { app, adminToken } = await build(t, { METRICS_ENABLED: false, METRICS_PORT: 0 })
  t.equal(app.scrapeMetrics, null)
  t.equal(app.metricsListener, null)
  const res = await app.inject({ method: 'GET', url: '/metrics', headers: bearer(adminToken) })
  t.equal(res.statusCode, 404)
  // The routing layer may report unconditionally.
  app.metrics.attempt({ model: 'a/b', provider: 'a', outcome: 'ok' })
})

t.test('METRICS_PORT already taken: boot fails with one line naming the setting', async (t) => {
  const first = await build(t, { METRICS_PORT: 0 })
  const port = Number(new URL(first.app.metricsListener?.url ?? '').port)
  await t.rejects(build(t, { METRICS_PORT: port }), {
    name: 'ConfigError',
    message: new RegExp(`^invalid setting METRICS_PORT: cannot listen on 127\\.0\\.0\\.1:${port} \\(EADDRINUSE\\)$`),
  })
})
