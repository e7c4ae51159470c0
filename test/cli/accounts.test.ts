// The operator CLI and accounts: naming an unknown account never creates it (`hub accounts create` does), the
// default "admin" account is the operator's own, disabling works, and every CLI write is audited as "cli".
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { openDatabase } from '../../lib/db/open.ts'
import { SCOPES } from '../../schemas/tokens.ts'
import { runCli } from '../helpers/run.ts'

t.test('accounts are explicit from the CLI too, and its writes are audited', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'hub-cli-accounts-'))
  const env = { HUB_DATA_DIR: dir, DATABASE_URL: '' }
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))

  const ghost = await runCli(['tokens', 'create', '--name', 'x', '--scopes', 'chat', '--account', 'team'], env)
  t.equal(ghost.code, 1)
  t.match(ghost.stderr, /Account "team" does not exist/)

  const created = await runCli(['accounts', 'create', 'team', '--json'], env)
  t.equal(created.code, 0, created.stderr)
  const account = JSON.parse(created.stdout)
  t.match(account, { name: 'team', disabled: false })

  const token = await runCli(
    ['tokens', 'create', '--name', 'bot', '--scopes', 'all', '--account', 'team', '--json'],
    env,
  )
  t.equal(token.code, 0, token.stderr)
  const plaintext = JSON.parse(token.stdout).token
  t.match(JSON.parse(token.stdout), { account: { id: account.id, name: 'team' }, models: ['*'], expiresAt: null })
  t.same(JSON.parse(token.stdout).scopes, [...SCOPES], '--scopes all: a full admin')

  const disabled = await runCli(['accounts', 'disable', 'team', '--json'], env)
  t.equal(disabled.code, 0, disabled.stderr)
  t.match(JSON.parse(disabled.stdout), { name: 'team', disabled: true })

  const database = await openDatabase({ dataDir: dir })
  t.teardown(() => database.close())
  const events = await database.prisma.auditEvent.findMany({ orderBy: { id: 'asc' } })
  t.same(
    events.map((e) => [e.actorType, e.action, e.targetType]),
    [
      ['cli', 'account.create', 'account'],
      ['cli', 'token.create', 'token'],
      ['cli', 'account.update', 'account'],
    ],
  )
  t.notOk(JSON.stringify(events, (_k, v) => (typeof v === 'bigint' ? String(v) : v)).includes(plaintext))
})
