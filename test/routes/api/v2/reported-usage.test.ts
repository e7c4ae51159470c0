// A provider that reports counts no one can bill (-1000000, 1.5, 3000000000, strings): those calls still
// answer and are billed as estimated, every other call is billed exactly, and nothing stays stuck in memory.
import t from 'tap'
import { gateway, json, PRICES, sseData } from '../../../helpers/gateway.ts'

const CHAT = '/api/v2/chat/completions'
const messages = [{ role: 'user', content: 'Say hello to the whole world, please' }] // 36 characters
const GARBAGE = ['usage-negative', 'usage-fraction', 'usage-huge', 'usage-string']

t.test('garbage usage is estimated and flagged; every other call is billed exactly', async (t) => {
  const gw = await gateway(t)
  await gw.addModels(GARBAGE.map((m) => ({ id: `mock/${m}`, type: 'chat', ...PRICES })))
  const { token } = await gw.issue(['chat'])

  const sent: { requestId: string; model: string; stream: boolean }[] = []
  for (const stream of [false, true]) {
    for (const name of ['gpt-test', ...GARBAGE, 'gpt-test']) {
      const res = await gw.post(CHAT, token, { model: `mock/${name}`, messages, stream })
      t.equal(res.status, 200, `${name} (stream: ${stream}) answers`)
      if (stream) t.equal((await sseData(res)).at(-1), '[DONE]')
      else t.equal((await json(res)).choices[0].message.content, 'Hello from mock')
      sent.push({ requestId: res.headers.get('x-request-id') as string, model: `mock/${name}`, stream })
    }
  }

  const records = await gw.usage()
  t.equal(records.length, sent.length, 'one record per call')
  const byRequest = new Map(records.map((r) => [r.requestId, r]))
  for (const call of sent) {
    const record = byRequest.get(call.requestId)
    const what = `${call.model} (stream: ${call.stream})`
    if (call.model === 'mock/gpt-test') {
      t.match(
        record,
        { promptTokens: 12, completionTokens: 5, cachedTokens: 2, reasoningTokens: 1, cost: '0.0000048000' },
        `${what}: billed exactly as reported`,
      )
      t.equal(record?.estimated, false)
    } else {
      // 36 prompt characters ≈ 9 tokens, "Hello from mock" (15 characters) ≈ 4: 9 × 0.15 + 4 × 0.6 = 3.75 µUSD.
      t.match(
        record,
        { estimated: true, promptTokens: 9, completionTokens: 4, cachedTokens: 0, reasoningTokens: 0 },
        `${what}: estimated instead of the reported counts`,
      )
      t.equal(record?.cost, '0.0000037500', `${what}: a well-formed cost`)
    }
  }
  t.match(
    gw.app.usage.writer.state(),
    { writable: true, pending: 0, deadLettered: 0, dropped: 0, writeErrors: 0 },
    'nothing stuck',
  )
})
