// A token in the URL is refused (400 credentials_in_url) before anything uses it, and no query value is ever
// written to the log: the server runs as an operator runs it, and its log output is read back.
import { randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { startServer } from '../helpers/run.ts'

t.test('credentials in a query string: refused, and never logged', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'hub-url-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  // A generous start-up timeout: this machine may be busy.
  const server = await startServer({ HUB_DATA_DIR: dir, DATABASE_URL: '', HUB_SECRET: '' }, 240_000)
  t.teardown(() => server.stop())
  const token = /(hub_[0-9A-Za-z]{46})/.exec(server.output())?.[1] as string
  t.ok(token, 'the bootstrap token')
  const auth = { authorization: `Bearer ${token}` }
  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${server.url}${path}`, { headers })

  const refused = [
    ['/api/v2/models?access_token=', token, 'hub'],
    ['/api/v2/models?limit=1&API-KEY=', 'sk-abc', 'hub'],
    ['/v1/models?key=', 'sk-abc', 'openai'],
    ['/api/admin/usage?model=', token, 'hub'],
    ['/api/admin/usage?token=', token, 'hub'],
  ] as const
  for (const [path, value, surface] of refused) {
    // With a valid header too: the credential in the URL is refused all the same.
    const res = await get(`${path}${encodeURIComponent(value)}`, auth)
    t.equal(res.status, 400, path)
    const text = await res.text()
    t.notOk(text.includes(value), `${path}: the value is not echoed`)
    const body = JSON.parse(text)
    if (surface === 'openai') t.match(body, { error: { code: 'credentials_in_url', type: 'invalid_request_error' } })
    else t.match(body, { error: 'Bad Request', code: 'credentials_in_url', message: /Authorization: Bearer/ })
  }

  const byId = await get(`/api/admin/usage?token=${randomUUID()}&limit=5`, auth)
  t.equal(byId.status, 200, 'a token id (a UUID) is no credential')
  t.equal((await get(`/${token}`)).status, 404)
  t.equal((await get('/nothing-here?last=1')).status, 404)

  // The log arrives through a pipe: wait for the last request's line before reading it.
  for (let i = 0; i < 300 && !server.output().includes('/nothing-here?last=…'); i++)
    await new Promise((r) => setTimeout(r, 100))
  const lines = server
    .output()
    .split('\n')
    .filter((line) => line.startsWith('{'))
  const urls = lines.map((line) => JSON.parse(line).url).filter(Boolean)
  t.ok(urls.includes('/api/admin/usage?token=…&limit=…'), 'query names are logged, their values are not')
  t.ok(urls.includes('/hub_[redacted]'), 'a token in the path is redacted')
  t.notOk(
    lines.some((line) => line.includes(token) || line.includes('sk-abc')),
    'no credential in any log line',
  )
})
