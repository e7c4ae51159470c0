// Gemini image models through the google provider type: OpenAI's images API (the openai SDK) and the AIGNE image
// client both reach `generateContent` with responseModalities ["IMAGE"], get the inlineData image back as base64,
// and are billed per image at the model's price; sizes Gemini has no ratio for, `url` answers and refused images
// are 400s, and a refused image costs nothing.
import { AIGNEHubImageModel } from '@aigne/aigne-hub'
import OpenAI from 'openai'
import t, { type Test } from 'tap'
import { json, listeningHub } from '../../helpers/listening-hub.ts'
import { GEMINI_IMAGE_B64 } from '../../helpers/mock-google.ts'
import { withMockGoogle } from '../../helpers/mock-providers.ts'

for (const name of ['BLOCKLET_AIGNE_API_PROVIDER', 'BLOCKLET_AIGNE_API_MODEL', 'BLOCKLET_APP_PID', 'ABT_NODE_DID'])
  delete process.env[name]

async function setup(t: Test) {
  const hub = await listeningHub(t)
  // Priced per image, as Google prices gemini-2.5-flash-image ($0.039 an image).
  const gemini = await withMockGoogle(t, hub, ['gemini-2.5-flash-image'], {
    type: 'image',
    inputPrice: '0.3',
    outputPrice: '0.039',
  })
  const { token } = await hub.issue(['images'])
  return { hub, gemini, token }
}

t.test('the openai SDK gets Gemini images as b64_json, billed per image', async (t) => {
  const { hub, gemini, token } = await setup(t)
  const client = new OpenAI({ baseURL: `${hub.url}/v1`, apiKey: token, maxRetries: 0 })
  const made = await client.images.generate({
    model: 'google/gemini-2.5-flash-image',
    prompt: 'a lighthouse at dusk',
    n: 2,
    size: '1536x1024',
    response_format: 'b64_json',
  })
  t.same(
    made.data?.map((d) => d.b64_json),
    [GEMINI_IMAGE_B64, GEMINI_IMAGE_B64],
  )
  t.equal(gemini.requests.length, 2, 'one image a request')
  t.match(gemini.requests[0].url, /\/v1beta\/models\/gemini-2\.5-flash-image:generateContent$/)
  t.same(gemini.requests[0].body, {
    contents: [{ role: 'user', parts: [{ text: 'a lighthouse at dusk' }] }],
    generationConfig: { responseModalities: ['IMAGE'], imageConfig: { aspectRatio: '3:2' } },
  })
  const [record] = await hub.usage()
  t.match(record, {
    endpoint: 'images',
    model: 'google/gemini-2.5-flash-image',
    completionTokens: 2,
    cost: '0.0780000000',
  })
})

t.test('the AIGNE image client, through /api/v2/image', async (t) => {
  const { hub, token } = await setup(t)
  const model = new AIGNEHubImageModel({
    baseURL: hub.url,
    apiKey: token,
    model: 'aignehub/google/gemini-2.5-flash-image',
  })
  const result = await model.invoke({ prompt: 'a lighthouse', outputFileType: 'file' })
  t.match(result.images, [{ type: 'file', data: GEMINI_IMAGE_B64, mimeType: 'image/png' }])
  t.match(result.usage, { aigneHubCredits: 0.039 })
})

t.test('what Gemini cannot do is a 400; a refused image is recorded and costs nothing', async (t) => {
  const { hub, gemini, token } = await setup(t)
  const generate = (body: Record<string, unknown>) =>
    hub.post('/v1/images/generations', token, { model: 'google/gemini-2.5-flash-image', prompt: 'a cat', ...body })

  const wide = await generate({ size: '1792x1024' })
  t.equal(wide.status, 400)
  t.match(await json(wide), { error: { message: /aspect ratios \(1:1, 2:3/ } })
  const url = await generate({ response_format: 'url' })
  t.equal(url.status, 400)
  t.match(await json(url), { error: { message: /b64_json/ } })
  t.equal(gemini.requests.length, 0, 'refused before reaching Gemini')

  const refused = await generate({ prompt: 'something forbidden' })
  t.equal(refused.status, 400)
  t.match(await json(refused), { error: { message: /made no image \(IMAGE_SAFETY\): I cannot make that image/ } })
  const warned = await generate({ quality: 'hd' })
  t.equal(warned.status, 200)
  t.match(warned.headers.get('x-hub-warnings'), /quality is not supported by Gemini image models/)

  const records = await hub.usage()
  t.match(
    records.map((r) => [r.status, r.cost]),
    [
      [200, '0.0390000000'],
      [400, '0.0000000000'],
      [400, '0.0000000000'],
      [400, '0.0000000000'],
    ],
  )
})
