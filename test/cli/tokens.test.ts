// The operator CLI on the embedded database: create prints one JSON object with the plaintext token, list,
// revoke and rotate work (the server takes the rotated secret), bad flags are explained, and a database held by a
// running server is refused clearly.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { runCli, startServer } from '../helpers/run.ts'

// Every command is a process of its own that opens the embedded database: slow on a busy machine.
t.setTimeout(900_000)

const embedded = () => {
  const dir = mkdtempSync(join(tmpdir(), 'hub-cli-'))
  // DATABASE_URL unset: the CLI must use the embedded database in HUB_DATA_DIR.
  return { dir, env: { HUB_DATA_DIR: dir, DATABASE_URL: '' } }
}

t.test('tokens create / list / revoke', async (t) => {
  const { dir, env } = embedded()
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))

  const created = await runCli(
    [
      'tokens',
      'create',
      '--name',
      'ops',
      '--scopes',
      'admin,chat',
      '--models',
      'openai/*',
      '--expires-in',
      '30d',
      '--json',
    ],
    env,
  )
  t.equal(created.code, 0, created.stderr)
  const token = JSON.parse(created.stdout)
  t.match(token, { name: 'ops', scopes: ['admin', 'chat'], models: ['openai/*'], account: { name: 'admin' } })
  t.match(token.token, /^hub_[0-9A-Za-z]{46}$/)
  const days = (Date.parse(token.expiresAt) - Date.now()) / 86_400_000
  t.ok(days > 29.9 && days <= 30, 'expires in 30 days')

  const listed = await runCli(['tokens', 'list', '--json'], env)
  t.equal(listed.code, 0, listed.stderr)
  const list = JSON.parse(listed.stdout)
  t.equal(list.length, 1)
  t.equal(list[0].id, token.id)
  t.notOk(listed.stdout.includes(token.token), 'list never prints a secret')

  const revoked = await runCli(['tokens', 'revoke', token.id, '--json'], env)
  t.equal(revoked.code, 0, revoked.stderr)
  t.type(JSON.parse(revoked.stdout).revokedAt, 'string')
})

t.test('bad flags are explained, not crashed on', async (t) => {
  const { dir, env } = embedded()
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  const noScopes = await runCli(['tokens', 'create', '--name', 'x'], env)
  t.equal(noScopes.code, 1)
  t.match(noScopes.stderr, /--scopes is required/)
  const badScope = await runCli(['tokens', 'create', '--name', 'x', '--scopes', 'root'], env)
  t.match(badScope.stderr, /unknown scope\(s\): root/)
  const badExpiry = await runCli(['tokens', 'create', '--name', 'x', '--scopes', 'chat', '--expires-in', 'soon'], env)
  t.match(badExpiry.stderr, /--expires-in takes a duration/)
  const usage = await runCli(['frobnicate'], env)
  t.equal(usage.code, 2)
  t.match(usage.stderr, /unknown command "frobnicate"/)
  t.match(usage.stderr, /Usage:/)
})

t.test('tokens rotate: the server takes the new secret and refuses the old one', async (t) => {
  const { dir, env } = embedded()
  const created = await runCli(['tokens', 'create', '--name', 'ops', '--scopes', 'admin', '--json'], env)
  const before = JSON.parse(created.stdout)
  const rotated = await runCli(['tokens', 'rotate', before.id, '--json'], env)
  t.equal(rotated.code, 0, rotated.stderr)
  const after = JSON.parse(rotated.stdout)
  t.equal(after.id, before.id, 'same token id')
  t.match(after.token, /^hub_[0-9A-Za-z]{46}$/)
  t.not(after.token, before.token, 'a new secret')
  const badId = await runCli(['tokens', 'rotate', 'nope'], env)
  t.equal(badId.code, 1)
  t.match(badId.stderr, /usage: hub tokens rotate ID/)

  const server = await startServer({ ...env, BOOTSTRAP_ADMIN: 'false' })
  t.teardown(async () => {
    await server.stop()
    rmSync(dir, { recursive: true, force: true })
  })
  const call = (token: string) =>
    fetch(`${server.url}/api/admin/tokens`, { headers: { authorization: `Bearer ${token}` } })
  t.equal((await call(after.token)).status, 200, 'the rotated secret works')
  t.equal((await call(before.token)).status, 401, 'the old secret does not')

  // While the server holds the embedded database, the CLI refuses clearly.
  const res = await runCli(['tokens', 'list'], env)
  t.equal(res.code, 1)
  t.match(res.stderr, /in use by another Hub process/)
  t.match(res.stderr, /DATABASE_URL/)
})
