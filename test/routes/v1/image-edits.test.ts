// OpenAI's image edits (`images.edit` in the openai SDK): the multipart form reaches an openai-type provider with
// every image, the mask and the options, the model renamed; billed from gpt-image tokens or per image; and the
// limits and refusals a user would meet.
import OpenAI, { toFile } from 'openai'
import t, { type Test } from 'tap'
import { gateway, json } from '../../helpers/gateway.ts'
import { withMockGoogle } from '../../helpers/mock-providers.ts'
import { lastRecord } from '../../helpers/usage-record.ts'

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')

async function setup(t: Test, overrides = {}) {
  const gw = await gateway(t, overrides)
  await gw.addModels([
    { id: 'mock/gpt-image-test', type: 'image', inputPrice: '5', outputPrice: '40' },
    { id: 'mock/dall-e-test', type: 'image', inputPrice: '0', outputPrice: '0.02' },
  ])
  const { token } = await gw.issue(['images'])
  const client = new OpenAI({ baseURL: `${gw.url}/v1`, apiKey: token, maxRetries: 0 })
  return { gw, token, client }
}

t.test('several images and a mask reach the provider; tokens billed, or per image', async (t) => {
  const { gw, client } = await setup(t)
  const edited = await client.images.edit({
    model: 'mock/gpt-image-test',
    image: [await toFile(PNG, 'a.png', { type: 'image/png' }), await toFile(PNG, 'b.png', { type: 'image/png' })],
    mask: await toFile(PNG, 'mask.png', { type: 'image/png' }),
    prompt: 'Put them on one table',
    n: 2,
    size: '1024x1024',
  })
  t.equal(edited.data?.length, 2)
  t.ok(edited.data?.[0].b64_json)
  const upstream = gw.mock.requests[0].body as Record<string, unknown>
  t.equal(upstream.model, 'gpt-image-test', 'the upstream name')
  t.equal(upstream.prompt, 'Put them on one table')
  t.equal(upstream.n, '2')
  t.equal(upstream.size, '1024x1024')
  t.same(
    (upstream['image[]'] as { name: string; bytes: Buffer }[]).map((f) => [f.name, f.bytes.equals(PNG)]),
    [
      ['a.png', true],
      ['b.png', true],
    ],
  )
  t.match(upstream.mask, { name: 'mask.png', type: 'image/png' })
  // 10 input × $5 + 100 output × $40 per 1M tokens.
  t.match(await lastRecord(gw), {
    endpoint: 'images.edits',
    model: 'mock/gpt-image-test',
    promptTokens: 10,
    completionTokens: 100,
    cost: '0.0040500000',
    status: 200,
  })

  const dalle = await client.images.edit({
    model: 'mock/dall-e-test',
    image: await toFile(PNG, 'one.png', { type: 'image/png' }),
    prompt: 'Add a hat',
  })
  t.match(dalle.data?.[0], { url: /^https:\/\// })
  t.match(await lastRecord(gw), { endpoint: 'images.edits', completionTokens: 1, cost: '0.0200000000' })
})

t.test('refusals: no image, no prompt, too large, a provider that does not edit images', async (t) => {
  const { gw, token } = await setup(t, { IMAGE_UPLOAD_LIMIT: 4096 })
  const post = (form: FormData) =>
    fetch(`${gw.url}/v1/images/edits`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form })
  const form = (fields: Record<string, string>, image?: Buffer) => {
    const f = new FormData()
    for (const [k, v] of Object.entries(fields)) f.append(k, v)
    if (image) f.append('image', new Blob([image], { type: 'image/png' }), 'x.png')
    return f
  }
  const noImage = await post(form({ model: 'mock/dall-e-test', prompt: 'x' }))
  t.equal(noImage.status, 400)
  t.match(await json(noImage), { error: { code: 'validation_error', message: /"image" file/ } })
  const noPrompt = await post(form({ model: 'mock/dall-e-test' }, PNG))
  t.equal(noPrompt.status, 400)
  const large = await post(form({ model: 'mock/dall-e-test', prompt: 'x' }, Buffer.alloc(10_000, 1)))
  t.equal(large.status, 413)
  t.match(await json(large), { error: { code: 'payload_too_large' } })

  await withMockGoogle(t, gw, ['imagen-test'], { type: 'image', inputPrice: '0', outputPrice: '0.03' })
  const google = await post(form({ model: 'google/imagen-test', prompt: 'x' }, PNG))
  t.equal(google.status, 400)
  t.match(await json(google), { error: { message: /does not offer image edits/ } })
  t.equal(gw.mock.requests.length, 0, 'nothing reached a provider')
  t.equal((await gw.usage()).length, 0, 'refused before any call: nothing billed')
})
