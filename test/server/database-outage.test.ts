// PostgreSQL goes away mid-load and comes back (a TCP proxy between Hub and 127.0.0.1:5432 is cut and
// restored): calls keep answering, /ready answers 503 while usage cannot be written, and once the database is
// back every record of the load is in it. At a shutdown during an outage, the records left are saved under
// HUB_DATA_DIR and written by the next start. Runs on real PostgreSQL even when the suite runs on PGlite.
import { randomBytes } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import t, { type Test } from 'tap'
import type { OpenDatabaseOptions } from '../../lib/db/open.ts'
import { gateway, json } from '../helpers/gateway.ts'
import { listeningHub } from '../helpers/listening-hub.ts'
import { startTcpProxy, type TcpProxy } from '../helpers/tcp-proxy.ts'

const POSTGRES = { host: '127.0.0.1', port: 5432 }
const ADMIN_URL = `postgresql://postgres@${POSTGRES.host}:${POSTGRES.port}/test`
const CHAT = '/api/v2/chat/completions'
const messages = [{ role: 'user', content: 'hi' }]
const config = {
  USAGE_FLUSH_MS: 20,
  USAGE_BATCH_SIZE: 10,
  USAGE_MAX_RETRY_MS: 200,
  // Calls go on during the outage with the tokens verified before it (within TOKEN_CACHE_MS).
  TOKEN_CACHE_MS: 600_000,
}

async function unreachable(): Promise<string | null> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 3_000 })
  try {
    await client.connect()
    await client.end()
    return null
  } catch (err) {
    return `PostgreSQL is not reachable on ${POSTGRES.host}:${POSTGRES.port} (${(err as Error).message})`
  }
}

