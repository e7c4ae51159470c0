// Request logging that can stay on at full rate: one line per request (method, URL with its query names only
// and no values, status, ms, request id), none for the health and readiness probes.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { startServer } from '../helpers/run.ts'

t.test('one log line per request, probes silent', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'hub-log-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  const server = await startServer({ HUB_DATA_DIR: dir, DATABASE_URL: '', HUB_SECRET: '' }, 300_000)
  t.teardown(() => server.stop())
  const token = /(hub_[0-9A-Za-z]{46})/.exec(server.output())?.[1]
  t.ok(token, 'the banner shows the admin token')

  t.equal((await fetch(`${server.url}/health`)).status, 200)
  t.equal((await fetch(`${server.url}/ready`)).status, 200)
  const res = await fetch(`${server.url}/api/admin/tokens?limit=5&note=do-not-log`, {
    headers: { authorization: `Bearer ${token}` },
  })
  t.equal(res.status, 200)
  const requestId = res.headers.get('x-request-id')
  // A second call, so the first one's line has surely been written.
  await fetch(`${server.url}/api/admin/tokens`, { headers: { authorization: `Bearer ${token}` } })

  const lines = server
    .output()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>)
  const mine = lines.filter((line) => line.reqId === requestId)
  t.equal(mine.length, 1, 'exactly one line for the request')
  t.match(mine[0], { level: 30, method: 'GET', url: '/api/admin/tokens?limit=…&note=…', status: 200, ms: Number })
  t.notOk(
    lines.some((line) => JSON.stringify(line).includes('do-not-log')),
    'the query string is not logged',
  )
  t.notOk(
    lines.some((line) => /\/(health|ready)\b/.test(JSON.stringify(line))),
    'probes are not logged',
  )
})
