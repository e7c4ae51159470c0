// A model served by deployments on several providers: the best priority group while it is healthy, failover to
// the next before the first byte, disabled deployments and pinned credentials respected, and aliases that
// resolve to the public model without widening what a token may use.
import { AIGNEHubChatModel } from '@aigne/aigne-hub'
import t, { type Test } from 'tap'
import { bearer } from '../../helpers/build.ts'
import { faultyHub, hello } from '../../helpers/faulty-hub.ts'
import { json } from '../../helpers/listening-hub.ts'
import { faultKey, startFaultyUpstream } from '../../helpers/mock-faults.ts'

for (const name of ['BLOCKLET_AIGNE_API_PROVIDER', 'BLOCKLET_AIGNE_API_MODEL', 'BLOCKLET_APP_PID', 'ABT_NODE_DID'])
  delete process.env[name]

async function setup(t: Test) {
  const hub = await faultyHub(
    t,
    [
      ['primary', 'ok', 1],
      ['backup', 'ok', 0],
    ],
    { ROUTING_COOLDOWN_FAILURES: 1000 },
  )
  const spare = await startFaultyUpstream({ spare: 'ok' })
  t.teardown(() => spare.close())
  const provider = await hub.admin('/api/admin/providers', { name: 'spare', type: 'openai', baseUrl: spare.url })
  await hub.admin(`/api/admin/providers/${provider.id}/credentials`, { name: 'spare', apiKey: faultKey('spare') })
  const headers = bearer(hub.adminToken)
  const request = async (method: 'PATCH' | 'DELETE' | 'GET', url: string, payload?: object) =>
    hub.app.inject({ method, url, headers, payload })
  const first = await hub.admin('/api/admin/deployments', {
    modelId: 'flaky/m',
    provider: 'flaky',
    upstreamModel: 'm-primary',
    priority: 0,
  })
  const second = await hub.admin('/api/admin/deployments', {
    modelId: 'flaky/m',
    provider: 'spare',
    upstreamModel: 'm-spare',
    priority: 1,
  })
  return { hub, spare, request, first, second }
}

t.test('the best priority serves while healthy; the next one takes over before the first byte', async (t) => {
  const { hub, spare, request, first, second } = await setup(t)
  t.match(first, { modelId: 'flaky/m', provider: 'flaky', upstreamModel: 'm-primary', weight: 1, enabled: true })
  for (let i = 0; i < 3; i++) t.equal((await hub.post('/api/v2/chat/completions', hub.token, hello)).status, 200)
  t.same(
    hub.upstream.requests.map((r) => [r.key, r.model]),
    [
      ['primary', 'm-primary'],
      ['primary', 'm-primary'],
      ['primary', 'm-primary'],
    ],
    'the upstream model of the deployment; weight 0 keeps the backup key out',
  )
  t.equal(spare.requests.length, 0, 'the lower priority waits')

  hub.upstream.faults.primary = { status: 503 }
  hub.upstream.faults.backup = { status: 500 }
  const res = await hub.post('/api/v2/chat/completions', hub.token, { ...hello, stream: true })
  t.equal(res.status, 200)
  t.match(await res.text(), /"model":"flaky\/m"/, 'the answer names the model asked for')
  t.same(
    spare.requests.map((r) => r.model),
    ['m-spare'],
  )
  const [record] = await hub.records(4)
  t.match(record, {
    model: 'flaky/m',
    provider: 'spare',
    attempts: [
      { provider: 'flaky', deployment: first.id, credentialId: hub.credentials.primary, status: 503 },
      { provider: 'flaky', deployment: first.id, credentialId: hub.credentials.backup, status: 502 },
      { provider: 'spare', deployment: second.id, status: 200, code: 'ok' },
    ],
  })

  // A disabled deployment is skipped; enabling it again brings it back.
  hub.upstream.faults.primary = 'ok'
  t.match((await request('PATCH', `/api/admin/deployments/${first.id}`, { enabled: false })).json(), {
    enabled: false,
  })
  await hub.post('/api/v2/chat/completions', hub.token, hello)
  t.equal(spare.requests.length, 2, 'the only enabled deployment')
  const listed = (await request('GET', '/api/admin/deployments?model=flaky/m')).json()
  t.same(
    listed.data.map((d: { id: string }) => d.id),
    [first.id, second.id],
  )
  const audit = await json(await hub.get('/api/admin/audit?action=deployment.update', hub.adminToken))
  t.equal(audit.data.length, 1, 'audited')
  t.equal((await request('DELETE', `/api/admin/deployments/${second.id}`)).statusCode, 204)
  t.equal((await request('PATCH', `/api/admin/deployments/${first.id}`, { enabled: true })).statusCode, 200)
  t.equal((await hub.post('/api/v2/chat/completions', hub.token, hello)).status, 200)
  t.equal(hub.upstream.requests.at(-1)?.model, 'm-primary')
})

