// Aliases are listed where models are (GET /v1/models, /api/v2/models, models.retrieve), each right after the model
// it names, and only to a token that may use that model: an alias never shows more than its model would.
import OpenAI from 'openai'
import t from 'tap'
import { bearer } from '../../helpers/build.ts'
import { gateway, json } from '../../helpers/gateway.ts'

t.test('aliases are listed and retrieved exactly as the model they name', async (t) => {
  const gw = await gateway(t)
  for (const [id, aliases] of [
    ['mock/gpt-test', ['gpt-test', 'fast']],
    ['mock/tools', ['tooly']],
  ] as const) {
    const res = await gw.app.inject({
      method: 'PATCH',
      url: `/api/admin/models/${id}`,
      headers: bearer(gw.adminToken),
      payload: { aliases },
    })
    t.equal(res.statusCode, 200)
  }
  const { token } = await gw.issue(['models'], { models: ['mock/gpt-test'] })
  const openai = new OpenAI({ baseURL: `${gw.url}/v1`, apiKey: token, maxRetries: 0 })

  const listed = await openai.models.list()
  t.same(
    listed.data.map((m) => [m.id, m.owned_by]),
    [
      ['mock/gpt-test', 'mock'],
      ['fast', 'mock'],
      ['gpt-test', 'mock'],
    ],
    'the model, then its aliases; not the aliases of a model the token may not use',
  )
  const hub = await json(await gw.get('/api/v2/models', token))
  t.same(
    hub.data.map((m: { id: string }) => m.id),
    ['mock/gpt-test', 'fast', 'gpt-test'],
  )

  const fast = await openai.models.retrieve('fast')
  t.match(fast, { id: 'fast', object: 'model', owned_by: 'mock', created: listed.data[0].created })
  t.equal((await gw.get('/api/v2/models/gpt-test', token)).status, 200)
  const hidden = await openai.models.retrieve('tooly').catch((e) => e)
  t.type(hidden, OpenAI.NotFoundError, 'an alias of a model the token may not use is not revealed')
  t.equal(hidden.code, 'model_not_found')

  // A token naming only the alias may use nothing, and sees nothing.
  const { token: aliasOnly } = await gw.issue(['models'], { models: ['fast'] })
  t.same((await json(await gw.get('/v1/models', aliasOnly))).data, [])
  t.equal((await gw.get('/v1/models/fast', aliasOnly)).status, 404)

  const { token: all } = await gw.issue(['models'])
  const ids = (await json(await gw.get('/v1/models', all))).data.map((m: { id: string }) => m.id)
  t.ok(ids.includes('tooly') && ids.indexOf('tooly') === ids.indexOf('mock/tools') + 1, 'listed after its model')
})
