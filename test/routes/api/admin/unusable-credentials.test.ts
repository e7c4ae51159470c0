// A stored credential this server cannot use (encrypted under another HUB_SECRET, or a key that is no valid
// header value, stored before keys were checked) is left out with a logged reason that names it, never its
// value; the server keeps serving every other credential, and a provider left with none answers 503.
import t from 'tap'
import { encryptSecret } from '../../../../lib/crypto.ts'
import { deriveKeys } from '../../../../lib/secret.ts'
import { bearer, build, TEST_SECRET } from '../../../helpers/build.ts'
import { jsonAnswer, startScriptedUpstream } from '../../../helpers/mock-scripted.ts'

const OTHER_SECRET = 'another-secret-another-secret-another-secret-0'
const GOOD = 'sk-good-0123456789'
const FOREIGN = 'sk-foreign-0123456789'
const PLACEHOLDER = 'sk-proj-…'

t.test('unusable credentials are skipped and reported; the rest keep working', async (t) => {
  const upstream = await startScriptedUpstream()
  t.teardown(() => upstream.close())
  upstream.answer(
    jsonAnswer(200, {
      id: 'c',
      object: 'chat.completion',
      created: 1,
      model: 'm',
      choices: [{ index: 0, message: { role: 'assistant', content: 'hi' }, finish_reason: 'stop' }],
      usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
    }),
  )
  const logs: string[] = []
  const hub = await build(t, { LOG_LEVEL: 'warn' }, undefined, { logs })
  const { app, adminToken } = hub
  const admin = (url: string, payload: object) =>
    app.inject({ method: 'POST', url, headers: bearer(adminToken), payload })
  const baseUrl = `${upstream.url}/v1`
  const mixed = (await admin('/api/admin/providers', { name: 'mixed', type: 'openai', baseUrl })).json()
  const lost = (await admin('/api/admin/providers', { name: 'lost', type: 'openai', baseUrl })).json()
  t.equal((await admin(`/api/admin/providers/${mixed.id}/credentials`, { name: 'good', apiKey: GOOD })).statusCode, 201)

  // Rows as another replica (another HUB_SECRET) or an older Hub (no key check) would have stored them.
  const other = deriveKeys(OTHER_SECRET).credentialKey
  const own = deriveKeys(TEST_SECRET).credentialKey
  const rows = [
    { id: crypto.randomUUID(), providerId: mixed.id, name: 'foreign', key: other, value: FOREIGN },
    { id: crypto.randomUUID(), providerId: mixed.id, name: 'placeholder', key: own, value: PLACEHOLDER },
    { id: crypto.randomUUID(), providerId: lost.id, name: 'foreign', key: other, value: FOREIGN },
  ]
  for (const { key, value, ...row } of rows) {
    await app.db.providerCredential.create({ data: { ...row, secret: encryptSecret(key, value, row.id), masked: '…' } })
  }
  // Any admin write reloads the registry: it must not fail on them.
  for (const id of ['mixed/m', 'lost/m']) {
    const res = await admin('/api/admin/models', { id, type: 'chat', inputPrice: 1, outputPrice: 1 })
    t.equal(res.statusCode, 201, `${id}: the reload went through`)
  }

  const { token } = await hub.issue(['chat'])
  const chat = (model: string) =>
    app.inject({
      method: 'POST',
      url: '/api/v2/chat/completions',
      headers: bearer(token),
      payload: { model, messages: [{ role: 'user', content: 'hi' }] },
    })
  for (let i = 0; i < 3; i++) t.equal((await chat('mixed/m')).statusCode, 200)
  t.same(
    upstream.requests.map((r) => r.headers.authorization),
    [`Bearer ${GOOD}`, `Bearer ${GOOD}`, `Bearer ${GOOD}`],
    'only the usable key is sent',
  )
  const none = await chat('lost/m')
  t.equal(none.statusCode, 503)
  t.match(none.json(), { code: 'no_credentials', message: /"lost" has no credential this server can use/ })
  t.equal(upstream.requests.length, 3, 'no keyless call went out')

  const errors = logs.map((line) => JSON.parse(line)).filter((entry) => entry.level >= 50)
  const about = (provider: string, credential: string) =>
    errors.filter((e) => e.provider === provider && e.credential === credential)
  t.equal(about('mixed', 'foreign').length, 1, 'reported once, not at every reload')
  t.match(about('mixed', 'foreign')[0].msg, /credential "foreign" of provider "mixed" is disabled.*HUB_SECRET/)
  t.match(about('mixed', 'placeholder')[0]?.msg, /not a valid HTTP header value/)
  t.equal(about('lost', 'foreign').length, 1)
  t.notOk(
    logs.some((line) => line.includes(FOREIGN) || line.includes(PLACEHOLDER) || line.includes(GOOD)),
    'no key value in the log',
  )

  if (process.env.DATABASE_URL) {
    // A replica with another secret on the same database starts, and serves what it can read.
    const replica = await build(t, { HUB_SECRET: OTHER_SECRET }, hub)
    const { token: theirs } = await replica.issue(['chat'])
    const res = await replica.app.inject({
      method: 'POST',
      url: '/api/v2/chat/completions',
      headers: bearer(theirs),
      payload: { model: 'lost/m', messages: [{ role: 'user', content: 'hi' }] },
    })
    t.equal(res.statusCode, 200, 'the replica started and uses the credential it can decrypt')
    t.equal(upstream.requests.at(-1)?.headers.authorization, `Bearer ${FOREIGN}`)
  }
})
