// A second generator: the @hey-api/openapi-ts SDK generated from Hub's document (test/openapi/hey-api/, checked
// for drift in openapi.test.ts) compiles with the project and calls admin, chat and streaming routes, with errors
// typed in the envelope.
import t from 'tap'
import { gateway } from '../helpers/gateway.ts'
import { createClient } from '../openapi/hey-api/client/index.ts'
import {
  createChatCompletion,
  createToken,
  getToken,
  listAvailableModels,
  openaiCreateChatCompletion,
  revokeToken,
} from '../openapi/hey-api/sdk.gen.ts'

t.test('the hey-api SDK issues a token, chats with it, streams, and reads typed errors', async (t) => {
  const gw = await gateway(t)
  const admin = createClient({ baseUrl: gw.url, auth: gw.adminToken })

  const created = await createToken({
    client: admin,
    body: { name: 'hey-api', scopes: ['chat', 'models'], models: ['mock/*'] },
  })
  t.equal(created.response.status, 201)
  const token = created.data?.token as string
  t.match(token, /^hub_/)

  const user = createClient({ baseUrl: gw.url, auth: token })
  const chat = await createChatCompletion({
    client: user,
    body: { model: 'mock/gpt-test', messages: [{ role: 'user', content: 'hi' }] },
  })
  t.equal(chat.response.status, 200)
  t.equal(chat.data && 'choices' in chat.data ? chat.data.choices[0].message.content : null, 'Hello from mock')

  const stream = await createChatCompletion({
    client: user,
    body: { model: 'mock/gpt-test', messages: [{ role: 'user', content: 'hi' }], stream: true },
    parseAs: 'text',
  })
  t.equal(stream.response.headers.get('content-type'), 'text/event-stream; charset=utf-8')
  t.match(String(stream.data), /data: \[DONE\]\n\n$/, 'the stream arrives as text')

  const models = await listAvailableModels({ client: user })
  t.ok(models.data?.data.every((m) => m.id.startsWith('mock/')))

  const denied = await getToken({ client: user, path: { id: created.data?.id as string } })
  t.equal(denied.response.status, 403)
  t.match(denied.error, { error: 'Forbidden', code: 'insufficient_scope' }, 'Hub envelope on /api')

  const unknown = await openaiCreateChatCompletion({
    client: user,
    body: { model: 'mock/nope', messages: [{ role: 'user', content: 'hi' }] },
  })
  t.equal(unknown.response.status, 404)
  t.match(unknown.error, { error: { type: 'not_found_error', code: 'model_not_found' } }, 'OpenAI shape on /v1')

  await revokeToken({ client: admin, path: { id: created.data?.id as string } })
  const revoked = await listAvailableModels({ client: user })
  t.equal(revoked.response.status, 401)
  t.match(revoked.error, { code: 'token_revoked' })
})
