// Input the database or the call stack cannot take gets a 4xx in the route's envelope, never a 500: NUL and
// lone surrogates in stored strings, ids PostgreSQL's uuid type refuses, dates no Date can hold, cursors past
// bigint, and JSON nested deeper than JSON_MAX_DEPTH (which used to overflow the stack when forwarded).
import t from 'tap'
import { bearer } from '../helpers/build.ts'
import { gateway } from '../helpers/gateway.ts'

const UUID = '00000000-0000-4000-8000-000000000000'
const deep = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`

t.test('strings the database cannot store are refused by the schema', async (t) => {
  const gw = await gateway(t)
  const call = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
    gw.app.inject({ method, url, headers: bearer(gw.adminToken), payload })
  const credentials = `/api/admin/providers/${gw.providerId}/credentials`
  const token = await gw.issue(['chat'])
  const cases: [string, ReturnType<typeof call>, string][] = [
    ['token name', call('POST', '/api/admin/tokens', { name: 'a\u0000b', scopes: ['chat'] }), 'body/name'],
    ['lone surrogate', call('POST', '/api/admin/tokens', { name: 'a\ud800b', scopes: ['chat'] }), 'body/name'],
    ['account', call('POST', '/api/admin/tokens', { name: 'x', scopes: ['chat'], account: 'a\u0000' }), 'body/account'],
    [
      'model pattern',
      call('POST', '/api/admin/tokens', { name: 'x', scopes: ['chat'], models: ['m/a\u0000'] }),
      'body/models/0',
    ],
    ['token rename', call('PATCH', `/api/admin/tokens/${token.id}`, { name: '\u0000' }), 'body/name'],
    ['credential name', call('POST', credentials, { name: 'k\u0000', apiKey: 'sk-1' }), 'body/name'],
    ['API key', call('POST', credentials, { name: 'k', apiKey: 'sk-\u0000' }), 'apiKey contains U+0000'],
    ['API key with a newline', call('POST', credentials, { name: 'k', apiKey: 'sk-1\nx' }), 'apiKey contains U+000A'],
    ['model id', call('POST', '/api/admin/models', { id: 'mock/a\u0000', type: 'chat' }), 'body/id'],
    [
      'upstream model',
      call('POST', '/api/admin/models', { id: 'mock/ab', upstreamModel: '\u0000', type: 'chat' }),
      'body/upstreamModel',
    ],
    ['usage filter', call('GET', '/api/admin/usage?model=a%00b'), 'querystring/model'],
    ['usage cursor past bigint', call('GET', '/api/admin/usage?cursor=9999999999999999999'), 'querystring/cursor'],
    ['leap second', call('GET', '/api/admin/usage?from=2020-01-01T23:59:60Z'), 'querystring/from'],
    ['token cursor', call('GET', '/api/admin/tokens?cursor=abc'), 'querystring/cursor'],
    // `token` takes a token id; anything but a bare uuid there may be a secret, and is refused as one.
    ['urn:uuid filter', call('GET', `/api/admin/usage?token=urn:uuid:${UUID}`), 'Credentials do not belong in the URL'],
    [
      'leap-second expiry',
      call('POST', '/api/admin/tokens', { name: 'x', scopes: ['chat'], expiresAt: '2099-12-31T23:59:60Z' }),
      'body/expiresAt',
    ],
  ]
  for (const [name, pending, field] of cases) {
    const res = await pending
    t.equal(res.statusCode, 400, name)
    const code = name === 'urn:uuid filter' ? 'credentials_in_url' : 'validation_error'
    t.match(res.json(), { error: 'Bad Request', code, message: field }, `${name}: envelope`)
  }
})

t.test('a path that names no well-formed id is a 404', async (t) => {
  const gw = await gateway(t)
  const get = (url: string, method: 'GET' | 'PATCH' | 'DELETE' = 'GET', payload?: object) =>
    gw.app.inject({ method, url, headers: bearer(gw.adminToken), payload })
  for (const [url, method, payload] of [
    [`/api/admin/tokens/urn:uuid:${UUID}`],
    ['/api/admin/tokens/00000000-0000-4000-8000'],
    [`/api/admin/providers/urn:uuid:${UUID}`],
    [`/api/admin/providers/${gw.providerId}/credentials/urn:uuid:${UUID}`, 'DELETE'],
    ['/api/admin/models/a%00b', 'PATCH', { enabled: false }],
    ['/api/admin/models/mock/a%00b'],
  ] as const) {
    const res = await get(url, method, payload)
    t.equal(res.statusCode, 404, `${method ?? 'GET'} ${url}`)
    t.match(res.json(), { error: 'Not Found', code: 'not_found' })
  }
})

t.test('JSON nested deeper than the limit is a 400 on every surface', async (t) => {
  const gw = await gateway(t)
  const post = (url: string, body: string) =>
    gw.app.inject({
      method: 'POST',
      url,
      headers: { ...bearer(gw.adminToken), 'content-type': 'application/json' },
      payload: body,
    })
  const chat = (extra: string) => `{"model":"mock/gpt-test","messages":[{"role":"user","content":"hi"}],${extra}}`
  const tools = (levels: number) =>
    chat(`"tools":[{"type":"function","function":{"name":"f","parameters":${deep(levels)}}}]`)

  for (const url of ['/api/v2/chat/completions', '/v1/chat/completions']) {
    for (const [name, body] of [
      ['tool parameters', tools(10_000)],
      ['an unknown field', chat(`"extra":${deep(10_000)}`)],
      ['arrays', chat(`"extra":${'['.repeat(10_000)}${']'.repeat(10_000)}`)],
    ]) {
      const res = await post(url, body)
      t.equal(res.statusCode, 400, `${url}: ${name}`)
      const expected = url.startsWith('/v1')
        ? { error: { type: 'invalid_request_error', code: 'validation_error', message: /nests deeper than 128/ } }
        : { error: 'Bad Request', code: 'validation_error', message: /nests deeper than 128/ }
      t.match(res.json(), expected, `${url}: ${name}: envelope`)
    }
  }
  const admin = await post('/api/admin/tokens', `{"name":"x","scopes":["chat"],"extra":${deep(10_000)}}`)
  t.equal(admin.statusCode, 400, 'admin bodies too')
  t.equal(gw.mock.requests.length, 0, 'nothing reached the upstream')

  // A tool schema as deep as real ones still goes through, to the upstream unchanged.
  const ok = await post('/api/v2/chat/completions', tools(120))
  t.equal(ok.statusCode, 200, '120 levels of tool parameters are fine')
  t.equal(JSON.stringify(gw.mock.requests[0].body.tools), JSON.stringify(JSON.parse(tools(120)).tools))
})

t.test('an app header the database cannot store is cleaned, and the usage batch still lands', async (t) => {
  const gw = await gateway(t)
  const res = await gw.app.inject({
    method: 'POST',
    url: '/api/v2/chat/completions',
    headers: { ...bearer(gw.adminToken), 'x-aigne-hub-client-did': 'z1\u0000app\ud800' },
    payload: { model: 'mock/gpt-test', messages: [{ role: 'user', content: 'hi' }] },
  })
  t.equal(res.statusCode, 200)
  const [record] = await gw.usage()
  t.match(record, { app: 'z1app', model: 'mock/gpt-test', status: 200 }, 'recorded without NUL or lone surrogate')
})
