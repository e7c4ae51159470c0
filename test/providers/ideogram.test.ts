// The ideogram provider type: OpenAI image requests to Ideogram 3.0 (multipart) and the legacy JSON API, URLs
// back in OpenAI's shape, billed per image; errors kept.
import OpenAI from 'openai'
import t, { type Test } from 'tap'
import { bearer } from '../helpers/build.ts'
import { json, listeningHub } from '../helpers/listening-hub.ts'
import { MOCK_IDEOGRAM_PNG, startMockIdeogram } from '../helpers/mock-ideogram.ts'

async function setup(t: Test) {
  const mock = await startMockIdeogram()
  t.teardown(() => mock.close())
  const hub = await listeningHub(t)
  await hub.addProvider({
    name: 'ideogram',
    type: 'ideogram',
    baseUrl: mock.url,
    credential: { apiKey: 'ideogram-key-0123456789' },
  })
  await hub.addModels([
    { id: 'ideogram/ideogram-v3', upstreamModel: 'V_3', type: 'image', outputPrice: '0.06' },
    { id: 'ideogram/v2', upstreamModel: 'V_2', type: 'image', outputPrice: '0.08' },
  ])
  const { token } = await hub.issue(['images', 'chat'])
  return { mock, url: hub.url, token, usage: hub.usage }
}

t.test('Ideogram 3.0 through the openai SDK: a multipart form upstream, URLs back, billed per image', async (t) => {
  const { mock, url, token, usage } = await setup(t)
  const openai = new OpenAI({ baseURL: `${url}/v1`, apiKey: token, maxRetries: 0 })
  const result = await openai.images.generate({
    model: 'ideogram/ideogram-v3',
    prompt: 'a lighthouse at dawn',
    n: 2,
    size: '1024x1024',
    rendering_speed: 'TURBO',
  } as OpenAI.ImageGenerateParamsNonStreaming)
  t.equal(result.data?.length, 2)
  t.match(result.data?.[0], {
    url: /^http:\/\/127\.0\.0\.1:\d+\/api\/images\/ephemeral\//,
    revised_prompt: /lighthouse/,
  })
  const upstream = mock.requests[0]
  t.equal(upstream.url, '/v1/ideogram-v3/generate')
  t.equal(upstream.headers['api-key'], 'ideogram-key-0123456789')
  t.same(upstream.fields, {
    prompt: 'a lighthouse at dawn',
    num_images: '2',
    resolution: '1024x1024',
    rendering_speed: 'TURBO',
  })
  const [record] = await usage()
  t.match(record, { model: 'ideogram/ideogram-v3', completionTokens: 2, cost: '0.1200000000' }, '2 × $0.06')
})

t.test('b64_json: Hub fetches each image from the URL Ideogram answered with', async (t) => {
  const { url, token, usage } = await setup(t)
  const openai = new OpenAI({ baseURL: `${url}/v1`, apiKey: token, maxRetries: 0 })
  const result = await openai.images.generate({
    model: 'ideogram/ideogram-v3',
    prompt: 'a lighthouse at dawn',
    n: 2,
    response_format: 'b64_json',
  })
  t.same(
    result.data?.map((image) => [image.b64_json, image.url]),
    [
      [MOCK_IDEOGRAM_PNG.toString('base64'), undefined],
      [MOCK_IDEOGRAM_PNG.toString('base64'), undefined],
    ],
  )
  t.match(result.data?.[0], { revised_prompt: /lighthouse/ })
  const [record] = await usage()
  t.match(record, { model: 'ideogram/ideogram-v3', completionTokens: 2, cost: '0.1200000000' })
})

t.test('legacy models use the JSON API; errors are explained', async (t) => {
  const { mock, url, token } = await setup(t)
  const post = (body: object) =>
    fetch(`${url}/api/v2/images/generations`, {
      method: 'POST',
      headers: { ...bearer(token), 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
  const legacy = await post({ model: 'ideogram/v2', prompt: 'a fox', size: '1792x1024' })
  t.equal(legacy.status, 200)
  t.match(mock.requests[0], { url: '/generate', fields: { prompt: 'a fox', model: 'V_2', aspect_ratio: 'ASPECT_7_4' } })

  const unsafe = await post({ model: 'ideogram/ideogram-v3', prompt: 'something unsafe' })
  t.equal(unsafe.status, 422)
  t.match(await json(unsafe), { code: 'upstream_error', message: /safety check/ })
  const chat = await fetch(`${url}/api/v2/chat/completions`, {
    method: 'POST',
    headers: { ...bearer(token), 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'ideogram/ideogram-v3', messages: [{ role: 'user', content: 'hi' }] }),
  })
  t.equal(chat.status, 400, 'an image model is not a chat model')
})
