// An incoming x-request-id is the request's id (echoed, logged, on the usage record) only behind a trusted proxy
// (TRUST_PROXY) and only when it is printable ASCII of at most 128 characters; otherwise Hub makes its own.
import t, { type Test } from 'tap'
import { gateway } from '../helpers/gateway.ts'
import { lastRecord } from '../helpers/usage-record.ts'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

async function chat(t: Test, trustProxy: boolean) {
  const gw = await gateway(t, { TRUST_PROXY: trustProxy })
  const { token } = await gw.issue(['chat'])
  const call = async (requestId?: string) => {
    const headers: Record<string, string> = requestId === undefined ? {} : { 'x-request-id': requestId }
    const res = await gw.post(
      '/v1/chat/completions',
      token,
      { model: 'mock/gpt-test', messages: [{ role: 'user', content: 'hi' }] },
      { headers },
    )
    t.equal(res.status, 200)
    await res.text()
    await gw.app.usage.writer.flush()
    return { echoed: res.headers.get('x-request-id'), recorded: (await lastRecord(gw)).requestId }
  }
  return call
}

t.test('TRUST_PROXY on: a usable x-request-id is kept, echoed and on the usage record', async (t) => {
  const call = await chat(t, true)
  const kept = await call('edge-7f3a:req/42')
  t.same(kept, { echoed: 'edge-7f3a:req/42', recorded: 'edge-7f3a:req/42' })

  for (const bad of ['has space', 'x'.repeat(129), 'tab\there', 'caf\u00e9']) {
    const { echoed, recorded } = await call(bad)
    t.match(echoed, UUID, `${JSON.stringify(bad).slice(0, 20)}: a fresh id instead`)
    t.equal(recorded, echoed)
  }
  const { echoed } = await call()
  t.match(echoed, UUID, 'none sent: a fresh id')
})

t.test('TRUST_PROXY off: any x-request-id is ignored', async (t) => {
  const call = await chat(t, false)
  const { echoed, recorded } = await call('edge-7f3a-req-42')
  t.match(echoed, UUID)
  t.equal(recorded, echoed)
})
