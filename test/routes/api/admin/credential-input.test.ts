// What is stored for a provider ends up in upstream requests: a key that cannot be an HTTP header value, or a
// base URL that is no plain http(s) URL, is refused when it is stored (400), not on every call afterwards.
import t from 'tap'
import { bearer, build } from '../../../helpers/build.ts'

t.test('credentials that cannot be sent in a header are refused; the value is never echoed', async (t) => {
  const { app, adminToken } = await build(t)
  const post = (url: string, payload: object) =>
    app.inject({ method: 'POST', url, headers: bearer(adminToken), payload })
  const openai = (await post('/api/admin/providers', { name: 'openai', type: 'openai' })).json()
  const bedrock = (await post('/api/admin/providers', { name: 'bedrock', type: 'bedrock' })).json()

  const refused: [string, object, RegExp][] = [
    [
      'the README placeholder',
      { apiKey: 'sk-proj-…' },
      /apiKey contains U\+2026 at character 9 \(is it still a placeholder\?\)/,
    ],
    ['a line break', { apiKey: 'sk-abcdefgh\r\nx-evil: 1' }, /apiKey contains U\+000D/],
    ['a NUL', { apiKey: 'sk-abc\u0000def' }, /U\+0000/],
    ['a space', { apiKey: 'sk-abc def' }, /U\+0020/],
    ['non-ASCII', { apiKey: '密钥密钥密钥' }, /U\+5BC6 at character 1/],
  ]
  for (const [what, key, message] of refused) {
    const res = await post(`/api/admin/providers/${openai.id}/credentials`, { name: 'main', ...key })
    t.equal(res.statusCode, 400, what)
    t.match(res.json(), { code: 'validation_error', message }, what)
    t.notOk(res.body.includes(Object.values(key)[0]), `${what}: not echoed`)
  }
  const aws = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG', region: 'us-east-1' }
  for (const [what, keys] of [
    ['secretAccessKey', { ...aws, secretAccessKey: 'wJalr\nXUtnFEMI' }],
    ['sessionToken', { ...aws, sessionToken: 'IQoJ b3Jp' }],
  ] as const) {
    const res = await post(`/api/admin/providers/${bedrock.id}/credentials`, { name: 'main', ...keys })
    t.equal(res.statusCode, 400, what)
    t.match(res.json().message, new RegExp(`^${what} contains`))
  }
  const count = await app.db.providerCredential.count()
  t.equal(count, 0, 'nothing was stored')

  const ok = await post(`/api/admin/providers/${openai.id}/credentials`, {
    name: 'main',
    apiKey: 'Abc123/xyz+Secret.Key=9',
  })
  t.equal(ok.statusCode, 201, 'any printable ASCII key is fine')
  t.equal(ok.json().masked, '…ey=9', 'a short key shows its last four characters only')
  t.equal((await post(`/api/admin/providers/${bedrock.id}/credentials`, { name: 'main', ...aws })).statusCode, 201)
})

t.test('a base URL must be a plain http(s) URL, on create and on update', async (t) => {
  const { app, adminToken } = await build(t)
  const send = (method: 'POST' | 'PATCH', url: string, payload: object) =>
    app.inject({ method, url, headers: bearer(adminToken), payload })
  const cases: [string, RegExp][] = [
    ['https://user:secret@api.example.com/v1', /must not hold a user or password/],
    ['https://api.example.com/v1?key=abc', /must not have a query or fragment/],
    ['https://api.example.com/v1#x', /must not have a query or fragment/],
  ]
  for (const [baseUrl, message] of cases) {
    const res = await send('POST', '/api/admin/providers', { name: 'p', type: 'openai', baseUrl })
    t.equal(res.statusCode, 400, baseUrl)
    t.match(res.json(), { code: 'validation_error', message })
  }
  const created = await send('POST', '/api/admin/providers', {
    name: 'p',
    type: 'openai',
    baseUrl: 'http://127.0.0.1:9/v1',
  })
  t.equal(created.statusCode, 201)
  const patched = await send('PATCH', `/api/admin/providers/${created.json().id}`, { baseUrl: cases[0][0] })
  t.equal(patched.statusCode, 400)
  t.notOk(patched.body.includes('secret'), 'the password is not echoed')
})
