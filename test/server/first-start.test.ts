// `npm start` on a fresh machine: embedded database, a generated secret kept with mode 0600, the first admin
// token printed once with a curl example, and a clean exit on SIGTERM.
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { startServer } from '../helpers/run.ts'

t.test('first start prints a working admin token once; later starts do not', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'hub-start-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  const env = { HUB_DATA_DIR: dir, DATABASE_URL: '', HUB_SECRET: '' }

  const first = await startServer(env)
  const banner = first.output()
  const token = /(hub_[0-9A-Za-z]{46})/.exec(banner)?.[1]
  t.ok(token, 'the banner shows the token')
  t.match(banner, new RegExp(`curl -H "Authorization: Bearer ${token}" ${first.url}/api/admin/tokens`))
  t.equal(statSync(join(dir, 'secret')).mode & 0o777, 0o600, 'generated secret is private')

  const res = await fetch(`${first.url}/api/admin/tokens`, { headers: { authorization: `Bearer ${token}` } })
  t.equal(res.status, 200)
  const logLines = first
    .output()
    .split('\n')
    .filter((line) => line.startsWith('{'))
  t.ok(logLines.length > 0, 'there are JSON log lines')
  t.notOk(
    logLines.some((line) => line.includes(token as string)),
    'the token is printed, never logged',
  )

  t.equal(await first.stop('SIGTERM'), 0, 'SIGTERM exits cleanly')

  const second = await startServer(env)
  t.notMatch(second.output(), /hub_[0-9A-Za-z]{46}/, 'no new token on a database that has tokens')
  const again = await fetch(`${second.url}/api/admin/tokens`, { headers: { authorization: `Bearer ${token}` } })
  t.equal(again.status, 200, 'the same token still works after a restart (same generated secret)')
  await second.stop()
})
