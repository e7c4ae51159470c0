// SIGTERM on a real server process: it stops accepting, lets in-flight streams finish within the grace period,
// cuts the ones that outlive it, writes every usage record, and exits cleanly.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { TEST_SECRET } from '../helpers/build.ts'
import { json, PRICES, sseData } from '../helpers/gateway.ts'
import { startMockOpenAI } from '../helpers/mock-openai.ts'
import { type RunningServer, startServer } from '../helpers/run.ts'

const messages = [{ role: 'user', content: 'hi' }]

async function setup(server: RunningServer, token: string, mockUrl: string) {
  const post = (path: string, body: unknown) =>
    fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }).then(json)
  const provider = await post('/api/admin/providers', { name: 'mock', type: 'openai', baseUrl: mockUrl })
  await post(`/api/admin/providers/${provider.id}/credentials`, { name: 'k', apiKey: 'sk-mock-shutdown-test-key' })
  for (const name of ['slow', 'hang']) await post('/api/admin/models', { id: `mock/${name}`, type: 'chat', ...PRICES })
}

t.test('graceful shutdown: in-flight streams finish, late ones are cut, usage is flushed', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'hub-shutdown-'))
  const mock = await startMockOpenAI({ slowMs: 800 })
  t.teardown(async () => {
    await mock.close()
    rmSync(dir, { recursive: true, force: true })
  })
  const env = {
    HUB_DATA_DIR: dir,
    DATABASE_URL: '',
    HUB_SECRET: TEST_SECRET,
    SHUTDOWN_GRACE_MS: '2000',
    USAGE_FLUSH_MS: '60000', // nothing is written before shutdown unless shutdown writes it
  }
  const server = await startServer(env)
  const token = /(hub_[0-9A-Za-z]{46})/.exec(server.output())?.[1] as string
  await setup(server, token, mock.url)

  const chat = (model: string) =>
    fetch(`${server.url}/api/v2/chat/completions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ model, messages, stream: true }),
    })
  const finishing = chat('mock/slow') // answers after 800 ms, well inside the grace period
  const hanging = chat('mock/hang') // never ends on its own
  await new Promise((r) => setTimeout(r, 200))
  const started = Date.now()
  const exited = server.stop('SIGTERM')

  await new Promise((r) => setTimeout(r, 100))
  await t.rejects(chat('mock/slow'), 'no new connections once shutting down')

  const done = await finishing
  t.equal(done.status, 200)
  t.equal((await sseData(done)).at(-1), '[DONE]', 'the in-flight stream finished')
  const cut = await sseData(await hanging)
  t.match(JSON.parse(cut.at(-1) as string), { error: { code: String } }, 'the stream past the grace period is cut')
  t.equal(await exited, 0, 'exit code 0')
  t.ok(Date.now() - started < 6_000, 'within the grace period')

  const again = await startServer(env)
  t.teardown(() => again.stop())
  const usage = await json(
    await fetch(`${again.url}/api/admin/usage`, { headers: { authorization: `Bearer ${token}` } }),
  )
  const byModel = Object.fromEntries(usage.data.map((r: { model: string }) => [r.model, r]))
  t.match(byModel['mock/slow'], { status: 200, aborted: false, promptTokens: 12, completionTokens: 5 })
  t.match(byModel['mock/hang'], { aborted: true, estimated: true })
  t.equal(usage.data.length, 2, 'both calls were recorded, once')
})
