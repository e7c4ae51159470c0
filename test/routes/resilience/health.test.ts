// Credential health: a credential that keeps failing for a model cools down (skipped, visible in the admin API),
// then one live call probes it; a credential the provider refuses (401/403) is disabled at once, with the reason,
// in the database and the admin API, and the calls after it all succeed on the others. Weights share the calls.
import { AIGNEHubChatModel } from '@aigne/aigne-hub'
import OpenAI from 'openai'
import t from 'tap'
import { faultyHub, hello } from '../../helpers/faulty-hub.ts'
import { json } from '../../helpers/listening-hub.ts'

for (const name of ['BLOCKLET_AIGNE_API_PROVIDER', 'BLOCKLET_AIGNE_API_MODEL', 'BLOCKLET_APP_PID', 'ABT_NODE_DID'])
  delete process.env[name]

// Long enough that a busy machine does not end a cooldown between two calls of a test.
const COOLDOWN = { ROUTING_COOLDOWN_FAILURES: 2, ROUTING_COOLDOWN_MS: 3_000, ROUTING_COOLDOWN_WINDOW_MS: 60_000 }

const chat = (hub: Awaited<ReturnType<typeof faultyHub>>) => hub.post('/api/v2/chat/completions', hub.token, hello)

t.test('a failing credential cools down, is skipped, then one call probes it back', async (t) => {
  const hub = await faultyHub(
    t,
    [
      ['primary', { status: 500 }, 1],
      ['backup', 'ok', 0],
    ],
    COOLDOWN,
  )
  for (let i = 0; i < 2; i++) t.equal((await chat(hub)).status, 200, `call ${i + 1}: failed over`)
  t.equal(hub.upstream.count('primary'), 2)

  const health = await hub.health()
  const primary = health.data.find((c) => c.credentialId === hub.credentials.primary)
  t.match(primary, { state: 'cooling', models: [{ model: 'flaky/m', state: 'cooling', cooldownUntil: String }] })
  t.match(
    health.data.find((c) => c.credentialId === hub.credentials.backup),
    { state: 'healthy', models: [] },
  )

  t.equal((await chat(hub)).status, 200)
  t.equal(hub.upstream.count('primary'), 2, 'skipped while cooling')
  t.equal(hub.upstream.count('backup'), 3)
  const [skipped] = await hub.records(3)
  t.match(skipped, { credentialId: hub.credentials.backup, attempts: null }, 'the first attempt answered')

  // Only for that model: the same key still serves the others.
  hub.upstream.faults.primary = 'ok'
  const embedded = await hub.post('/api/v2/embeddings', hub.token, { model: 'flaky/e', input: 'x' })
  t.equal(embedded.status, 200)
  t.equal(hub.upstream.count('primary'), 3, 'another model on the cooling key')

  await new Promise((r) => setTimeout(r, 3_100))
  t.equal((await chat(hub)).status, 200)
  t.equal(hub.upstream.count('primary'), 4, 'probed after the cooldown')
  t.match(
    (await hub.health()).data.find((c) => c.credentialId === hub.credentials.primary),
    {
      state: 'healthy',
      models: [],
    },
  )
  t.equal((await chat(hub)).status, 200)
  t.equal(hub.upstream.count('primary'), 5, 'back in use')
  t.equal(hub.upstream.count('backup'), 3)
})

t.test('a failed probe cools the credential again at once', async (t) => {
  const hub = await faultyHub(
    t,
    [
      ['primary', { status: 503 }, 1],
      ['backup', 'ok', 0],
    ],
    COOLDOWN,
  )
  await chat(hub)
  await chat(hub)
  await new Promise((r) => setTimeout(r, 3_100))
  t.equal((await chat(hub)).status, 200, 'the probe failed, the backup answered')
  t.equal(hub.upstream.count('primary'), 3, 'one probe')
  t.equal((await chat(hub)).status, 200)
  t.equal(hub.upstream.count('primary'), 3, 'cooling again after one failed probe')
})

t.test('when every credential is cooling the call is refused at once, with Retry-After', async (t) => {
  const hub = await faultyHub(t, [['only', { status: 500 }]], { ...COOLDOWN, ROUTING_COOLDOWN_MS: 5_000 })
  const first = await chat(hub)
  t.equal(first.status, 502)
  t.equal(hub.upstream.count('only'), 2, 'the second failure started the cooldown; no third attempt')
  const refused = await chat(hub)
  t.equal(refused.status, 503)
  t.match(await json(refused), { code: 'unavailable', message: /cooling down/ })
  t.ok(Number(refused.headers.get('retry-after')) >= 1)
  t.equal(hub.upstream.count('only'), 2, 'the provider is left alone')
  const records = await hub.records(2)
  t.equal(records.length, 2, 'one record per call')
  t.match(records[0], { status: 503, errorCode: 'unavailable', attempts: null })
})

