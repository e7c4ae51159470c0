// Settings: HUB_SECRET_FILE supplies the secret (Docker secrets), and a bad setting is a ConfigError whose one-line
// message names the setting and never its value.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { ConfigError, loadConfig } from '../../lib/config.ts'

t.test('HUB_SECRET_FILE is read, without its trailing newline', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'hub-config-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  const file = join(dir, 'hub_secret')
  const secret = 's3cret-from-a-docker-secret-file-0123456789'
  writeFileSync(file, `${secret}\n`)
  t.equal(loadConfig({}, { HUB_SECRET_FILE: file }).HUB_SECRET, secret)
  // An empty variable is "not set", as for every other setting.
  t.equal(loadConfig({}, { HUB_SECRET_FILE: '', HUB_SECRET: secret }).HUB_SECRET, secret)
})

t.test('bad settings are ConfigErrors naming the setting', async (t) => {
  t.throws(() => loadConfig({}, { PORT: '70000' }), new ConfigError('invalid setting PORT: must be <= 65535'))
  const err = t.throws(() => loadConfig({}, { HUB_SECRET: 'short-and-secret' })) as Error
  t.type(err, ConfigError)
  t.match(err.message, /^invalid setting HUB_SECRET: must NOT have fewer than 32 characters$/)
  t.notMatch(err.message, /short-and-secret/)
})
