// Whatever a client sends, it gets a 4xx in the one envelope: never a 500, a hang, or an HTML page.
import { connect } from 'node:net'
import t from 'tap'
import { gateway, json } from '../helpers/gateway.ts'

const CHAT = '/api/v2/chat/completions'

t.test('malformed bodies, headers and parameters', async (t) => {
  const gw = await gateway(t, { BODY_LIMIT: 64 * 1024 })
  const { token } = await gw.issue(['chat', 'admin'])
  const auth = { authorization: `Bearer ${token}` }
  const send = (path: string, init: RequestInit) => fetch(`${gw.url}${path}`, init)
  const postRaw = (path: string, body: string, contentType = 'application/json') =>
    send(path, { method: 'POST', headers: { ...auth, 'content-type': contentType }, body })

  const cases: [string, Promise<Response>, number, string][] = [
    ['broken JSON', postRaw(CHAT, '{"model": '), 400, 'invalid_json'],
    ['JSON that is not an object', postRaw(CHAT, '[1,2]'), 400, 'validation_error'],
    ['empty JSON body', postRaw(CHAT, ''), 400, 'invalid_json'],
    ['a body that is not JSON', postRaw(CHAT, 'hello', 'text/plain'), 415, 'unsupported_media_type'],
    [
      'a body over the limit',
      postRaw(
        CHAT,
        JSON.stringify({ model: 'mock/gpt-test', messages: [{ role: 'user', content: 'x'.repeat(100_000) }] }),
      ),
      413,
      'payload_too_large',
    ],
    ['an unknown route', send('/api/v2/nope', { headers: auth }), 404, 'route_not_found'],
    ['a wrong method', send(CHAT, { method: 'GET', headers: auth }), 404, 'route_not_found'],
    ['a path id that is not a uuid', send('/api/admin/tokens/not-a-uuid', { headers: auth }), 404, 'not_found'],
    [
      'an unknown id',
      send('/api/admin/tokens/00000000-0000-4000-8000-000000000000', { headers: auth }),
      404,
      'not_found',
    ],
    ['a bad query', send('/api/admin/usage?limit=abc', { headers: auth }), 400, 'validation_error'],
    [
      'an unknown admin field',
      send('/api/admin/tokens', {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'x', scopes: ['chat'], isRoot: true }),
      }),
      400,
      'validation_error',
    ],
    [
      'a token in the wrong scheme',
      send(CHAT, { method: 'POST', headers: { authorization: `Basic ${token}` } }),
      401,
      'token_malformed',
    ],
  ]
  for (const [name, pending, status, code] of cases) {
    const res = await pending
    t.equal(res.status, status, name)
    t.match(res.headers.get('content-type'), /application\/json/, `${name}: JSON`)
    t.match(await json(res), { error: String, message: String, code }, `${name}: envelope`)
  }
  t.equal(gw.mock.requests.length, 0, 'nothing reached the upstream')
})

t.test('a client that stalls mid-request is cut off by requestTimeout, not held forever', async (t) => {
  const gw = await gateway(t, { REQUEST_TIMEOUT_MS: 300 })
  const { token } = await gw.issue(['chat'])
  const { port } = new URL(gw.url)
  const socket = connect(Number(port), '127.0.0.1')
  socket.write(
    `POST ${CHAT} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${token}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"mo`,
  )
  let answer = ''
  socket.on('data', (d) => (answer += d))
  await new Promise((resolve) => socket.on('close', resolve))
  t.match(answer, /^HTTP\/1\.1 408/, 'answered 408 and closed')
})

t.test('health and readiness', async (t) => {
  const gw = await gateway(t)
  const health = await fetch(`${gw.url}/health`)
  t.equal(health.status, 200)
  t.match(await json(health), { status: 'ok' })
  const ready = await fetch(`${gw.url}/ready`)
  t.equal(ready.status, 200)
  t.match(await json(ready), { status: 'ready' })
})