/** A schema of its own in the `test` database, reached through a proxy the test can cut. */
async function proxiedDatabase(t: Test): Promise<{ proxy: TcpProxy; options: OpenDatabaseOptions }> {
  const proxy = await startTcpProxy(POSTGRES)
  const schema = `outage_${randomBytes(6).toString('hex')}`
  t.teardown(async () => {
    await proxy.close()
    const client = new pg.Client({ connectionString: ADMIN_URL })
    await client.connect()
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`)
    await client.end()
  })
  const url = `postgresql://postgres@127.0.0.1:${proxy.port}/test`
  return { proxy, options: { databaseUrl: url, dataDir: 'memory://', schema } }
}

/** Waits for a condition the test cannot be told about (polled); fails after `tries` rounds. */
async function until(what: string, check: () => boolean | Promise<boolean>, tries = 1_500): Promise<void> {
  for (let i = 0; i < tries; i++) {
    if (await check()) return
    await new Promise((r) => setTimeout(r, 20))
  }
  throw new Error(`gave up waiting until ${what}`)
}

const skip = (await unreachable()) ?? false

t.test('database cut and restored mid-load: calls answer, /ready says 503, every record lands', { skip }, async (t) => {
  const { proxy, options } = await proxiedDatabase(t)
  const gw = await gateway(t, config, { databaseOptions: options })
  const { token } = await gw.issue(['chat'])
  const ready = async () => (await fetch(`${gw.url}/ready`)).status
  // A second token, used once before the outage and once during it: that last use must not be forgotten.
  const quiet = await gw.issue(['chat'])
  const lastUsedAt = async () =>
    (await json(await gw.get(`/api/admin/tokens/${quiet.id}`, gw.adminToken))).lastUsedAt as string | null
  const first = await gw.post(CHAT, quiet.token, { model: 'mock/gpt-test', messages })
  await first.text()
  await until('lastUsedAt is written', async () => (await lastUsedAt()) !== null)
  let quietUsedWhileCut = ''

  const total = 120
  let started = 0
  const requestIds = [first.headers.get('x-request-id') as string]
  const statuses: number[] = []
  let readyWhileCut = 0
  // Four clients calling all along; the database goes at the 30th call and comes back at the 80th.
  async function client(): Promise<void> {
    while (started < total) {
      const n = ++started
      if (n === 30) proxy.cut()
      if (n === 80) {
        await until('the writer has met the outage', () => !gw.app.usage.writer.state().writable)
        readyWhileCut = await ready()
        quietUsedWhileCut = new Date().toISOString()
        const res = await gw.post(CHAT, quiet.token, { model: 'mock/gpt-test', messages })
        statuses.push(res.status)
        requestIds.push(res.headers.get('x-request-id') as string)
        await res.text()
        // Let the lastUsedAt flush (every USAGE_FLUSH_MS) fail a few times against the cut database.
        await new Promise((r) => setTimeout(r, 300))
        proxy.restore()
      }
      const res = await gw.post(CHAT, token, { model: 'mock/gpt-test', messages })
      statuses.push(res.status)
      requestIds.push(res.headers.get('x-request-id') as string)
      await res.text()
    }
  }
  await Promise.all([client(), client(), client(), client()])

  t.same(new Set(statuses), new Set([200]), 'every call answered 200, during the outage too')
  t.equal(readyWhileCut, 503, '/ready answered 503 while the database was cut')
  await until('/ready passes again', async () => (await ready()) === 200)
  const records = await gw.usage()
  t.equal(records.length, total + 2, 'every call of the load is recorded')
  t.same(records.map((r) => r.requestId).sort(), requestIds.sort(), 'each exactly once')
  t.match(gw.app.usage.writer.state(), { writable: true, pending: 0, dropped: 0 })
  await until('lastUsedAt catches up', async () => ((await lastUsedAt()) ?? '') >= quietUsedWhileCut)
  t.pass('the use during the outage reached lastUsedAt')
})

t.test('shutdown during an outage: the records left are saved and written at the next start', { skip }, async (t) => {
  const { proxy, options } = await proxiedDatabase(t)
  const dataDir = mkdtempSync(join(tmpdir(), 'hub-outage-'))
  t.teardown(() => rmSync(dataDir, { recursive: true, force: true }))
  const gw = await gateway(t, { ...config, HUB_DATA_DIR: dataDir }, { databaseOptions: options })
  const { token } = await gw.issue(['chat'])
  const call = async () => {
    const res = await gw.post(CHAT, token, { model: 'mock/gpt-test', messages })
    t.equal(res.status, 200)
    await res.text()
  }
  for (let i = 0; i < 5; i++) await call()
  await until('the first calls are written', () => gw.app.usage.writer.state().pending === 0)
  proxy.cut()
  for (let i = 0; i < 7; i++) await call()
  await gw.app.close()

  const saved = readdirSync(join(dataDir, 'usage-unwritten'))
  t.equal(saved.length, 1, 'one file saved at shutdown')
  t.equal(JSON.parse(readFileSync(join(dataDir, 'usage-unwritten', saved[0]), 'utf8')).length, 7)

  proxy.restore()
  const next = await listeningHub(t, { ...config, HUB_DATA_DIR: dataDir }, { databaseOptions: options })
  t.same(readdirSync(join(dataDir, 'usage-unwritten')), [], 'the saved file is gone once written')
  const records = (await next.usage()).filter((r) => r.model === 'mock/gpt-test')
  t.equal(records.length, 12, 'the 5 written before and the 7 saved at shutdown')
})

t.test('a long outage: the buffer is bounded, the oldest records are dropped and counted', { skip }, async (t) => {
  const { proxy, options } = await proxiedDatabase(t)
  const gw = await gateway(t, { ...config, USAGE_MAX_BUFFERED: 20 }, { databaseOptions: options })
  const { token } = await gw.issue(['chat'])
  // Verified (and cached) before the outage.
  await (await gw.post(CHAT, token, { model: 'mock/gpt-test', messages })).text()
  await until('the first call is written', () => gw.app.usage.writer.state().pending === 0)
  proxy.cut()
  const requestIds: string[] = []
  for (let i = 0; i < 30; i++) {
    const res = await gw.post(CHAT, token, { model: 'mock/gpt-test', messages })
    t.equal(res.status, 200)
    requestIds.push(res.headers.get('x-request-id') as string)
    await res.text()
    if (i === 0) await until('the writer has met the outage', () => !gw.app.usage.writer.state().writable)
  }
  t.match(gw.app.usage.writer.state(), { writable: false, pending: 20, dropped: 10 }, 'memory stays bounded')
  proxy.restore()
  await until('/ready passes again', async () => (await fetch(`${gw.url}/ready`)).status === 200)
  const records = await gw.usage()
  t.equal(records.length, 21, 'the call before the outage and the newest 20')
  // Which 20 of the 30 stay depends on whether a write attempt was in flight when the buffer filled (it keeps its
  // records); what is certain: 20 of the outage's calls land, each once, and the 10 others are counted as dropped.
  const landed = records.filter((r) => requestIds.includes(r.requestId as string))
  t.equal(landed.length, 20, '20 of the outage calls are written')
  t.equal(new Set(records.map((r) => r.requestId)).size, 21, 'each once')
})
