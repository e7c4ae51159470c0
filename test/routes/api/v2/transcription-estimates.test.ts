// A transcription whose length neither the provider nor the upload tells (bytes Hub cannot read as audio) is still
// billed, flagged `estimated`: to the end of the last subtitle cue of an srt answer. A `text` request is asked of the
// provider as json, so the provider's own seconds bill it, exactly.
import t from 'tap'
import { bearer } from '../../../helpers/build.ts'
import { gateway } from '../../../helpers/gateway.ts'
import { lastRecord } from '../../../helpers/usage-record.ts'

const CLIP = Buffer.alloc(6_000, 7)

t.test('text and srt transcriptions of unreadable audio are billed, estimated only where they must be', async (t) => {
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
  // The mock's json reports 2.4 s: 3 s × $0.0001, not an estimate.
  t.match(await lastRecord(gw, 1), { estimated: false, completionTokens: 3, cost: '0.0003000000' })

  t.match(await transcribe('srt'), /00:00:02,400/)
  // The mock's srt says nothing of the length but its last cue, which ends at 2.4 s: 3 s, flagged.
  t.match(await lastRecord(gw, 2), { estimated: true, completionTokens: 3, cost: '0.0003000000' })
})
