// Every transcription response format is billed for the real audio length: json, verbose_json, diarized_json
// and text (asked upstream as json) by the provider's seconds, or tokens for gpt-4o-transcribe; srt, vtt and a
// json without duration by the upload's measured duration. The client gets exactly the format it asked for.
import t, { type Test } from 'tap'
import { bearer } from '../../../helpers/build.ts'
import { type Gateway, gateway } from '../../../helpers/gateway.ts'
import { wav } from '../../../helpers/wav.ts'

const CLIP = wav(7.2)
const heard = (name: string) => `heard ${CLIP.length} bytes of ${name}`

async function withModels(t: Test): Promise<Gateway> {
  const gw = await gateway(t)
  await gw.addModels([
    { id: 'mock/whisper-test', type: 'audio', inputPrice: '0', outputPrice: '0.0001' },
    { id: 'mock/no-duration-test', type: 'audio', inputPrice: '0', outputPrice: '0.0001' },
    { id: 'mock/gpt-4o-transcribe-test', type: 'audio', inputPrice: '2.5', outputPrice: '10' },
  ])
  return gw
}

function transcribe(gw: Gateway, token: string, fields: Record<string, string>, name: string, fileFirst = false) {
  const form = new FormData()
  const file = () => form.append('file', new Blob([CLIP], { type: 'audio/wav' }), name)
  if (fileFirst) file()
  for (const [key, value] of Object.entries(fields)) form.append(key, value)
  if (!fileFirst) file()
  return fetch(`${gw.url}/v1/audio/transcriptions`, { method: 'POST', headers: bearer(token), body: form })
}

t.test('every response format is billed for 7.2 s of audio (8 s at $0.0001)', async (t) => {
  const gw = await withModels(t)
  const { token } = await gw.issue(['audio'])
  const expected: Record<string, { type: RegExp; body: unknown }> = {
    json: { type: /^application\/json/, body: { text: heard('a.wav'), usage: { seconds: 8 } } },
    verbose_json: { type: /^application\/json/, body: { duration: 7.2, segments: [{ end: 7.2 }] } },
    diarized_json: { type: /^application\/json/, body: { segments: [{ speaker: 'A' }] } },
    text: { type: /^text\/plain/, body: `${heard('a.wav')}\n` },
    srt: { type: /^text\/plain/, body: `1\n00:00:00,000 --> 00:00:07,200\n${heard('a.wav')}\n\n` },
    vtt: { type: /^text\/plain/, body: `WEBVTT\n\n00:00:00.000 --> 00:00:07.200\n${heard('a.wav')}\n\n` },
  }
  for (const [format, want] of Object.entries(expected)) {
    for (const fileFirst of [false, true]) {
      const res = await transcribe(
        gw,
        token,
        { model: 'mock/whisper-test', response_format: format },
        'a.wav',
        fileFirst,
      )
      t.equal(res.status, 200, format)
      t.match(res.headers.get('content-type'), want.type)
      const text = await res.text()
      const body = want.body
      if (typeof body === 'string') t.equal(text, body, `${format}: the provider's text as it came`)
      else t.match(JSON.parse(text), body, `${format}: the provider's JSON as it came`)
    }
  }
  const records = await gw.usage()
  t.equal(records.length, 12)
  for (const record of records) {
    t.match(record, { endpoint: 'audio.transcriptions', completionTokens: 8, cost: '0.0008000000', status: 200 })
  }
})

t.test('a json answer without duration is billed by the upload; a token model asked for text by tokens', async (t) => {
  const gw = await withModels(t)
  const { token } = await gw.issue(['audio'])
  // A mislabelled file is measured all the same: the format is read from the bytes.
  const bare = await transcribe(gw, token, { model: 'mock/no-duration-test' }, 'not-really.mp3')
  t.same(await bare.json(), { text: heard('not-really.mp3') }, 'the provider reported no duration')
  const [noDuration] = await gw.usage()
  t.match(noDuration, { model: 'mock/no-duration-test', completionTokens: 8, cost: '0.0008000000' })

  const tokens = await transcribe(gw, token, { model: 'mock/gpt-4o-transcribe-test' }, 'b.wav')
  t.match(await tokens.json(), { usage: { type: 'tokens' } })
  const [counted] = await gw.usage()
  t.match(counted, { promptTokens: 14, completionTokens: 9 }, 'tokens when the provider counts them')

  const text = await transcribe(gw, token, { model: 'mock/gpt-4o-transcribe-test', response_format: 'text' }, 'c.wav')
  t.match(text.headers.get('content-type'), /^text\/plain/)
  t.equal(await text.text(), `${heard('c.wav')}\n`, 'text, as asked')
  t.equal(gw.mock.requests.at(-1)?.body.response_format, 'json', 'asked upstream as json, which reports usage')
  const [textRecord] = await gw.usage()
  t.match(textRecord, { model: 'mock/gpt-4o-transcribe-test', promptTokens: 14, completionTokens: 9 })
})

t.test('audio the probe cannot read, from a provider that reports nothing, still costs a second', async (t) => {
  const gw = await withModels(t)
  const { token } = await gw.issue(['audio'])
  const form = new FormData()
  form.append('model', 'mock/no-duration-test')
  form.append('file', new Blob([Buffer.alloc(6_000, 7)]), 'noise.bin')
  const res = await fetch(`${gw.url}/v1/audio/transcriptions`, { method: 'POST', headers: bearer(token), body: form })
  t.equal(res.status, 200)
  const [record] = await gw.usage()
  t.match(record, { completionTokens: 1, cost: '0.0001000000' })
})
