// AIGNE image edits: `input.image` on POST /api/v2/image reaches an openai-type provider's /images/edits as
// multipart, through the official @aigne/aigne-hub AIGNEHubImageModel unchanged (which sends local files and URLs
// as base64 `file` parts), billed like edits from the openai SDK; what Hub refuses, it refuses with a 400.
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { AIGNEHubImageModel } from '@aigne/aigne-hub'
import t from 'tap'
import { withImageModels } from '../../helpers/aigne-image.ts'
import { json } from '../../helpers/gateway.ts'
import { MOCK_IMAGE_B64 } from '../../helpers/mock-openai.ts'

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001', 'hex')
const JPEG = Buffer.from('ffd8ffe000104a464946', 'hex')

type Upstream = Record<string, { name: string; type: string; bytes: Buffer } | string | unknown[]>

t.test('the real AIGNEHubImageModel edits a local image and a base64 one through Hub', async (t) => {
  const gw = await withImageModels(t)
  const { token } = await gw.issue(['images'])
  const dir = await mkdtemp(join(tmpdir(), 'hub-edit-'))
  const path = join(dir, 'cat.png')
  await writeFile(path, PNG)
  const model = new AIGNEHubImageModel({ baseURL: gw.url, apiKey: token, model: 'aignehub/mock/gpt-image-test' })
  const result = await model.invoke({
    prompt: 'give the cat a hat',
    image: [
      { type: 'local', path },
      { type: 'file', data: JPEG.toString('base64') },
    ],
    outputFileType: 'file',
    modelOptions: { size: '1024x1024' },
  })
  t.match(result.images, [{ type: 'file', data: MOCK_IMAGE_B64 }])
  t.match(result.usage, { inputTokens: 10, outputTokens: 100 })

  t.equal(gw.mock.requests.length, 1)
  t.equal(gw.mock.requests[0].url, '/v1/images/edits')
  const upstream = gw.mock.requests[0].body as Upstream
  t.equal(upstream.model, 'gpt-image-test')
  t.equal(upstream.prompt, 'give the cat a hat')
  t.equal(upstream.size, '1024x1024')
  const images = upstream['image[]'] as { name: string; type: string; bytes: Buffer }[]
  t.same(
    images.map((f) => [f.type, f.bytes.equals(f.type === 'image/png' ? PNG : JPEG)]),
    [
      ['image/png', true],
      ['image/jpeg', true],
    ],
    'each image as it was, typed from the client or its bytes',
  )
  const [record] = await gw.usage()
  t.match(record, { endpoint: 'images.edits', model: 'mock/gpt-image-test', cost: '0.0040500000', status: 200 })
})

t.test('raw: one image as a data: URL, per-image billing; what Hub refuses', async (t) => {
  const gw = await withImageModels(t)
  const { token } = await gw.issue(['images'])
  const edit = (image: unknown, extra: Record<string, unknown> = {}) =>
    gw.post('/api/v2/image', token, {
      input: { prompt: 'bluer', image, modelOptions: { model: 'mock/dall-e-test' }, ...extra },
    })

  const res = await edit([{ type: 'url', url: `data:image/png;base64,${PNG.toString('base64')}` }], { n: 2 })
  t.equal(res.status, 200)
  t.match(await json(res), {
    images: [{ type: 'url', url: String }, { type: 'url' }],
    usage: { aigneHubCredits: 0.08 },
    model: 'dall-e-test',
  })
  const upstream = gw.mock.requests[0].body as Upstream
  t.match(upstream.image, { type: 'image/png', name: 'image-0.png' })
  t.equal(upstream.n, '2')

  const url = await edit([{ type: 'url', url: 'http://169.254.169.254/latest/meta-data' }])
  t.equal(url.status, 400)
  t.match(await json(url), { code: 'validation_error', message: /does not fetch images/ })
  const garbage = await edit([{ type: 'file', data: 'not base64!' }])
  t.equal(garbage.status, 400)
  t.match(await json(garbage), { message: /input\.image\[0\] is not base64/ })
  const empty = await edit([])
  t.equal(empty.status, 400)
  const nested = await edit([{ type: 'file', data: PNG.toString('base64') }], { style: { a: 1 } })
  t.equal(nested.status, 400)
  t.equal(gw.mock.requests.length, 1, 'nothing refused reached the provider')
})
