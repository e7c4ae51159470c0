// A default model per type: an AIGNE request that names no model gets the model the admin marked `default` for
// its type (one per type: marking another unmarks the first), only when the token may use that model; with no
// default the request is a 400 that says so.
import t from 'tap'
import { bearer } from '../../helpers/build.ts'
import { gateway, json } from '../../helpers/gateway.ts'

const ask = (input: Record<string, unknown> = {}) => ({
  input: { messages: [{ role: 'user', content: 'Hi' }], modelOptions: {}, ...input },
  options: { streaming: false },
})

t.test('no model named: the admin default of the type, never beyond the token', async (t) => {
  const gw = await gateway(t)
  const patch = (id: string, body: object) =>
    gw.app.inject({ method: 'PATCH', url: `/api/admin/models/${id}`, headers: bearer(gw.adminToken), payload: body })
  const { token } = await gw.issue(['chat', 'images'])

  const none = await gw.post('/api/v2/chat', token, ask())
  t.equal(none.status, 400)
  t.match(await json(none), { code: 'validation_error', message: /no default chat model is set/ })

  t.equal((await patch('mock/gpt-test', { default: true })).statusCode, 200)
  const res = await gw.post('/api/v2/chat', token, ask())
  t.equal(res.status, 200)
  t.match(await json(res), { text: 'Hello from mock', modelWithProvider: 'mock/gpt-test' })
  t.equal(gw.mock.requests.at(-1)?.body.model, 'gpt-test')
  const [record] = await gw.usage()
  t.match(record, { model: 'mock/gpt-test', endpoint: 'chat', status: 200 })

  // One default per type: marking another model unmarks the first.
  t.equal((await patch('mock/no-usage', { default: true })).statusCode, 200)
  const listed = (await json(await gw.get('/api/admin/models', gw.adminToken))).data as {
    id: string
    default: boolean
  }[]
  t.same(
    listed.filter((m) => m.default).map((m) => m.id),
    ['mock/no-usage'],
  )

  // The default is a model like any other: a token limited to other models may not reach it through a default.
  const narrow = await gw.issue(['chat'], { models: ['mock/gpt-test'] })
  const refused = await gw.post('/api/v2/chat', narrow.token, ask())
  t.equal(refused.status, 403)
  t.match(await json(refused), { code: 'model_not_allowed', message: /mock\/no-usage/ })

  // Other types have their own default (none yet for images).
  const image = await gw.post('/api/v2/image', token, { input: { prompt: 'a red square' } })
  t.equal(image.status, 400)
  t.match(await json(image), { message: /no default image model is set/ })
  await gw.addModels([{ id: 'mock/dall-e-test', type: 'image', outputPrice: '0.04' }])
  t.equal((await patch('mock/dall-e-test', { default: true })).statusCode, 200)
  const made = await gw.post('/api/v2/image', token, { input: { prompt: 'a red square' } })
  t.equal(made.status, 200)
  t.match(await json(made), { modelWithProvider: 'mock/dall-e-test' })
  const still = (await json(await gw.get('/api/admin/models', gw.adminToken))).data as {
    id: string
    default: boolean
  }[]
  t.same(
    still.filter((m) => m.default).map((m) => m.id),
    ['mock/dall-e-test', 'mock/no-usage'],
    'the chat default is untouched',
  )
})
