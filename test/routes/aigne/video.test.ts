// POST /api/v2/video through the official @aigne/aigne-hub AIGNEHubVideoModel, unchanged, against a local mock of
// OpenAI's videos API: a job that completes after two polls, a job that fails, a request the provider refuses.
// Each is metered once; only the finished video is billed, per second.
import { AIGNEHubVideoModel } from '@aigne/aigne-hub'
import t, { type Test } from 'tap'
import { json, listeningHub } from '../../helpers/listening-hub.ts'
import { MOCK_MP4, MOCK_VIDEO_FAILURE, startMockVideos } from '../../helpers/mock-openai-videos.ts'

for (const name of ['BLOCKLET_AIGNE_API_PROVIDER', 'BLOCKLET_AIGNE_API_MODEL', 'BLOCKLET_APP_PID', 'ABT_NODE_DID'])
  delete process.env[name]

const KEY = 'sk-video-0123456789abcdefghijklmnopqrstuvwxyz'

async function videoHub(t: Test, waitMs = 5_000) {
  const mock = await startMockVideos(KEY)
  t.teardown(() => mock.close())
  const hub = await listeningHub(t, { VIDEO_POLL_MS: 20, VIDEO_WAIT_MS: waitMs })
  await hub.addProvider({
    name: 'vid',
    type: 'openai',
    baseUrl: mock.url,
    credential: { apiKey: KEY },
    models: ['sora-test', 'sora-fail', 'sora-stuck'],
    // USD per second of video.
    modelDefaults: { type: 'video', inputPrice: '0', outputPrice: '0.1' },
  })
  const client = (token: string, model = 'aignehub/vid/sora-test') =>
    new AIGNEHubVideoModel({ baseURL: hub.url, apiKey: token, model })
  return { hub, mock, client }
}

t.test('the real AIGNEHubVideoModel gets the finished video, billed per second', async (t) => {
  const { hub, mock, client } = await videoHub(t)
  const { token } = await hub.issue(['images'])
  const result = await client(token).invoke({
    prompt: 'a paper boat on a pond',
    seconds: '8',
    size: '1280x720',
    outputFileType: 'file',
  })
  t.equal(result.videos.length, 1)
  t.match(result.videos[0], { type: 'file', data: MOCK_MP4.toString('base64'), mimeType: 'video/mp4' })
  t.equal(result.seconds, 8)
  t.match(result.usage, { inputTokens: 0, outputTokens: 0, aigneHubCredits: 0.8, creditPrefix: '$' })
  t.equal(result.model, 'sora-test')

  // One create, polls until completed, one download: all with Hub's key, the model renamed.
  t.same(
    mock.requests.map((r) => `${r.method} ${r.url}`),
    ['POST /v1/videos', 'GET /v1/videos/video_1abc', 'GET /v1/videos/video_1abc', 'GET /v1/videos/video_1abc/content'],
  )
  t.same(mock.requests[0].body, {
    model: 'sora-test',
    prompt: 'a paper boat on a pond',
    seconds: '8',
    size: '1280x720',
  })

  const records = await hub.usage()
  t.equal(records.length, 1)
  t.match(records[0], {
    endpoint: 'video',
    model: 'vid/sora-test',
    status: 200,
    completionTokens: 8,
    cost: '0.8000000000',
  })
})

t.test('a failed job: the provider reason, recorded once, billed nothing', async (t) => {
  const { hub, client } = await videoHub(t)
  const { token } = await hub.issue(['images'])
  await t.rejects(client(token, 'aignehub/vid/sora-fail').invoke({ prompt: 'something refused' }), {
    message: new RegExp(MOCK_VIDEO_FAILURE),
  })
  const records = await hub.usage()
  t.equal(records.length, 1)
  t.match(records[0], { endpoint: 'video', status: 502, errorCode: 'upstream_error', cost: '0.0000000000' })
})

t.test('raw: a request the provider refuses, bad input, scope and type checks', async (t) => {
  const { hub, mock } = await videoHub(t)
  const { token } = await hub.issue(['images'])
  const body = (input: Record<string, unknown>) => ({ input, options: { streaming: false } })

  const refused = await hub.post('/api/v2/video', token, body({ prompt: 'x', model: 'vid/sora-test', seconds: '5' }))
  t.equal(refused.status, 400)
  t.match(await json(refused), { code: 'upstream_error', message: /Supported values are/ })
  t.equal(mock.requests.length, 1, 'refused at creation: nothing polled')

  const noModel = await hub.post('/api/v2/video', token, body({ prompt: 'x' }))
  t.equal(noModel.status, 400)
  t.match(await json(noModel), { code: 'validation_error', message: /input\.model/ })

  const fromImage = await hub.post(
    '/api/v2/video',
    token,
    body({ prompt: 'x', model: 'vid/sora-test', image: { type: 'url', url: 'https://example.com/a.png' } }),
  )
  t.equal(fromImage.status, 400)

  const chatOnly = await hub.issue(['chat'])
  const forbidden = await hub.post('/api/v2/video', chatOnly.token, body({ prompt: 'x', model: 'vid/sora-test' }))
  t.equal(forbidden.status, 403)

  const records = await hub.usage()
  t.equal(records.length, 1, 'only the call that reached the provider is recorded')
  t.match(records[0], { status: 400, cost: '0.0000000000' })

  const listed = await json(await fetch(`${hub.url}/api/ai/models?type=video`))
  t.same(listed.map((m: { key: string; type: string }) => `${m.key} ${m.type}`).sort(), [
    'vid/sora-fail video',
    'vid/sora-stuck video',
    'vid/sora-test video',
  ])
})

t.test('a job not done within VIDEO_WAIT_MS: 504 with its progress, recorded once, billed nothing', async (t) => {
  const { hub, mock } = await videoHub(t, 200)
  const { token } = await hub.issue(['images'])
  const res = await hub.post('/api/v2/video', token, {
    input: { prompt: 'a very long film', modelOptions: { model: 'vid/sora-stuck' } },
  })
  t.equal(res.status, 504)
  t.match(await json(res), { code: 'upstream_timeout', message: /not ready within 0 s \(job video_1abc, 10% done\)/ })
  t.ok(mock.requests.length >= 3, 'polled while waiting')
  const records = await hub.usage()
  t.equal(records.length, 1)
  t.match(records[0], { status: 504, errorCode: 'upstream_timeout', cost: '0.0000000000' })
})
