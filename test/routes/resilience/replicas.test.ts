// Two replicas on one PostgreSQL database: a credential refused on one is disabled for both, the other's registry
// reloading through LISTEN/NOTIFY, so it never sends the refused key; a cooldown one starts, the other adopts, and a
// key replaced on one ends it on both.
import t from 'tap'
import { bearer } from '../../helpers/build.ts'
import { type FaultyHub, faultyHub, hello, ROUTING_TEST_CONFIG } from '../../helpers/faulty-hub.ts'
import { json, listeningHub } from '../../helpers/listening-hub.ts'
import { faultKey } from '../../helpers/mock-faults.ts'

if (!process.env.DATABASE_URL) {
  t.pass('replicas share a database only on PostgreSQL; PGlite is single-process (run with DATABASE_URL)')
} else {
  t.test('a credential refused on one replica is skipped by the other', async (t) => {
    const a = await faultyHub(t, [
      ['primary', { status: 401 }, 1],
      ['backup', 'ok', 0],
    ])
    const b = await listeningHub(t, ROUTING_TEST_CONFIG, a)
    // B reads the catalogue before anything was refused.
    t.equal((await b.post('/api/v2/chat/completions', a.token, { ...hello })).status, 200)
    t.equal(a.upstream.count('primary'), 1, "B's first call met the refusal and failed over")
    let seen = false
    for (let i = 0; i < 200 && !seen; i++) {
      const list = await json(await a.get(`/api/admin/providers/${a.providerId}/credentials`, a.adminToken))
      seen = list.data.some((c: { id: string; enabled: boolean }) => c.id === a.credentials.primary && !c.enabled)
      if (!seen) await new Promise((r) => setTimeout(r, 10))
    }
    t.ok(seen, 'disabled in the database, seen through the other replica')
    // Each replica's registry drops the key once the write's notification arrives (within milliseconds, as
    // test/routes/replicas.test.ts measures; a busy machine may take longer, so wait for it, not for a fixed time).
    for (const hub of [a, b]) {
      t.ok(await registryHas(hub, (keys) => !keys.includes(faultKey('primary'))), 'the refused key left the registry')
    }
    for (const hub of [a, b, a, b]) t.equal((await hub.post('/api/v2/chat/completions', a.token, hello)).status, 200)
    t.equal(a.upstream.count('primary'), 1, 'neither replica sent the refused key again')
    const records = await a.records(5)
    t.equal(records.length, 5, 'one record per call, from both replicas')
    t.match(records.at(-1), {
      credentialId: a.credentials.backup,
      attempts: [
        { credentialId: a.credentials.primary, code: 'upstream_auth_failed' },
        { status: 200, code: 'ok' },
      ],
    })
  })

  t.test('a cooldown started on one replica is kept by the other, which probes once it is over', async (t) => {
    const cooldown = { ROUTING_COOLDOWN_FAILURES: 2, ROUTING_COOLDOWN_MS: 3_000, ROUTING_COOLDOWN_WINDOW_MS: 60_000 }
    const a = await faultyHub(
      t,
      [
        ['primary', { status: 500 }, 1],
        ['backup', 'ok', 0],
      ],
      cooldown,
    )
    const b = await listeningHub(t, { ...ROUTING_TEST_CONFIG, ...cooldown }, a)
    for (let i = 0; i < 2; i++) t.equal((await a.post('/api/v2/chat/completions', a.token, hello)).status, 200)
    t.equal(a.upstream.count('primary'), 2, 'two failures on A: A put the key in cooldown')
    const healthOnB = async () => {
      const view = await json(await b.get(`/api/admin/providers/${a.providerId}/health`, a.adminToken))
      return view.data.find((c: { credentialId: string }) => c.credentialId === a.credentials.primary)
    }
    let cooling = false
    for (let i = 0; i < 200 && !cooling; i++) {
      cooling = (await healthOnB())?.state === 'cooling'
      if (!cooling) await new Promise((r) => setTimeout(r, 10))
    }
    t.ok(cooling, "B's own health view shows the key cooling, though B never used it")
    for (let i = 0; i < 3; i++) t.equal((await b.post('/api/v2/chat/completions', a.token, hello)).status, 200)
    t.equal(a.upstream.count('primary'), 2, 'B sent nothing to the cooling key')
    t.equal(a.upstream.count('backup'), 5)
    await new Promise((r) => setTimeout(r, 3_100))
    t.equal((await b.post('/api/v2/chat/completions', a.token, hello)).status, 200)
    t.equal(a.upstream.count('primary'), 3, 'once the cooldown is over, B probes it with one call')
  })
  t.test('a key replaced on one replica ends the cooldown on the other at once', async (t) => {
    const cooldown = { ROUTING_COOLDOWN_FAILURES: 2, ROUTING_COOLDOWN_MS: 30_000, ROUTING_COOLDOWN_WINDOW_MS: 60_000 }
    const a = await faultyHub(
      t,
      [
        ['primary', { status: 500 }, 1],
        ['backup', 'ok', 0],
      ],
      cooldown,
    )
    const b = await listeningHub(t, { ...ROUTING_TEST_CONFIG, ...cooldown }, a)
    const stateOnB = async () => {
      const view = await json(await b.get(`/api/admin/providers/${a.providerId}/health`, a.adminToken))
      return view.data.find((c: { credentialId: string }) => c.credentialId === a.credentials.primary)?.state
    }
    const until = async (state: string) => {
      for (let i = 0; i < 200 && (await stateOnB()) !== state; i++) await new Promise((r) => setTimeout(r, 10))
      return stateOnB()
    }
    for (let i = 0; i < 2; i++) t.equal((await a.post('/api/v2/chat/completions', a.token, hello)).status, 200)
    t.equal(await until('cooling'), 'cooling', 'B adopted the cooldown')

    a.upstream.faults.fixed = 'ok'
    t.match(await patchUnchecked(a, { apiKey: faultKey('fixed') }), { enabled: true, check: null })
    t.equal(await until('healthy'), 'healthy', 'B forgot it too')
    // The registry's reload (the new key) and the health event arrive separately.
    t.ok(await registryHas(b, (keys) => keys.includes(faultKey('fixed'))), "B's registry holds the new key")
    t.equal((await b.post('/api/v2/chat/completions', a.token, hello)).status, 200)
    t.equal(a.upstream.count('fixed'), 1, "B's next call used the new key")
  })
}

async function patchUnchecked(hub: FaultyHub, payload: object) {
  const res = await hub.app.inject({
    method: 'PATCH',
    url: `/api/admin/providers/${hub.providerId}/credentials/${hub.credentials.primary}?check=false`,
    headers: bearer(hub.adminToken),
    payload,
  })
  return res.json()
}

/**
 * Waits (up to 10 s) until the keys this replica's registry would send for the test model pass `ok`: what a
 * notification from the other replica changes, seen without a call that would itself change the health state.
 */
async function registryHas(hub: Pick<FaultyHub, 'app'>, ok: (apiKeys: (string | undefined)[]) => boolean) {
  for (let i = 0; i < 1000; i++) {
    const model = hub.app.providers.catalogue().find((m) => m.id === hello.model)
    const keys = model?.candidates.map((c) => c.target.credential?.apiKey) ?? []
    if (keys.length && ok(keys)) return true
    await new Promise((r) => setTimeout(r, 10))
  }
  return false
}
