// Embeddings (OpenAI and AIGNE formats) and image generation through Hub to the OpenAI mock, billed; and the
// official openai SDK on /v1 for both.
import OpenAI from 'openai'
import t, { type Test } from 'tap'
import { type Gateway, gateway, json } from '../../../helpers/gateway.ts'
import { MOCK_IMAGE_B64 } from '../../../helpers/mock-openai.ts'
import { lastRecord } from '../../../helpers/usage-record.ts'

async function withModels(t: Test): Promise<Gateway> {
  const gw = await gateway(t)
  const models = [
    { id: 'mock/text-embedding-test', type: 'embedding', inputPrice: '0.02', outputPrice: '0' },
    { id: 'mock/dall-e-test', type: 'image', inputPrice: '0', outputPrice: '0.04' },
    { id: 'mock/gpt-image-test', type: 'image', inputPrice: '5', outputPrice: '40' },
  ]
  await gw.addModels(models)
  return gw
}

t.test('embeddings in OpenAI format: list shape, model renamed upstream, tokens billed', async (t) => {
  const gw = await withModels(t)
  const { token } = await gw.issue(['embeddings'])
  const res = await gw.post('/api/v2/embeddings', token, {
    model: 'mock/text-embedding-test',
    input: ['hello', 'hi'],
    dimensions: 3,
  })
  t.equal(res.status, 200)
  const body = await json(res)
  t.match(body, {
    object: 'list',
    data: [
      { index: 0, embedding: [5, 0, 0.5] },
      { index: 1, embedding: [2, 1, 0.5] },
    ],
    usage: { prompt_tokens: 6 },
  })
  t.same(gw.mock.requests[0].body, { model: 'text-embedding-test', input: ['hello', 'hi'], dimensions: 3 })
  const [record] = await gw.usage()
  t.match(record, {
    endpoint: 'embeddings',
    model: 'mock/text-embedding-test',
    promptTokens: 6,
    completionTokens: 0,
    cost: '0.0000001200',
  })

  const chatModel = await gw.post('/api/v2/embeddings', token, { model: 'mock/gpt-test', input: 'x' })
  t.equal(chatModel.status, 400, 'a chat model is not an embedding model')
  const { token: chatOnly } = await gw.issue(['chat'])
  t.equal(
    (await gw.post('/api/v2/embeddings', chatOnly, { model: 'mock/text-embedding-test', input: 'x' })).status,
    403,
  )
})

t.test('embeddings in AIGNE format: told apart by the shape of input', async (t) => {
  const gw = await withModels(t)
  const { token } = await gw.issue(['embeddings'])
  const res = await gw.post('/api/v2/embeddings', token, {
    input: { input: ['alpha', 'be'], modelOptions: { model: 'aignehub/mock/text-embedding-test' } },
  })
  t.equal(res.status, 200)
  t.same(await json(res), {
    embeddings: [
      [5, 0, 0.5],
      [2, 1, 0.5],
    ],
    model: 'text-embedding-test',
    // The recorded cost, as AIGNE clients are told for chat: 6 tokens at $0.02/M.
    usage: { inputTokens: 6, outputTokens: 0, aigneHubCredits: 0.00000012, creditPrefix: '$' },
  })
  t.equal((await lastRecord(gw)).cost, '0.0000001200')
  const missing = await gw.post('/api/v2/embeddings', token, { input: { input: 'x' } })
  t.equal(missing.status, 400)
  t.match(await json(missing), { code: 'validation_error', message: /modelOptions\.model/ })
})

t.test('images: URLs billed per image, gpt-image tokens billed as tokens, singular path too', async (t) => {
  const gw = await withModels(t)
  const { token } = await gw.issue(['images'])
  const dalle = await gw.post('/api/v2/images/generations', token, {
    model: 'mock/dall-e-test',
    prompt: 'a red square',
    n: 2,
    size: '256x256',
  })
  t.equal(dalle.status, 200)
  const body = await json(dalle)
  t.equal(body.data.length, 2)
  t.match(body.data[0], { url: /^https:\/\/images\.example\.com\//, revised_prompt: /red square/ })
  t.same(
    gw.mock.requests[0].body,
    { model: 'dall-e-test', prompt: 'a red square', n: 2, size: '256x256' },
    'passed through',
  )

  const gptImage = await gw.post('/api/v2/image/generations', token, { model: 'mock/gpt-image-test', prompt: 'a cat' })
  t.equal(gptImage.status, 200, 'AIGNE Hub singular path')
  t.equal((await json(gptImage)).data[0].b64_json, MOCK_IMAGE_B64)

  const records = await gw.usage()
  const byModel = Object.fromEntries(records.map((r) => [r.model as string, r]))
  t.match(
    byModel['mock/dall-e-test'],
    { endpoint: 'images.generations', completionTokens: 2, cost: '0.0800000000' },
    '2 × $0.04',
  )
  t.match(
    byModel['mock/gpt-image-test'],
    { promptTokens: 10, completionTokens: 100, cost: '0.0040500000' },
    '10 × $5/M + 100 × $40/M',
  )
})

t.test('the openai SDK: embeddings and images on /v1', async (t) => {
  const gw = await withModels(t)
  const { token } = await gw.issue(['embeddings', 'images'])
  const openai = new OpenAI({ baseURL: `${gw.url}/v1`, apiKey: token, maxRetries: 0 })
  const embedded = await openai.embeddings.create({ model: 'mock/text-embedding-test', input: 'hello' })
  t.same(embedded.data[0].embedding, [5, 0, 0.5])
  const image = await openai.images.generate({ model: 'mock/gpt-image-test', prompt: 'a cat' })
  t.equal(image.data?.[0].b64_json, MOCK_IMAGE_B64)
  const wrong = await openai.images.generate({ model: 'mock/text-embedding-test', prompt: 'x' }).catch((e) => e)
  t.type(wrong, OpenAI.BadRequestError)
  t.equal(wrong.code, 'validation_error')
})
