// POST /api/v2/image, the AIGNE framework's image endpoint: raw HTTP for both image kinds, and the official
// @aigne/aigne-hub AIGNEHubImageModel unchanged.
import { AIGNEHubImageModel } from '@aigne/aigne-hub'
import t from 'tap'
import { withImageModels } from '../../helpers/aigne-image.ts'
import { json } from '../../helpers/gateway.ts'
import { MOCK_IMAGE_B64 } from '../../helpers/mock-openai.ts'

t.test('raw: URL images and base64 images, options passed through, billed', async (t) => {
  const gw = await withImageModels(t)
  const { token } = await gw.issue(['images'])
  const res = await gw.post('/api/v2/image', token, {
    input: {
      prompt: 'a red square',
      n: 2,
      size: '256x256',
      outputFileType: 'url',
      modelOptions: { model: 'mock/dall-e-test' },
    },
    agent: '$CHAT_MODEL',
    options: { streaming: false, userContext: {}, memories: [] },
  })
  t.equal(res.status, 200)
  t.match(await json(res), {
    images: [
      { type: 'url', url: /^https:\/\/images\.example\.com\//, mimeType: 'image/png' },
      { type: 'url', url: String },
    ],
    usage: { inputTokens: 0, outputTokens: 0, aigneHubCredits: 0.08, creditPrefix: '$' },
    model: 'dall-e-test',
    modelWithProvider: 'mock/dall-e-test',
  })
  t.same(gw.mock.requests[0].body, { model: 'dall-e-test', prompt: 'a red square', n: 2, size: '256x256' })
  const [record] = await gw.usage()
  t.match(record, { endpoint: 'image', completionTokens: 2, cost: '0.0800000000' })

  const missing = await gw.post('/api/v2/image', token, { input: { prompt: 'x' } })
  t.equal(missing.status, 400)
  t.match(await json(missing), { code: 'validation_error', message: /modelOptions\.model/ })
})

t.test('the real AIGNEHubImageModel generates an image through Hub', async (t) => {
  const gw = await withImageModels(t)
  const { token } = await gw.issue(['images'])
  const model = new AIGNEHubImageModel({ baseURL: gw.url, apiKey: token, model: 'aignehub/mock/gpt-image-test' })
  const result = await model.invoke({ prompt: 'a cat', outputFileType: 'file' })
  t.equal(result.images.length, 1)
  t.match(result.images[0], { type: 'file', data: MOCK_IMAGE_B64 })
  t.match(result.usage, { inputTokens: 10, outputTokens: 100 })
  t.equal(gw.mock.requests[0].body.model, 'gpt-image-test')
})
