// Providers, credentials and models: keys are encrypted at rest, bound to their row, and only shown masked.
import t from 'tap'
import { decryptSecret } from '../../../../lib/crypto.ts'
import { deriveKeys } from '../../../../lib/secret.ts'
import { bearer, build, TEST_SECRET } from '../../../helpers/build.ts'

const KEY = 'sk-mock-0123456789abcdefghijklmnopqrstuvwxyz'

t.test('provider CRUD with the type default base URL, unique names and cascade delete', async (t) => {
  const { app, adminToken } = await build(t)
  const auth = bearer(adminToken)
  const created = await app.inject({
    method: 'POST',
    url: '/api/admin/providers',
    headers: auth,
    payload: { name: 'openai', type: 'openai' },
  })
  t.equal(created.statusCode, 201)
  t.match(created.json(), {
    name: 'openai',
    type: 'openai',
    baseUrl: 'https://api.openai.com/v1',
    enabled: true,
    credentials: [],
  })
  const id = created.json().id

  const dup = await app.inject({
    method: 'POST',
    url: '/api/admin/providers',
    headers: auth,
    payload: { name: 'openai', type: 'openai' },
  })
  t.equal(dup.statusCode, 409)
  t.equal(dup.json().code, 'conflict')

  const eu = await app.inject({
    method: 'POST',
    url: '/api/admin/providers',
    headers: auth,
    payload: { name: 'openai-eu', type: 'openai', baseUrl: 'https://eu.api.openai.com/v1/' },
  })
  t.equal(eu.json().baseUrl, 'https://eu.api.openai.com/v1', 'two providers of one type; trailing slash trimmed')

  const bad = await app.inject({
    method: 'POST',
    url: '/api/admin/providers',
    headers: auth,
    payload: { name: 'x', type: 'nope' },
  })
  t.equal(bad.statusCode, 400)
  const badUrl = await app.inject({
    method: 'POST',
    url: '/api/admin/providers',
    headers: auth,
    payload: { name: 'y', type: 'openai', baseUrl: 'ftp://x' },
  })
  t.equal(badUrl.statusCode, 400)

  const patched = await app.inject({
    method: 'PATCH',
    url: `/api/admin/providers/${id}`,
    headers: auth,
    payload: { enabled: false },
  })
  t.equal(patched.json().enabled, false)
  const list = await app.inject({ method: 'GET', url: '/api/admin/providers', headers: auth })
  t.same(
    list.json().data.map((p: { name: string }) => p.name),
    ['openai', 'openai-eu'],
  )

  await app.inject({
    method: 'POST',
    url: '/api/admin/models',
    headers: auth,
    payload: { id: 'openai/gpt-4o-mini', type: 'chat', inputPrice: 0.15, outputPrice: '0.6' },
  })
  const del = await app.inject({ method: 'DELETE', url: `/api/admin/providers/${id}`, headers: auth })
  t.equal(del.statusCode, 204)
  t.equal(await app.db.model.count({ where: { id: 'openai/gpt-4o-mini' } }), 0, 'its models go with it')
  t.equal((await app.inject({ method: 'GET', url: `/api/admin/providers/${id}`, headers: auth })).statusCode, 404)
})

