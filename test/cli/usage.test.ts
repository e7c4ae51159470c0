// `hub usage summary`: requests, tokens and exact cost per model or per token, over the period asked for.
import { randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { openDatabase } from '../../lib/db/open.ts'
import { insertUsage, type UsageEntry } from '../../lib/usage/insert.ts'
import { runCli } from '../helpers/run.ts'

// Every command is a process of its own that opens the embedded database: slow on a busy machine.
t.setTimeout(900_000)

t.test('summary by model and by token', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'hub-cli-usage-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  const env = { HUB_DATA_DIR: dir, DATABASE_URL: '' }

  const created = await runCli(['tokens', 'create', '--name', 'team-a', '--scopes', 'chat', '--json'], env)
  const token = JSON.parse(created.stdout)
  const db = await openDatabase({ dataDir: dir })
  const entry = (model: string, cost: string, daysAgo: number): UsageEntry => ({
    requestId: randomUUID(),
    tokenId: token.id,
    accountId: token.account.id,
    app: null,
    model,
    providerId: null,
    providerName: null,
    credentialId: null,
    endpoint: 'chat.completions',
    promptTokens: 100,
    completionTokens: 10,
    cachedTokens: 0,
    cacheWriteTokens: 0,
    reasoningTokens: 0,
    cost,
    status: 200,
    aborted: false,
    estimated: false,
    errorCode: null,
    latencyMs: 5,
    ttfbMs: null,
    attempts: null,
    createdAt: new Date(Date.now() - daysAgo * 86_400_000),
  })
  await insertUsage(db, [
    entry('openai/gpt-4o', '0.0000000001', 1),
    entry('openai/gpt-4o', '0.0000000002', 2),
    entry('anthropic/claude', '0.5000000000', 3),
    entry('openai/gpt-4o', '9.0000000000', 40),
  ])
  await db.close()

  const byModel = await runCli(['usage', 'summary', '--json'], env)
  t.equal(byModel.code, 0, byModel.stderr)
  t.same(JSON.parse(byModel.stdout).data, [
    { key: 'anthropic/claude', requests: 1, promptTokens: 100, completionTokens: 10, cost: '0.5000000000' },
    { key: 'openai/gpt-4o', requests: 2, promptTokens: 200, completionTokens: 20, cost: '0.0000000003' },
  ])

  const byToken = await runCli(['usage', 'summary', '--by', 'token', '--since', '2w'], env)
  t.equal(byToken.code, 0, byToken.stderr)
  t.match(byToken.stdout, `${token.id} (team-a)  3 requests  300 in  30 out  $0.5000000003`)

  const bad = await runCli(['usage', 'summary', '--since', 'forever'], env)
  t.equal(bad.code, 1)
  t.equal(bad.stderr, 'hub: --since takes a duration such as 12h, 7d or 2w\n')
})
