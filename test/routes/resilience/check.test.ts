// POST /api/admin/providers/:id/check: one small call per enabled credential says which work; a refused one is
// disabled with the reason, and one that answers comes out of its cooldown.
import t from 'tap'
import { bearer } from '../../helpers/build.ts'
import { faultyHub, hello } from '../../helpers/faulty-hub.ts'
import { json } from '../../helpers/listening-hub.ts'

t.test('a check calls each enabled credential once and acts on what it finds', async (t) => {
  const hub = await faultyHub(
    t,
    [
      ['primary', { status: 500 }, 1],
      ['refused', { status: 401 }, 0],
      ['spare', 'ok', 0],
    ],
    {
      ROUTING_COOLDOWN_FAILURES: 1,
      ROUTING_COOLDOWN_MS: 60_000,
    },
  )
  const check = (payload: object) =>
    hub.app.inject({
      method: 'POST',
      url: `/api/admin/providers/${hub.providerId}/check`,
      headers: bearer(hub.adminToken),
      payload,
    })
  // The primary fails once: cooling for a minute.
  hub.upstream.faults.refused = 'ok'
  t.equal((await hub.post('/api/v2/chat/completions', hub.token, hello)).status, 200)
  t.match(
    (await hub.health()).data.find((c) => c.credentialId === hub.credentials.primary),
    { state: 'cooling' },
  )

  hub.upstream.faults.primary = 'ok'
  hub.upstream.faults.refused = { status: 401 }
  const before = hub.upstream.requests.length
  const res = await check({})
  t.equal(res.statusCode, 200)
  t.match(res.json(), {
    model: 'flaky/m',
    data: [
      { credentialId: hub.credentials.primary, ok: true, status: 200, code: 'ok', message: null },
      { credentialId: hub.credentials.refused, ok: false, status: 502, code: 'upstream_auth_failed' },
      { credentialId: hub.credentials.spare, ok: true },
    ],
  })
  t.same(
    hub.upstream.requests.slice(before).map((r) => r.key),
    ['primary', 'refused', 'spare'],
    'one call each',
  )
  t.match(
    (await hub.health()).data.find((c) => c.credentialId === hub.credentials.primary),
    { state: 'healthy' },
  )
  let disabled = false
  for (let i = 0; i < 100 && !disabled; i++) {
    const list = await json(await hub.get(`/api/admin/providers/${hub.providerId}/credentials`, hub.adminToken))
    disabled = list.data.some((c: { id: string; enabled: boolean }) => c.id === hub.credentials.refused && !c.enabled)
    if (!disabled) await new Promise((r) => setTimeout(r, 10))
  }
  t.ok(disabled, 'the refused credential was disabled')
  t.equal((await hub.usage()).length, 1, 'checks are not usage')

  t.equal((await check({ model: 'flaky/e' })).statusCode, 400, 'not a chat model')
  const missing = await hub.app.inject({
    method: 'POST',
    url: '/api/admin/providers/00000000-0000-4000-8000-000000000000/check',
    headers: bearer(hub.adminToken),
    payload: {},
  })
  t.equal(missing.statusCode, 404)
})
