// Saving a credential checks its key with one small chat call: the answer says what the provider made of it, a
// refused key is kept disabled with the reason, a provider that is down or slow does not stop the save, and
// ?check=false saves without calling anyone.
import t from 'tap'
import { bearer } from '../../helpers/build.ts'
import { faultyHub } from '../../helpers/faulty-hub.ts'
import { json } from '../../helpers/listening-hub.ts'
import { faultKey } from '../../helpers/mock-faults.ts'

t.test('a saved key is checked, and a refused one is kept disabled with the reason', async (t) => {
  const hub = await faultyHub(t, [['main', 'ok']])
  const save = async (name: string, query = '') => {
    const res = await hub.app.inject({
      method: 'POST',
      url: `/api/admin/providers/${hub.providerId}/credentials${query}`,
      headers: bearer(hub.adminToken),
      payload: { name, apiKey: faultKey(name) },
    })
    t.equal(res.statusCode, 201, name)
    return res.json()
  }

  hub.upstream.faults.good = 'ok'
  const good = await save('good')
  t.match(good, {
    name: 'good',
    enabled: true,
    disabledReason: null,
    check: { model: 'flaky/m', result: { credentialId: good.id, ok: true, status: 200, code: 'ok', message: null } },
  })
  t.same(
    hub.upstream.requests.map((r) => [r.key, r.model]),
    [['good', 'm']],
    'one call, with the new key only',
  )
  t.notMatch(JSON.stringify(good), /sk-fault/, 'the key is not echoed')

  // The mock refuses a key it has no fault for (401).
  const bad = await save('bad')
  t.match(bad, {
    enabled: false,
    disabledReason: /mock fault 401/,
    disabledAt: String,
    check: { result: { credentialId: bad.id, ok: false, status: 502, code: 'upstream_auth_failed' } },
  })
  const audit = await hub.get(`/api/admin/audit?action=credential.disable`, hub.adminToken)
  t.match((await json(audit)).data, [{ target: { type: 'credential', id: bad.id } }], 'disabled by Hub, audited')

  const before = hub.upstream.requests.length
  const offline = await save('offline', '?check=false')
  t.match(offline, { enabled: true, check: null })
  t.equal(hub.upstream.requests.length, before, 'no call')

  // A provider that does not answer in time: saved, enabled, with the timeout reported.
  hub.upstream.faults.slow = 'hang'
  const slow = await save('slow')
  t.match(slow, { enabled: true, check: { result: { ok: false, code: 'upstream_timeout' } } })
  t.equal((await hub.usage()).length, 0, 'checks are not usage')
})

t.test('an unreachable provider does not stop the save; one without a chat model is not checked', async (t) => {
  const hub = await faultyHub(t, [['main', 'ok']])
  const gone = await hub.admin('/api/admin/providers', {
    name: 'gone',
    type: 'openai',
    baseUrl: 'http://127.0.0.1:9/v1',
  })
  await hub.addModels([{ id: 'gone/m', type: 'chat', inputPrice: '1', outputPrice: '1' }])
  const saved = await hub.admin(`/api/admin/providers/${gone.id}/credentials`, { name: 'k', apiKey: 'sk-unreachable' })
  t.match(saved, { enabled: true, check: { model: 'gone/m', result: { ok: false, code: 'upstream_unreachable' } } })

  const bare = await hub.admin('/api/admin/providers', {
    name: 'bare',
    type: 'openai',
    baseUrl: 'http://127.0.0.1:9/v1',
  })
  const unchecked = await hub.admin(`/api/admin/providers/${bare.id}/credentials`, { name: 'k', apiKey: 'sk-x' })
  t.match(unchecked, { enabled: true, check: null })
})

t.test('a replaced key is stored masked, used from then on, and checked as a new one is', async (t) => {
  const hub = await faultyHub(t, [['main', 'ok']])
  const url = `/api/admin/providers/${hub.providerId}/credentials/${hub.credentials.main}`
  const patch = async (payload: object, query = '') => {
    const res = await hub.app.inject({ method: 'PATCH', url: url + query, headers: bearer(hub.adminToken), payload })
    t.equal(res.statusCode, 200)
    return res.json()
  }

  const renamed = await patch({ name: 'renamed' })
  t.match(renamed, { name: 'renamed', masked: '…main', check: null }, 'no new key, no check')
  t.equal(hub.upstream.requests.length, 0)

  hub.upstream.faults.fresh = 'ok'
  const replaced = await patch({ apiKey: faultKey('fresh') })
  t.match(replaced, {
    enabled: true,
    masked: '…resh',
    check: { model: 'flaky/m', result: { credentialId: hub.credentials.main, ok: true, code: 'ok' } },
  })
  t.notMatch(JSON.stringify(replaced), /sk-fault/, 'the key is not echoed')
  const chat = await hub.post('/api/v2/chat/completions', hub.token, {
    model: 'flaky/m',
    messages: [{ role: 'user', content: 'hi' }],
  })
  t.equal(chat.status, 200)
  t.same(
    hub.upstream.requests.map((r) => r.key),
    ['fresh', 'fresh'],
    'the check and the next call send the new key',
  )

  const before = hub.upstream.requests.length
  t.match(await patch({ apiKey: faultKey('later') }, '?check=false'), { masked: '…ater', check: null })
  t.equal(hub.upstream.requests.length, before, '?check=false: no call')

  // The mock refuses a key it has no fault for (401).
  const refused = await patch({ apiKey: faultKey('nope') })
  t.match(refused, {
    enabled: false,
    disabledReason: /mock fault 401/,
    check: { result: { ok: false, code: 'upstream_auth_failed' } },
  })
  const audit = await json(await hub.get('/api/admin/audit?action=credential.update', hub.adminToken))
  t.equal(audit.data.length, 4, 'each change audited')
  t.notMatch(JSON.stringify(audit), /sk-fault/, 'without the key')

  const bad = await hub.app.inject({
    method: 'PATCH',
    url,
    headers: bearer(hub.adminToken),
    payload: { apiKey: 'sk-\u00e9' },
  })
  t.equal(bad.statusCode, 400)
  t.notMatch(bad.body, /sk-/, 'a key that cannot be a header value is refused without echoing it')
})