t.test('a pinned credential is the only one a deployment uses; bad deployments are 400s', async (t) => {
  const { hub, request, first } = await setup(t)
  const pinned = await request('PATCH', `/api/admin/deployments/${first.id}`, {
    credentialId: hub.credentials.backup,
  })
  t.match(pinned.json(), { credentialId: hub.credentials.backup })
  for (let i = 0; i < 3; i++) await hub.post('/api/v2/chat/completions', hub.token, hello)
  t.same(
    hub.upstream.requests.map((r) => r.key),
    ['backup', 'backup', 'backup'],
  )
  const cases = [
    { modelId: 'flaky/nope', provider: 'flaky', upstreamModel: 'x' },
    { modelId: 'flaky/m', provider: 'nope', upstreamModel: 'x' },
    { modelId: 'flaky/m', provider: 'spare', upstreamModel: 'x', credentialId: hub.credentials.primary },
    { modelId: 'flaky/m', provider: 'spare', upstreamModel: 'x', priority: -1 },
  ]
  for (const payload of cases) {
    const res = await hub.app.inject({
      method: 'POST',
      url: '/api/admin/deployments',
      headers: bearer(hub.adminToken),
      payload,
    })
    t.equal(res.statusCode, 400, JSON.stringify(payload))
    t.match(res.json(), { code: 'validation_error' })
  }
  t.equal((await request('GET', '/api/admin/deployments/00000000-0000-4000-8000-000000000000')).statusCode, 404)
})

t.test('aliases resolve to the public model and never widen a token', async (t) => {
  const { hub, request } = await setup(t)
  const patched = await request('PATCH', '/api/admin/models/flaky/m', { aliases: ['fast', 'gpt-fast'] })
  t.match(patched.json(), { id: 'flaky/m', aliases: ['fast', 'gpt-fast'] })

  const res = await hub.post('/api/v2/chat/completions', hub.token, { ...hello, model: 'fast' })
  t.equal(res.status, 200)
  t.match(await json(res), { model: 'fast', choices: [{ message: { content: 'Hello from mock' } }] })
  const [record] = await hub.records(1)
  t.match(record, { model: 'flaky/m' }, 'recorded and billed as the public model')

  const aigne = new AIGNEHubChatModel({ baseURL: hub.url, apiKey: hub.token, model: 'aignehub/fast' })
  t.match(await aigne.invoke({ messages: [{ role: 'user', content: 'hi' }] }), { text: 'Hello from mock' })

  const allowed = await hub.issue(['chat'], { models: ['flaky/*'] })
  t.equal((await hub.post('/api/v2/chat/completions', allowed.token, { ...hello, model: 'fast' })).status, 200)
  for (const models of [['other/*'], ['fast']]) {
    const { token } = await hub.issue(['chat'], { models })
    const refused = await hub.post('/api/v2/chat/completions', token, { ...hello, model: 'fast' })
    t.equal(refused.status, 403, `a token for ${models} may not use what "fast" names`)
    t.match(await json(refused), { code: 'model_not_allowed', message: /flaky\/m/ })
  }

  await hub.addModels([{ id: 'flaky/other', type: 'chat', inputPrice: '1', outputPrice: '1' }])
  const taken = await request('PATCH', '/api/admin/models/flaky/other', { aliases: ['fast'] })
  t.equal(taken.statusCode, 409, 'an alias names one model')
  const bad = await request('PATCH', '/api/admin/models/flaky/other', { aliases: ['has/slash'] })
  t.equal(bad.statusCode, 400)
  t.equal((await hub.post('/api/v2/chat/completions', hub.token, { ...hello, model: 'nothing' })).status, 404)
})
