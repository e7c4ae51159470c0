// Every metered endpoint goes through admission: an empty credits account is refused (402) before anything reaches
// the provider on each of them; with credits each call is admitted, and once all are settled the live balance is
// the grant less exactly what the usage records charged.
import t from 'tap'
import { e10ToUsd, usdToE10 } from '../../../lib/money.ts'
import { bearer } from '../../helpers/build.ts'
import { type Gateway, gateway } from '../../helpers/gateway.ts'
import { principalWith } from '../../helpers/spend-principal.ts'

const CLIP = Buffer.alloc(6_000, 7)

/** Each metered endpoint, called once; returns the statuses. */
async function callEach(gw: Gateway, token: string): Promise<Record<string, number>> {
  const post = async (path: string, body: unknown) => {
    const res = await gw.post(path, token, body)
    await res.arrayBuffer()
    return res.status
  }
  const transcription = new FormData()
  // The file before the model: held, and measured before admission.
  transcription.append('file', new Blob([CLIP], { type: 'audio/wav' }), 'clip.wav')
  transcription.append('model', 'mock/whisper-test')
  const audio = await fetch(`${gw.url}/v1/audio/transcriptions`, {
    method: 'POST',
    headers: bearer(token),
    body: transcription,
  })
  await audio.arrayBuffer()
  return {
    chat: await post('/v1/chat/completions', { model: 'mock/gpt-test', messages: [{ role: 'user', content: 'Hi' }] }),
    aigne: await post('/api/v2/chat', {
      input: { messages: [{ role: 'user', content: 'Hi' }], modelOptions: { model: 'mock/gpt-test' } },
    }),
    messages: await post('/v1/messages', {
      model: 'mock/gpt-test',
      max_tokens: 20,
      messages: [{ role: 'user', content: 'Hi' }],
    }),
    responses: await post('/v1/responses', { model: 'mock/gpt-test', input: 'Hi' }),
    embeddings: await post('/v1/embeddings', { model: 'mock/text-embedding-test', input: 'hello' }),
    images: await post('/v1/images/generations', { model: 'mock/dall-e-test', prompt: 'a cat', n: 2 }),
    speech: await post('/v1/audio/speech', { model: 'mock/tts-test', input: 'Hello there', voice: 'alloy' }),
    transcription: audio.status,
  }
}

t.test('402 on every surface for an empty credits account; exact charges with credits', async (t) => {
  const gw = await gateway(t)
  await gw.addModels([
    { id: 'mock/text-embedding-test', type: 'embedding', inputPrice: '0.02', outputPrice: '0' },
    { id: 'mock/dall-e-test', type: 'image', inputPrice: '0', outputPrice: '0.04' },
    { id: 'mock/tts-test', type: 'audio', inputPrice: '15', outputPrice: '0' },
    { id: 'mock/whisper-test', type: 'audio', inputPrice: '0', outputPrice: '0.0001' },
  ])
  const { id: tokenId, token } = await gw.issue(['chat', 'embeddings', 'images', 'audio'])
  const accountId = (await gw.app.db.accessToken.findUniqueOrThrow({ where: { id: tokenId } })).accountId
  await gw.app.db.account.update({ where: { id: accountId }, data: { billingMode: 'credits' } })
  const principal = principalWith({ accountId, tokenId, billingMode: 'credits' })

  const refused = await callEach(gw, token)
  t.same(refused, {
    chat: 402,
    aigne: 402,
    messages: 402,
    responses: 402,
    embeddings: 402,
    images: 402,
    speech: 402,
    transcription: 402,
  })
  t.equal(gw.mock.requests.length, 0, 'nothing reached the provider')

  await gw.app.db.creditLedgerEntry.create({ data: { accountId, kind: 'grant', amount: '1' } })
  await gw.app.spend.credit(accountId, usdToE10('1'))
  const admitted = await callEach(gw, token)
  t.same(admitted, {
    chat: 200,
    aigne: 200,
    messages: 200,
    responses: 200,
    embeddings: 200,
    images: 200,
    speech: 200,
    transcription: 200,
  })

  let records: Record<string, unknown>[] = []
  for (let i = 0; i < 100 && records.length < 8; i++) {
    records = await gw.usage()
    if (records.length < 8) await new Promise((r) => setTimeout(r, 20))
  }
  t.equal(records.length, 8, 'one usage record per admitted call, none for the refused ones')
  const charged = records.reduce((sum, r) => sum + usdToE10(r.cost as string), 0n)
  t.ok(charged > 0n)
  t.equal(
    e10ToUsd((await gw.app.spend.state(principal)).balance ?? 0n),
    e10ToUsd(usdToE10('1') - charged),
    'the balance is the grant less what was charged',
  )
})
