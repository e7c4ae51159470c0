// A usage record the database refuses does not take its batch down: the others are written, the refused one
// is kept in UsageDeadLetter with the database's error (listed for admins), and the writer is not stuck.
import t from 'tap'
import { bearer } from '../../../helpers/build.ts'
import { gateway, json } from '../../../helpers/gateway.ts'

const CHAT = '/api/v2/chat/completions'
const messages = [{ role: 'user', content: 'hi' }]

t.test('a refused record goes to the dead letters; the rest of its batch is written', async (t) => {
  // One batch for everything: nothing is written before the admin reads usage.
  const gw = await gateway(t, { USAGE_BATCH_SIZE: 500 })
  // A price at the API's maximum and a provider reporting 20 million prompt tokens (credible counts): the
  // cost, 20 000 000 000 USD, does not fit the cost column (numeric(20,10)) and PostgreSQL refuses the row.
  await gw.addModels([{ id: 'mock/usage-large', type: 'chat', inputPrice: '999999999', outputPrice: '0' }])
  const { token } = await gw.issue(['chat'])

  const billed: string[] = []
  let refused = ''
  for (const model of ['gpt-test', 'gpt-test', 'usage-large', 'gpt-test', 'gpt-test', 'gpt-test']) {
    const res = await gw.post(CHAT, token, { model: `mock/${model}`, messages })
    t.equal(res.status, 200, `${model} answers`)
    const requestId = res.headers.get('x-request-id') as string
    if (model === 'usage-large') refused = requestId
    else billed.push(requestId)
  }
  t.equal(gw.app.usage.writer.state().pending, 6, 'all six are waiting in one batch')

  const records = await gw.usage()
  t.same(records.map((r) => r.requestId).sort(), [...billed].sort(), 'the five others are written')
  for (const r of records) t.match(r, { promptTokens: 12, completionTokens: 5, cost: '0.0000048000' })

  const res = await fetch(`${gw.url}/api/admin/usage/dead-letters`, { headers: bearer(gw.adminToken) })
  t.equal(res.status, 200)
  const { data, nextCursor } = await json(res)
  t.equal(data.length, 1, 'one dead letter')
  t.equal(nextCursor, null)
  t.match(data[0], {
    requestId: refused,
    code: '22003',
    error: /numeric field overflow/,
    record: { requestId: refused, model: 'mock/usage-large', promptTokens: 20_000_000, cost: '19999999980.0000000000' },
  })
  t.match(
    gw.app.usage.writer.state(),
    { writable: true, pending: 0, deadLettered: 1, dropped: 0, writeErrors: 0 },
    'nothing stuck',
  )

  const forbidden = await fetch(`${gw.url}/api/admin/usage/dead-letters`, { headers: bearer(token) })
  t.equal(forbidden.status, 403, 'dead letters are for admins only')

  // Later records are not held back by the refused one.
  const later = await gw.post(CHAT, token, { model: 'mock/gpt-test', messages })
  t.equal(later.status, 200)
  t.equal((await gw.usage()).length, 6, 'the next call is written too')
  t.equal(
    (await json(await fetch(`${gw.url}/api/admin/usage/dead-letters`, { headers: bearer(gw.adminToken) }))).data.length,
    1,
  )
})
