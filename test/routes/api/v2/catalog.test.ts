// GET /api/v2/models, /api/v2/status and /api/v2/usage: what a token may see, and only its own records.
import t from 'tap'
import { gateway, json, MOCK_MODELS } from '../../../helpers/gateway.ts'

const messages = [{ role: 'user', content: 'hi' }]

t.test('models: OpenAI list shape, filtered by the token model patterns', async (t) => {
  const gw = await gateway(t)
  const { token: all } = await gw.issue(['models'])
  const { token: some } = await gw.issue(['models'], { models: ['mock/tools', 'mock/error-*'] })
  const { token: chatOnly } = await gw.issue(['chat'])

  const res = await gw.get('/api/v2/models', all)
  t.equal(res.status, 200)
  const list = await json(res)
  t.equal(list.object, 'list')
  t.ok(list.data.length >= 10)
  t.match(list.data[0], { id: /^mock\//, object: 'model', created: Number, owned_by: 'mock' })

  const limited = await json(await gw.get('/api/v2/models', some))
  t.same(limited.data.map((m: { id: string }) => m.id).sort(), [
    'mock/error-400',
    'mock/error-401',
    'mock/error-429',
    'mock/error-500',
    'mock/error-503',
    'mock/tools',
  ])

  const denied = await gw.get('/api/v2/models', chatOnly)
  t.equal(denied.status, 403)
  t.match(await json(denied), { code: 'insufficient_scope' })

  // A disabled provider's models disappear at once.
  await gw.app.inject({
    method: 'PATCH',
    url: `/api/admin/providers/${gw.providerId}`,
    headers: { authorization: `Bearer ${gw.adminToken}` },
    payload: { enabled: false },
  })
  t.same((await json(await gw.get('/api/v2/models', all))).data, [])
})

t.test('status: public, available while models are served', async (t) => {
  const gw = await gateway(t)
  const res = await fetch(`${gw.url}/api/v2/status`)
  t.equal(res.status, 200)
  t.match(await json(res), { available: true, database: true, providers: 1, models: MOCK_MODELS.length })

  const { app, adminToken } = gw
  await app.inject({
    method: 'PATCH',
    url: `/api/admin/providers/${gw.providerId}`,
    headers: { authorization: `Bearer ${adminToken}` },
    payload: { enabled: false },
  })
  t.match(await json(await fetch(`${gw.url}/api/v2/status`)), { available: false, models: 0 })
})

t.test('usage: a token sees its own records only, paginated and filtered', async (t) => {
  const gw = await gateway(t)
  const mine = await gw.issue(['chat', 'usage'])
  const other = await gw.issue(['chat', 'usage'])
  for (let i = 0; i < 3; i++)
    await gw.post('/api/v2/chat/completions', mine.token, { model: 'mock/gpt-test', messages })
  await gw.post('/api/v2/chat/completions', mine.token, { model: 'mock/tools', messages })
  await gw.post('/api/v2/chat/completions', other.token, { model: 'mock/gpt-test', messages })

  const page1 = await json(await gw.get('/api/v2/usage?limit=2', mine.token))
  t.equal(page1.data.length, 2)
  t.ok(page1.nextCursor, 'a cursor to the next page')
  t.equal(page1.data[0].model, 'mock/tools', 'newest first')
  const page2 = await json(await gw.get(`/api/v2/usage?limit=2&cursor=${page1.nextCursor}`, mine.token))
  t.equal(page2.data.length, 2)
  t.equal(page2.nextCursor, null)
  const all = [...page1.data, ...page2.data]
  t.ok(
    all.every((r: { tokenId: string }) => r.tokenId === mine.id),
    'only its own records',
  )
  t.equal(new Set(all.map((r: { id: string }) => r.id)).size, 4, 'no record twice across pages')

  const filtered = await json(await gw.get('/api/v2/usage?model=mock/tools', mine.token))
  t.equal(filtered.data.length, 1)
  const future = await json(await gw.get('/api/v2/usage?from=2999-01-01T00:00:00Z', mine.token))
  t.equal(future.data.length, 0)

  const bad = await gw.get('/api/v2/usage?limit=0', mine.token)
  t.equal(bad.status, 400)
  t.match(await json(bad), { error: 'Bad Request', code: 'validation_error' })
  t.equal((await gw.get('/api/v2/usage?cursor=abc', mine.token)).status, 400)

  const admin = await json(await gw.get(`/api/admin/usage?token=${other.id}`, gw.adminToken))
  t.equal(admin.data.length, 1, 'the admin filters by token')
  t.equal((await gw.get('/api/admin/usage', mine.token)).status, 403, 'usage scope is not admin')
})
