// Transcriptions answered as text or subtitles carry no duration: Hub bills an estimate, flagged `estimated`
// (the end of the last subtitle cue, or for plain text about 15 spoken characters a second), never nothing.
import t from 'tap'
import { bearer } from '../../../helpers/build.ts'
import { gateway } from '../../../helpers/gateway.ts'
import { lastRecord } from '../../../helpers/usage-record.ts'

const CLIP = Buffer.alloc(6_000, 7)

t.test('text and srt transcriptions are billed for an estimated duration', async (t) => {
  const gw = await gateway(t)
  await gw.addModels([{ id: 'mock/whisper-test', type: 'audio', inputPrice: '0', outputPrice: '0.0001' }])
  const { token } = await gw.issue(['audio'])
  const transcribe = async (format: string) => {
    const body = new FormData()
    body.append('model', 'mock/whisper-test')
    body.append('file', new Blob([CLIP], { type: 'audio/mpeg' }), 'clip.mp3')
    body.append('response_format', format)
    const res = await fetch(`${gw.url}/api/v2/audio/transcriptions`, { method: 'POST', headers: bearer(token), body })
    t.equal(res.status, 200)
    return res.text()
  }

  t.equal(await transcribe('text'), `heard ${CLIP.length} bytes of clip.mp3\n`)
  // 28 characters said in about 1.9 s: 2 s × $0.0001.
  t.match(await lastRecord(gw, 1), { estimated: true, completionTokens: 2, cost: '0.0002000000' })

  t.match(await transcribe('srt'), /00:00:04,250/)
  // The last cue ends at 4.25 s: 5 s.
  t.match(await lastRecord(gw, 2), { estimated: true, completionTokens: 5, cost: '0.0005000000' })
})