t.test('a refused credential is disabled with the reason, and every next call succeeds', async (t) => {
  const hub = await faultyHub(t, [
    ['primary', { status: 401 }, 1],
    ['backup', 'ok', 0],
  ])
  const openai = new OpenAI({ baseURL: `${hub.url}/v1`, apiKey: hub.token, maxRetries: 0 })
  const messages = [{ role: 'user' as const, content: 'hi' }]
  const first = await openai.chat.completions.create({ model: 'flaky/m', messages })
  t.equal(first.choices[0].message.content, 'Hello from mock', 'the first call failed over')

  let credential: Record<string, unknown> = {}
  for (let i = 0; i < 100 && credential.enabled !== false; i++) {
    await new Promise((r) => setTimeout(r, 10))
    const list = await json(await hub.get(`/api/admin/providers/${hub.providerId}/credentials`, hub.adminToken))
    credential = list.data.find((c: { id: string }) => c.id === hub.credentials.primary)
  }
  t.match(credential, {
    enabled: false,
    disabledReason: /refused Hub's credential \(401\): mock fault 401/,
    disabledAt: String,
  })
  t.notMatch(credential.disabledReason, /sk-fault/, 'no key in the reason')
  const audit = await json(await hub.get('/api/admin/audit?action=credential.disable', hub.adminToken))
  t.match(
    audit.data,
    [{ actor: { type: 'system' }, action: 'credential.disable', target: { id: hub.credentials.primary } }],
    'audited as Hub itself',
  )
  t.match(
    (await hub.health()).data.find((c) => c.credentialId === hub.credentials.primary),
    { state: 'disabled' },
  )

  for (let i = 0; i < 4; i++) {
    const stream = await openai.chat.completions.create({ model: 'flaky/m', messages, stream: true })
    let text = ''
    for await (const chunk of stream) text += chunk.choices[0]?.delta?.content ?? ''
    t.equal(text, 'Hello from mock')
  }
  const aigne = new AIGNEHubChatModel({ baseURL: hub.url, apiKey: hub.token, model: 'aignehub/flaky/m' })
  t.match(await aigne.invoke({ messages: [{ role: 'user', content: 'hi' }] }), { text: 'Hello from mock' })
  t.equal(hub.upstream.count('primary'), 1, 'the refused key was never sent again')
  t.equal(hub.upstream.count('backup'), 6)
  const records = await hub.records(6)
  t.equal(records.length, 6, 'one record per call')
  t.match(records.at(-1), {
    credentialId: hub.credentials.backup,
    attempts: [{ credentialId: hub.credentials.primary, status: 502, code: 'upstream_auth_failed' }, { status: 200 }],
  })

  // The operator fixed the key: enabling it clears the reason and it takes its share again.
  hub.upstream.faults.primary = 'ok'
  const enabled = await hub.patchCredential('primary', { enabled: true })
  t.match(enabled, { enabled: true, disabledReason: null, disabledAt: null, weight: 1 })
  t.equal((await chat(hub)).status, 200)
  t.equal(hub.upstream.count('primary'), 2)
})

t.test('with every credential refused the client gets 502, then 503 no_credentials', async (t) => {
  const hub = await faultyHub(t, [['only', { status: 403 }]])
  const res = await chat(hub)
  t.equal(res.status, 502)
  t.match(await json(res), { code: 'upstream_auth_failed' })
  t.equal(hub.upstream.count('only'), 1, 'a refused key is not retried')
  let next: Response | null = null
  for (let i = 0; i < 100; i++) {
    next = await chat(hub)
    if (next.status === 503) break
    await new Promise((r) => setTimeout(r, 10))
  }
  t.equal(next?.status, 503)
  t.match(await json(next as Response), { code: 'no_credentials', message: /disabled/ })
  t.equal(hub.upstream.count('only'), 1, 'no keyless call either')
})

t.test('weights share the calls; a PATCH changes them', async (t) => {
  const hub = await faultyHub(t, [
    ['a', 'ok', 3],
    ['b', 'ok', 1],
  ])
  for (let i = 0; i < 80; i++) await chat(hub)
  const a = hub.upstream.count('a')
  t.ok(a > 45 && a < 75, `about three in four to the heavier key (${a} of 80)`)
  t.match(await hub.patchCredential('b', { weight: 0, name: 'spare' }), { weight: 0, name: 'spare' })
  for (let i = 0; i < 10; i++) await chat(hub)
  t.equal(hub.upstream.count('a'), a + 10, 'weight 0: only when no other is usable')
  t.match(await hub.patchCredential('a', { enabled: false }), { enabled: false, disabledReason: null })
  t.equal((await chat(hub)).status, 200)
  t.equal(hub.upstream.count('a'), a + 10, 'a disabled credential is not used')
  const bad = await hub.app.inject({
    method: 'PATCH',
    url: `/api/admin/providers/${hub.providerId}/credentials/${hub.credentials.a}`,
    headers: { authorization: `Bearer ${hub.adminToken}` },
    payload: { weight: -1 },
  })
  t.equal(bad.statusCode, 400)
  t.match(bad.json(), { code: 'validation_error' })
})
