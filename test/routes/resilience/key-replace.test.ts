// Replacing a credential's key: a credential Hub disabled (the provider refused the old key) is enabled again once
// the new key passes its check, and a cooldown the old key earned is forgotten, so the credential is used at once.
// One the operator disabled stays disabled (also when Hub had disabled it first); a new key the provider refuses is
// kept disabled with the reason.
import t, { type Test } from 'tap'
import { bearer } from '../../helpers/build.ts'
import { type FaultyHub, faultyHub, hello } from '../../helpers/faulty-hub.ts'
import { json } from '../../helpers/listening-hub.ts'
import { faultKey } from '../../helpers/mock-faults.ts'

// Long enough that a busy machine does not end a cooldown between two calls of a test.
const COOLDOWN = { ROUTING_COOLDOWN_FAILURES: 2, ROUTING_COOLDOWN_MS: 30_000, ROUTING_COOLDOWN_WINDOW_MS: 60_000 }

const chat = (hub: FaultyHub) => hub.post('/api/v2/chat/completions', hub.token, hello)

async function patchKey(t: Test, hub: FaultyHub, name: string, payload: object, query = '') {
  const res = await hub.app.inject({
    method: 'PATCH',
    url: `/api/admin/providers/${hub.providerId}/credentials/${hub.credentials[name]}${query}`,
    headers: bearer(hub.adminToken),
    payload,
  })
  t.equal(res.statusCode, 200)
  t.notMatch(res.body, /sk-fault/, 'the key is not echoed')
  return res.json()
}

/** A first call is refused (401) on `primary`, fails over to `backup`, and Hub disables `primary`. */
async function refusedPrimary(t: Test) {
  const hub = await faultyHub(t, [
    ['primary', { status: 401 }, 1],
    ['backup', 'ok', 0],
  ])
  t.equal((await chat(hub)).status, 200, 'failed over')
  let credential: Record<string, unknown> = {}
  for (let i = 0; i < 100 && credential.enabled !== false; i++) {
    await new Promise((r) => setTimeout(r, 10))
    const list = await json(await hub.get(`/api/admin/providers/${hub.providerId}/credentials`, hub.adminToken))
    credential = list.data.find((c: { id: string }) => c.id === hub.credentials.primary)
  }
  t.match(credential, { enabled: false, disabledReason: /mock fault 401/ }, 'disabled by Hub')
  return hub
}

t.test('a credential Hub disabled is enabled again by a good new key, and used at once', async (t) => {
  const hub = await refusedPrimary(t)
  hub.upstream.faults.fixed = 'ok'

  const fixed = await patchKey(t, hub, 'primary', { apiKey: faultKey('fixed') })
  t.match(fixed, {
    enabled: true,
    disabledReason: null,
    disabledAt: null,
    check: { model: 'flaky/m', result: { credentialId: hub.credentials.primary, ok: true, code: 'ok' } },
  })
  const backup = hub.upstream.count('backup')
  t.equal((await chat(hub)).status, 200)
  t.equal(hub.upstream.count('fixed'), 2, 'the check, then the next call')
  t.equal(hub.upstream.count('backup'), backup, 'the standby is left alone again')

  const audit = await json(await hub.get('/api/admin/audit?action=credential.update', hub.adminToken))
  t.match(audit.data[0], { after: { enabled: true, disabledReason: null }, before: { enabled: false } })
  t.notMatch(JSON.stringify(audit), /sk-fault/, 'audited without the key')
})

t.test("the operator's enabled: false on a credential Hub disabled: a later key does not undo it", async (t) => {
  const hub = await refusedPrimary(t)
  hub.upstream.faults.fixed = 'ok'
  // Stored with a new key, kept off: Hub's reason gives way to the operator's word.
  const kept = await patchKey(t, hub, 'primary', { apiKey: faultKey('fixed'), enabled: false })
  t.match(kept, { enabled: false, disabledReason: null, disabledAt: null, masked: '…ixed', check: null })
  const again = await patchKey(t, hub, 'primary', { apiKey: faultKey('fixed') })
  t.match(again, { enabled: false, disabledReason: null, check: null }, 'still off after another key')
  t.equal((await chat(hub)).status, 200)
  t.equal(hub.upstream.count('fixed'), 0, 'not used')
})

t.test('a new key the provider refuses leaves the credential disabled with the reason', async (t) => {
  const hub = await refusedPrimary(t)
  // The mock refuses a key it has no fault for (401).
  const refused = await patchKey(t, hub, 'primary', { apiKey: faultKey('nope') })
  t.match(refused, {
    enabled: false,
    disabledReason: /mock fault 401/,
    disabledAt: String,
    masked: '…nope',
    check: { result: { ok: false, code: 'upstream_auth_failed' } },
  })
  t.equal((await chat(hub)).status, 200)
  t.equal(hub.upstream.count('nope'), 1, 'only the check sent it')
})

t.test('a credential the operator disabled stays disabled after a new key', async (t) => {
  const hub = await faultyHub(t, [
    ['primary', 'ok', 1],
    ['backup', 'ok', 0],
  ])
  t.match(await hub.patchCredential('primary', { enabled: false }), { enabled: false, disabledReason: null })
  hub.upstream.faults.fixed = 'ok'
  const patched = await patchKey(t, hub, 'primary', { apiKey: faultKey('fixed') })
  t.match(patched, { enabled: false, disabledReason: null, masked: '…ixed', check: null })
  t.equal((await chat(hub)).status, 200)
  t.equal(hub.upstream.count('fixed'), 0, 'not used')
  t.equal(hub.upstream.count('backup'), 1)
})

t.test('a credential in cooldown is used at once after a new key', async (t) => {
  const hub = await faultyHub(
    t,
    [
      ['primary', { status: 500 }, 1],
      ['backup', 'ok', 0],
    ],
    COOLDOWN,
  )
  for (let i = 0; i < 2; i++) t.equal((await chat(hub)).status, 200, `call ${i + 1}: failed over`)
  const primary = async () => (await hub.health()).data.find((c) => c.credentialId === hub.credentials.primary)
  t.match(await primary(), { state: 'cooling' })

  hub.upstream.faults.fixed = 'ok'
  // Unchecked: the cooldown ends because the key was replaced, not because a check answered.
  t.match(await patchKey(t, hub, 'primary', { apiKey: faultKey('fixed') }, '?check=false'), {
    enabled: true,
    check: null,
  })
  t.match(await primary(), { state: 'healthy', models: [] }, 'failures and cooldown forgotten')
  t.equal((await chat(hub)).status, 200)
  t.equal(hub.upstream.count('fixed'), 1, 'the next call used the new key')
  t.equal(hub.upstream.count('backup'), 2)
})
