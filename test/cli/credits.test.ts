// The CLI puts an account on credits with a budget and limits, gives a token its own, grants credits (audited as
// "cli") and shows the balance; bad flags are one clear line.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { runCli } from '../helpers/run.ts'

t.test('accounts, tokens and credits from the CLI', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'hub-cli-credits-'))
  const env = { HUB_DATA_DIR: dir, DATABASE_URL: '' }
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))

  const created = await runCli(['accounts', 'create', 'acme', '--billing', 'credits', '--rpm', '60', '--json'], env)
  t.equal(created.code, 0, created.stderr)
  t.match(JSON.parse(created.stdout), { name: 'acme', billingMode: 'credits', rpm: 60, tpm: null, budget: null })

  const set = await runCli(['accounts', 'set', 'acme', '--budget', '10/month', '--rpm', 'none', '--json'], env)
  t.equal(set.code, 0, set.stderr)
  t.match(JSON.parse(set.stdout), { budget: { amount: '10.0000000000', period: 'month' }, rpm: null })

  const token = await runCli(
    ['tokens', 'create', '--name', 'bot', '--scopes', 'chat', '--account', 'acme', '--tpm', '1000', '--json'],
    env,
  )
  t.equal(token.code, 0, token.stderr)
  t.match(JSON.parse(token.stdout), { tpm: 1000, rpm: null, budget: null })

  const grant = await runCli(['credits', 'grant', 'acme', '5.5', '--expires', '30d', '--note', 'trial', '--json'], env)
  t.equal(grant.code, 0, grant.stderr)
  t.match(JSON.parse(grant.stdout), { amount: '5.5000000000', remaining: '5.5000000000', note: 'trial' })
  t.ok(Date.parse(JSON.parse(grant.stdout).expiresAt) > Date.now() + 29 * 86_400_000, 'expires in 30 days')

  const show = await runCli(['credits', 'show', 'acme'], env)
  t.equal(show.code, 0, show.stderr)
  t.match(show.stdout, /^acme \(credits\): balance \$5\.5000000000\n {2}grant .*\$5\.5000000000 of \$5\.5000000000/)
  t.match(show.stdout, /grant\s+5\.5000000000 {2}trial/)

  for (const [args, message] of [
    [['credits', 'grant', 'acme', '--', '-1'], /usage: hub credits grant/],
    [['credits', 'grant', 'acme', '1.00000000001'], /usage: hub credits grant/],
    [['credits', 'grant', 'ghost', '1'], /Account "ghost" does not exist/],
    [['accounts', 'set', 'acme', '--budget', '10/year'], /--budget takes USD\/PERIOD/],
    [['accounts', 'set', 'acme', '--rpm', '0'], /--rpm takes a positive integer/],
  ] as const) {
    const res = await runCli([...args], env)
    t.equal(res.code, 1, args.join(' '))
    t.match(res.stderr, message)
  }
})
