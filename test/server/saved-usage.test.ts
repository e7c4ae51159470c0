// Usage records saved under HUB_DATA_DIR at a shutdown during a database outage are written at the next start;
// a file cut short is set aside (renamed *.unreadable) without stopping the start.
import { randomUUID } from 'node:crypto'
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { bearer, build } from '../helpers/build.ts'

t.test('saved records are written at start; an unreadable file is set aside', async (t) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'hub-saved-'))
  t.teardown(() => rmSync(dataDir, { recursive: true, force: true }))
  const dir = join(dataDir, 'usage-unwritten')
  mkdirSync(dir)
  const record = (requestId: string) => ({
    requestId,
    tokenId: randomUUID(),
    accountId: randomUUID(),
    app: null,
    model: 'mock/gpt-test',
    providerId: null,
    providerName: 'mock',
    credentialId: null,
    endpoint: 'chat.completions',
    promptTokens: 12,
    completionTokens: 5,
    cachedTokens: 0,
    reasoningTokens: 0,
    cost: '0.0000048000',
    status: 200,
    aborted: false,
    estimated: false,
    errorCode: null,
    latencyMs: 20,
    ttfbMs: 5,
    attempts: null,
    createdAt: '2026-12-01T10:00:00.000Z',
  })
  writeFileSync(join(dir, '2026-12-01T10-00-00-000Z-1.json'), JSON.stringify([record('saved-1'), record('saved-2')]))
  writeFileSync(join(dir, '2026-12-01T10-00-01-000Z-2.json'), '[{"requestId":"cut-sh')

  const { app, adminToken } = await build(t, { HUB_DATA_DIR: dataDir })
  const res = await app.inject({ url: '/api/admin/usage', headers: bearer(adminToken) })
  t.equal(res.statusCode, 200)
  const data = res.json().data as { requestId: string; createdAt: string }[]
  t.same(data.map((r) => r.requestId).sort(), ['saved-1', 'saved-2'])
  t.equal(data[0].createdAt, '2026-12-01T10:00:00.000Z', 'as they were recorded')
  t.same(readdirSync(dir), ['2026-12-01T10-00-01-000Z-2.json.unreadable'], 'written file removed, the other set aside')
})
