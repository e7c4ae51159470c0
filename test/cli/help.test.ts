// `hub --help` lists every command group and exits 0; a bad setting or a bad flag is one line on stderr and a
// non-zero exit, never a stack trace.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { runCli } from '../helpers/run.ts'

// Every command is a process of its own that opens the embedded database: slow on a busy machine.
t.setTimeout(900_000)

const oneLine = (stderr: string) => stderr.trim().split('\n')

t.test('--help', async (t) => {
  const res = await runCli(['--help'], {})
  t.equal(res.code, 0)
  t.equal(res.stderr, '')
  for (const group of ['tokens', 'providers', 'credentials', 'models', 'usage'])
    t.match(res.stdout, new RegExp(`hub ${group} `), `documents hub ${group}`)
  t.match(res.stdout, /hub tokens rotate ID/)
})

t.test('a bad setting is one line naming it, exit 1', async (t) => {
  const res = await runCli(['tokens', 'list'], { PORT: 'abc', DATABASE_URL: '' })
  t.equal(res.code, 1)
  t.same(oneLine(res.stderr), ['hub: invalid setting PORT: must be integer'])
  t.notMatch(res.stderr, /\n\s+at /, 'no stack trace')
})

t.test('HUB_SECRET_FILE: unreadable, too short, or given with HUB_SECRET', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'hub-secret-file-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  const short = join(dir, 'short')
  writeFileSync(short, 'too-short\n')
  const env = { HUB_DATA_DIR: dir, DATABASE_URL: '', HUB_SECRET: '' }

  const missing = await runCli(['tokens', 'list'], { ...env, HUB_SECRET_FILE: join(dir, 'absent') })
  t.equal(missing.code, 1)
  t.same(oneLine(missing.stderr), [`hub: HUB_SECRET_FILE ${join(dir, 'absent')} cannot be read (ENOENT)`])

  const tooShort = await runCli(['tokens', 'list'], { ...env, HUB_SECRET_FILE: short })
  t.equal(tooShort.code, 1)
  t.match(
    tooShort.stderr,
    /^hub: invalid setting HUB_SECRET \(read from HUB_SECRET_FILE\): must NOT have fewer than 32/,
  )
  t.notMatch(tooShort.stderr, /too-short/, 'the secret is never echoed')

  const both = await runCli(['tokens', 'list'], { ...env, HUB_SECRET: 'x'.repeat(40), HUB_SECRET_FILE: short })
  t.same(oneLine(both.stderr), ['hub: set HUB_SECRET or HUB_SECRET_FILE, not both'])
})

t.test('an unknown flag is a usage error, exit 2', async (t) => {
  const res = await runCli(['tokens', 'list', '--bogus'], { DATABASE_URL: '' })
  t.equal(res.code, 2)
  t.match(res.stderr, /^hub: Unknown option '--bogus'/)
  t.match(res.stderr, /see hub --help/)
})