t.test('credentials: AES-256-GCM at rest bound to the row, masked in every response', async (t) => {
  const { app, adminToken } = await build(t)
  const auth = bearer(adminToken)
  const provider = (
    await app.inject({
      method: 'POST',
      url: '/api/admin/providers',
      headers: auth,
      payload: { name: 'openai', type: 'openai' },
    })
  ).json()
  const res = await app.inject({
    method: 'POST',
    url: `/api/admin/providers/${provider.id}/credentials`,
    headers: auth,
    payload: { name: 'main', apiKey: KEY },
  })
  t.equal(res.statusCode, 201)
  t.equal(res.json().masked, 'sk-m…wxyz')
  t.notOk(res.body.includes(KEY.slice(4, -4)), 'the key is not in the response')

  const row = await app.db.providerCredential.findUniqueOrThrow({ where: { id: res.json().id } })
  t.notOk(row.secret.includes(KEY), 'not stored in clear')
  const key = deriveKeys(TEST_SECRET).credentialKey
  t.equal(decryptSecret(key, row.secret, row.id), KEY, 'decrypts with the derived key and its own row id')
  t.throws(
    () => decryptSecret(key, row.secret, '00000000-0000-4000-8000-000000000000'),
    'a ciphertext moved to another row fails',
  )

  for (const url of [
    `/api/admin/providers/${provider.id}/credentials`,
    `/api/admin/providers/${provider.id}`,
    '/api/admin/providers',
  ]) {
    const body = (await app.inject({ method: 'GET', url, headers: auth })).body
    t.notOk(body.includes(KEY.slice(4, -4)), url)
    t.ok(body.includes('sk-m…wxyz'), url)
  }

  const del = await app.inject({
    method: 'DELETE',
    url: `/api/admin/providers/${provider.id}/credentials/${row.id}`,
    headers: auth,
  })
  t.equal(del.statusCode, 204)
  const again = await app.inject({
    method: 'DELETE',
    url: `/api/admin/providers/${provider.id}/credentials/${row.id}`,
    headers: auth,
  })
  t.equal(again.statusCode, 404)
})

t.test('models: ids are provider/model, prices exact, the provider must exist', async (t) => {
  const { app, adminToken } = await build(t)
  const auth = bearer(adminToken)
  await app.inject({
    method: 'POST',
    url: '/api/admin/providers',
    headers: auth,
    payload: { name: 'openrouter', type: 'openai', baseUrl: 'https://openrouter.ai/api/v1' },
  })

  const created = await app.inject({
    method: 'POST',
    url: '/api/admin/models',
    headers: auth,
    payload: { id: 'openrouter/meta-llama/llama-3.1-8b', type: 'chat', inputPrice: '0.02', outputPrice: 0.05 },
  })
  t.equal(created.statusCode, 201)
  t.match(created.json(), {
    id: 'openrouter/meta-llama/llama-3.1-8b',
    provider: 'openrouter',
    upstreamModel: 'meta-llama/llama-3.1-8b',
    inputPrice: '0.020000',
    outputPrice: '0.050000',
    enabled: true,
  })

  const path = '/api/admin/models/openrouter/meta-llama/llama-3.1-8b'
  t.equal(
    (await app.inject({ method: 'GET', url: path, headers: auth })).statusCode,
    200,
    'ids with slashes in the path',
  )
  const encoded = await app.inject({
    method: 'GET',
    url: `/api/admin/models/${encodeURIComponent('openrouter/meta-llama/llama-3.1-8b')}`,
    headers: auth,
  })
  t.equal(encoded.statusCode, 200, 'and URL-encoded, as generated clients send them')

  const patched = await app.inject({
    method: 'PATCH',
    url: path,
    headers: auth,
    payload: { outputPrice: 0.07, enabled: false },
  })
  t.match(patched.json(), { outputPrice: '0.070000', enabled: false })

  const orphan = await app.inject({
    method: 'POST',
    url: '/api/admin/models',
    headers: auth,
    payload: { id: 'nobody/x', type: 'chat' },
  })
  t.equal(orphan.statusCode, 400)
  t.match(orphan.json().message, /Provider "nobody" does not exist/)
  const dup = await app.inject({
    method: 'POST',
    url: '/api/admin/models',
    headers: auth,
    payload: { id: 'openrouter/meta-llama/llama-3.1-8b', type: 'chat' },
  })
  t.equal(dup.statusCode, 409)
  const negative = await app.inject({
    method: 'POST',
    url: '/api/admin/models',
    headers: auth,
    payload: { id: 'openrouter/y', type: 'chat', inputPrice: -1 },
  })
  t.equal(negative.statusCode, 400)

  t.equal((await app.inject({ method: 'DELETE', url: path, headers: auth })).statusCode, 204)
  t.equal((await app.inject({ method: 'DELETE', url: path, headers: auth })).statusCode, 404)
})
