// Speech and transcription through Hub to the OpenAI mock: audio streamed back, uploads streamed on with the
// model renamed, limits enforced, usage billed; and the official openai SDK on /v1.
import OpenAI, { toFile } from 'openai'
import t, { type Test } from 'tap'
import { bearer } from '../../../helpers/build.ts'
import { type Gateway, gateway, json } from '../../../helpers/gateway.ts'
import { MOCK_AUDIO } from '../../../helpers/mock-openai.ts'

const CLIP = Buffer.alloc(6_000, 7)

async function withAudioModels(t: Test, overrides = {}): Promise<Gateway> {
  const gw = await gateway(t, overrides)
  const models = [
    { id: 'mock/tts-test', type: 'audio', inputPrice: '15', outputPrice: '0' },
    { id: 'mock/whisper-test', type: 'audio', inputPrice: '0', outputPrice: '0.0001' },
    { id: 'mock/gpt-4o-transcribe-test', type: 'audio', inputPrice: '2.5', outputPrice: '10' },
  ]
  await gw.addModels(models)
  return gw
}

function form(fields: [string, string | Blob, string?][]): FormData {
  const data = new FormData()
  for (const [name, value, filename] of fields) {
    if (typeof value === 'string') data.append(name, value)
    else data.append(name, value, filename)
  }
  return data
}

t.test('speech: audio streamed back, characters billed', async (t) => {
  const gw = await withAudioModels(t)
  const { token } = await gw.issue(['audio'])
  const res = await gw.post('/api/v2/audio/speech', token, {
    model: 'mock/tts-test',
    input: 'Hello there',
    voice: 'alloy',
  })
  t.equal(res.status, 200)
  t.equal(res.headers.get('content-type'), 'audio/mpeg')
  t.same(Buffer.from(await res.arrayBuffer()), MOCK_AUDIO)
  t.same(gw.mock.requests[0].body, { model: 'tts-test', input: 'Hello there', voice: 'alloy' })
  const [record] = await gw.usage()
  t.match(record, { endpoint: 'audio.speech', promptTokens: 11, cost: '0.0001650000' }, '11 characters × $15/M')
})

t.test('transcriptions: the upload streams on, model renamed, fields kept, billed', async (t) => {
  const gw = await withAudioModels(t)
  const { token } = await gw.issue(['audio'])
  const res = await fetch(`${gw.url}/api/v2/audio/transcriptions`, {
    method: 'POST',
    headers: bearer(token),
    body: form([
      ['model', 'mock/whisper-test'],
      ['file', new Blob([CLIP], { type: 'audio/wav' }), 'clip.wav'],
      ['response_format', 'verbose_json'],
      ['language', 'en'],
    ]),
  })
  t.equal(res.status, 200)
  t.match(await json(res), { text: `heard ${CLIP.length} bytes of clip.wav`, duration: 2.4 })
  const upstream = gw.mock.requests[0].body as Record<string, unknown> & { file: { bytes: Buffer; type: string } }
  t.equal(upstream.model, 'whisper-test')
  t.equal(upstream.response_format, 'verbose_json', 'fields after the file are forwarded too')
  t.equal(upstream.language, 'en')
  t.same(upstream.file.bytes, CLIP, 'the audio arrived intact')
  t.equal(upstream.file.type, 'audio/wav')
  const [record] = await gw.usage()
  t.match(record, { endpoint: 'audio.transcriptions', completionTokens: 3, cost: '0.0003000000' }, '3 s × $0.0001')

  const text = await fetch(`${gw.url}/api/v2/audio/transcriptions`, {
    method: 'POST',
    headers: bearer(token),
    body: form([
      ['file', new Blob([CLIP]), 'first.mp3'],
      ['model', 'mock/whisper-test'],
      ['response_format', 'text'],
    ]),
  })
  t.equal(text.status, 200, 'the file may come before the model')
  t.match(text.headers.get('content-type'), /^text\/plain/)
  t.equal(await text.text(), `heard ${CLIP.length} bytes of first.mp3\n`)
})

t.test('transcriptions: limits and malformed forms are 4xx in the envelope', async (t) => {
  const gw = await withAudioModels(t, { AUDIO_UPLOAD_LIMIT: 4096 })
  const { token } = await gw.issue(['audio'])
  const send = (body: FormData | string, headers = {}) =>
    fetch(`${gw.url}/api/v2/audio/transcriptions`, { method: 'POST', headers: { ...bearer(token), ...headers }, body })

  for (const order of ['model first', 'file first']) {
    const parts: [string, string | Blob, string?][] = [
      ['model', 'mock/whisper-test'],
      ['file', new Blob([CLIP]), 'big.wav'],
    ]
    const res = await send(form(order === 'model first' ? parts : parts.reverse()))
    t.equal(res.status, 413, `${order}: too large`)
    t.match(await json(res), { error: 'Payload Too Large', code: 'payload_too_large' })
  }
  const small = new Blob([Buffer.alloc(100)])
  const noModel = await send(form([['file', small, 'a.wav']]))
  t.equal(noModel.status, 400)
  t.match(await json(noModel), { code: 'validation_error', message: /"model"/ })
  const noFile = await send(form([['model', 'mock/whisper-test']]))
  t.equal(noFile.status, 400)
  t.match(await json(noFile), { message: /"file"/ })
  const asJson = await send('{"model":"mock/whisper-test"}', { 'content-type': 'application/json' })
  t.equal(asJson.status, 415)
  const chatModel = await send(
    form([
      ['model', 'mock/gpt-test'],
      ['file', small, 'a.wav'],
    ]),
  )
  t.equal(chatModel.status, 400, 'a chat model does not transcribe')
})

t.test('the openai SDK: speech and transcription on /v1', async (t) => {
  const gw = await withAudioModels(t)
  const { token } = await gw.issue(['audio'])
  const openai = new OpenAI({ baseURL: `${gw.url}/v1`, apiKey: token, maxRetries: 0 })
  const speech = await openai.audio.speech.create({ model: 'mock/tts-test', input: 'Hi', voice: 'alloy' })
  t.same(Buffer.from(await speech.arrayBuffer()), MOCK_AUDIO)
  const transcript = await openai.audio.transcriptions.create({
    model: 'mock/gpt-4o-transcribe-test',
    file: await toFile(CLIP, 'sdk.wav', { type: 'audio/wav' }),
  })
  t.equal(transcript.text, `heard ${CLIP.length} bytes of sdk.wav`)
  // The SDK appends a File where the caller wrote it: here before the model, so Hub holds it until the model.
  const subtitles = await openai.audio.transcriptions.create({
    file: await toFile(CLIP, 'first.wav', { type: 'audio/wav' }),
    model: 'mock/whisper-test',
    response_format: 'vtt',
  })
  t.equal(subtitles, `WEBVTT\n\n00:00:00.000 --> 00:00:02.400\nheard ${CLIP.length} bytes of first.wav\n\n`)
  const records = await gw.usage()
  t.match(
    records.find((r) => r.model === 'mock/gpt-4o-transcribe-test'),
    { promptTokens: 14, completionTokens: 9 },
  )
  t.match(
    records.find((r) => r.model === 'mock/whisper-test'),
    { completionTokens: 3, cost: '0.0003000000' },
    'vtt billed to the end of its last cue (2.4 s) when neither the provider nor the bytes tell the length',
  )
})
