// GET /v1/models/{id} and /api/v2/models/{id}: what SDKs' models.retrieve calls, the id's "/" encoded as %2F or
// raw; a model the token may not use is a 404 like an unknown one, in each surface's error shape.
import OpenAI from 'openai'
import t from 'tap'
import { gateway, json } from '../../helpers/gateway.ts'

t.test('models.retrieve through the SDK and raw paths', async (t) => {
  const gw = await gateway(t)
  const { token } = await gw.issue(['models'], { models: ['mock/gpt-test'] })
  const openai = new OpenAI({ baseURL: `${gw.url}/v1`, apiKey: token, maxRetries: 0 })

  const model = await openai.models.retrieve('mock/gpt-test')
  t.equal(model.id, 'mock/gpt-test')
  t.equal(model.object, 'model')
  t.equal(model.owned_by, 'mock')
  t.type(model.created, 'number')

  for (const path of ['/v1/models/mock%2Fgpt-test', '/v1/models/mock/gpt-test', '/api/v2/models/mock/gpt-test']) {
    const res = await gw.get(path, token)
    t.equal(res.status, 200, path)
    t.same(await json(res), model, `${path}: the same model object`)
  }

  const hidden = await openai.models.retrieve('mock/tools').catch((e) => e)
  t.type(hidden, OpenAI.NotFoundError, 'a model the token may not use is not revealed')
  t.equal(hidden.code, 'model_not_found')
  const unknown = await openai.models.retrieve('mock/none').catch((e) => e)
  t.type(unknown, OpenAI.NotFoundError)
  t.equal(unknown.message, hidden.message.replace('mock/tools', 'mock/none'), 'the same answer as a hidden model')

  const hub = await gw.get('/api/v2/models/mock%2Ftools', token)
  t.equal(hub.status, 404)
  t.match(await json(hub), { error: 'Not Found', code: 'model_not_found' }, "Hub's envelope on /api/v2")

  const { token: chatOnly } = await gw.issue(['chat'])
  const noScope = await gw.get('/v1/models/mock%2Fgpt-test', chatOnly)
  t.equal(noScope.status, 403)
  t.match(await json(noScope), { error: { code: 'insufficient_scope' } })
})
