// A transcription whose file comes before its model: refused before the file is read when the token may use no
// audio model, refused before reaching the provider when the model turns out not allowed, and held by at most
// AUDIO_BUFFER_CONCURRENCY requests at once (503 server_busy with Retry-After beyond), slots freed on every end.
import { request as httpRequest, type IncomingMessage } from 'node:http'
import t from 'tap'
import { bearer } from '../../../helpers/build.ts'
import { type Gateway, gateway, json } from '../../../helpers/gateway.ts'
import { wav } from '../../../helpers/wav.ts'

const BOUNDARY = 'hub-test-boundary'
const CLIP = wav(1)

const fileHead = (name = 'a.wav') =>
  Buffer.from(
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: audio/wav\r\n\r\n`,
  )
const fileTail = (model: string) =>
  Buffer.from(
    `\r\n--${BOUNDARY}\r\nContent-Disposition: form-data; name="model"\r\n\r\n${model}\r\n--${BOUNDARY}--\r\n`,
  )

/** An upload sent by hand: the file part first, its bytes as the test writes them. */
function openUpload(gw: Gateway, token: string) {
  const { port } = new URL(gw.url)
  const req = httpRequest({
    host: '127.0.0.1',
    port,
    method: 'POST',
    path: '/v1/audio/transcriptions',
    headers: { ...bearer(token), 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
  })
  req.on('error', () => {}) // a refused upload may be cut while the test still writes
  const response = new Promise<{ status: number; headers: IncomingMessage['headers']; body: string }>((resolve) => {
    req.on('response', async (res) => {
      let body = ''
      for await (const chunk of res) body += chunk
      resolve({ status: res.statusCode ?? 0, headers: res.headers, body })
    })
  })
  req.write(fileHead())
  req.write(CLIP.subarray(0, 4096))
  return { req, response }
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 10))
}

async function withAudio(t: Parameters<typeof gateway>[0], overrides = {}) {
  const gw = await gateway(t, overrides)
  await gw.addModels([
    { id: 'mock/whisper-test', type: 'audio', inputPrice: '0', outputPrice: '0.0001' },
    { id: 'mock/gpt-4o-transcribe-test', type: 'audio', inputPrice: '2.5', outputPrice: '10' },
  ])
  return gw
}

t.test('a file sent before the model is refused early when the model may not be used', async (t) => {
  const gw = await withAudio(t)

  // No audio model at all for this token: refused while the file is still on its way.
  const { token: chatOnly } = await gw.issue(['audio'], { models: ['mock/gpt-test'] })
  const upload = openUpload(gw, chatOnly)
  const refused = await upload.response
  upload.req.destroy()
  t.equal(refused.status, 403, 'answered before the upload finished')
  t.match(JSON.parse(refused.body), { error: { code: 'model_not_allowed', message: /any audio model/ } })

  // Some audio model, not this one: refused once the model field is read, before the provider.
  const { token: whisperOnly } = await gw.issue(['audio'], { models: ['mock/whisper-test'] })
  for (const [model, status, code] of [
    ['mock/gpt-4o-transcribe-test', 403, 'model_not_allowed'],
    ['mock/whisper-none', 403, 'model_not_allowed'],
  ] as const) {
    const res = await fetch(`${gw.url}/v1/audio/transcriptions`, {
      method: 'POST',
      headers: { ...bearer(whisperOnly), 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
      body: Buffer.concat([fileHead(), CLIP, fileTail(model)]),
    })
    t.equal(res.status, status, model)
    t.match(await json(res), { error: { code } })
  }
  t.equal(gw.mock.requests.length, 0, 'the provider received nothing')
  t.equal(gw.app.uploadSlots.inUse(), 0, 'no buffer slot left taken')
})

t.test('held uploads are bounded by AUDIO_BUFFER_CONCURRENCY; a slot frees when an upload ends', async (t) => {
  const gw = await withAudio(t, { AUDIO_BUFFER_CONCURRENCY: 1 })
  const { token } = await gw.issue(['audio'])
  const complete = (fileFirst: boolean) => {
    const form = new FormData()
    const file = () => form.append('file', new Blob([CLIP], { type: 'audio/wav' }), 'b.wav')
    if (fileFirst) file()
    form.append('model', 'mock/whisper-test')
    if (!fileFirst) file()
    return fetch(`${gw.url}/v1/audio/transcriptions`, { method: 'POST', headers: bearer(token), body: form })
  }

  const held = openUpload(gw, token)
  await until(() => gw.app.uploadSlots.inUse() === 1)
  const busy = await complete(true)
  t.equal(busy.status, 503, 'a second held upload is refused')
  t.equal(busy.headers.get('retry-after'), '1')
  t.match(await json(busy), { error: { code: 'server_busy', message: /"model" before "file"/ } })
  const streamed = await complete(false)
  t.equal(streamed.status, 200, 'an upload with the model first streams through, holding no slot')

  held.req.end(Buffer.concat([CLIP.subarray(4096), fileTail('mock/whisper-test')]))
  const done = await held.response
  t.equal(done.status, 200, 'the held upload completes')
  t.match(JSON.parse(done.body), { text: `heard ${CLIP.length} bytes of a.wav` })
  t.equal(gw.app.uploadSlots.inUse(), 0)
  t.equal((await complete(true)).status, 200, 'the slot is free again')

  // A client that goes away mid-file frees its slot too.
  const abandoned = openUpload(gw, token)
  await until(() => gw.app.uploadSlots.inUse() === 1)
  abandoned.req.destroy()
  await until(() => gw.app.uploadSlots.inUse() === 0)
  t.equal((await complete(true)).status, 200, 'freed after the client left')
})
