// What the @aigne/aigne-hub client reads without a token: Blocklet discovery at the origin root, and the
// public model catalogue in the types its zod schema checks.
import t from 'tap'
import { bearer } from '../../helpers/build.ts'
import { gateway, json } from '../../helpers/gateway.ts'

const DID = 'z8ia3xzq2tMq8CRHfaXj1BTYJyYnEcHbqP8cJ'

t.test('/__blocklet__.js?type=json names the AIGNE Hub mount point, publicly', async (t) => {
  const gw = await gateway(t)
  const res = await fetch(`${gw.url}/__blocklet__.js?type=json`)
  t.equal(res.status, 200)
  t.match(res.headers.get('content-type'), /application\/json/)
  t.match(await json(res), { componentMountPoints: [{ did: DID, mountPoint: '/' }] })

  const script = await fetch(`${gw.url}/__blocklet__.js`)
  t.equal(script.status, 200)
  t.match(script.headers.get('content-type'), /application\/javascript/)
  t.match(await script.text(), /^window\.blocklet = \{.*z8ia3xzq2tMq8CRHfaXj1BTYJyYnEcHbqP8cJ/)
})

t.test('/api/ai/models lists enabled models with per-token prices as strings', async (t) => {
  const gw = await gateway(t)
  const all = await fetch(`${gw.url}/api/ai/models`)
  t.equal(all.status, 200)
  const models = await json(all)
  t.ok(models.length > 1)
  t.same(
    models.find((m: { key: string }) => m.key === 'mock/gpt-test'),
    {
      key: 'mock/gpt-test',
      model: 'gpt-test',
      type: 'chat',
      provider: 'mock',
      providerDisplayName: 'mock',
      input_credits_per_token: '0.00000015',
      output_credits_per_token: '0.0000006',
      // No cache prices of its own: cached input and cache writes cost the input price.
      cache_read_credits_per_token: '0.00000015',
      cache_write_credits_per_token: '0.00000015',
      modelMetadata: null,
      status: { available: true },
    },
  )

  const chat = await json(await fetch(`${gw.url}/api/ai/models?type=chatCompletion`))
  t.equal(chat.length, models.length, 'every mock model is a chat model')
  t.same(await json(await fetch(`${gw.url}/api/ai/models?type=video`)), [], 'no video models')
  const bad = await fetch(`${gw.url}/api/ai/models?type=music`)
  t.equal(bad.status, 400)
  t.match(await json(bad), { code: 'validation_error' })
})

t.test('/api/ai/models lists each alias right after its model, priced as the model', async (t) => {
  const gw = await gateway(t)
  const patched = await gw.app.inject({
    method: 'PATCH',
    url: '/api/admin/models/mock/gpt-test',
    headers: bearer(gw.adminToken),
    payload: { aliases: ['gpt-test', 'fast'] },
  })
  t.equal(patched.statusCode, 200)
  const models: { key: string; model: string }[] = await json(await fetch(`${gw.url}/api/ai/models?type=chat`))
  const at = models.findIndex((m) => m.key === 'mock/gpt-test')
  t.same(
    models.slice(at, at + 3).map((m) => [m.key, m.model]),
    [
      ['mock/gpt-test', 'gpt-test'],
      ['fast', 'fast'],
      ['gpt-test', 'gpt-test'],
    ],
  )
  const { key: _, model: __, ...priced } = models[at]
  t.match(models[at + 1], priced, "an alias has its model's provider, type and prices")
  t.equal(models.filter((m) => m.key === 'fast').length, 1, 'listed once')
})
