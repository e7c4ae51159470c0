// `npm run bench`: what Hub costs over going straight to the upstream and over a bare proxy written as fast as
// Node allows, measured in one run against the local OpenAI mock, for Hub as it ships (the `start` script,
// default settings: info logs, the embedded PGlite in a fresh data directory) and for Hub on PostgreSQL.
// A benchmark, not a test: it always exits 0.
// Durations: BENCH_SECONDS per measurement (default 6), BENCH_WARMUP_SECONDS (default 3), BENCH_STREAM_CALLS
// streaming calls per target (default 500). BENCH_DATABASE_URL: the PostgreSQL server to create a throwaway
// database on (default postgresql://postgres@127.0.0.1:5432/postgres; "none" skips it). BENCH_CPU_PROF=<dir>
// writes CPU profiles of the Hub processes there (<pid>.cpuprofile), to see where their time goes.

import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { arch, cpus, loadavg, platform, tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { PGlite } from '@electric-sql/pglite'
import pg from 'pg'
import { startHub } from './hub-process.ts'
import { type Client, client, rotate, type Target, type Throughput, throughput } from './measure.ts'
import { type Child, spawnServer } from './processes.ts'
import { type HubRun, report } from './report.ts'
import { setupHub, setupLimitedToken, setupRouting } from './setup-hub.ts'

const SECONDS = Number(process.env.BENCH_SECONDS) || 6
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS) || 3
const STREAM_CALLS = Number(process.env.BENCH_STREAM_CALLS) || 500
const PG_SERVER = process.env.BENCH_DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/postgres'
const CONCURRENCY = 50
/** Hub's default USAGE_FLUSH_MS, plus slack: CPU used after this much idle time is a burn. */
const FLUSH_MS = 1000
const AFTER_LOAD_MS = 5000
/** When RSS is read: Hub collects 2–4 s into an idle spell and gives the young generation back 6–8 s in. */
const SETTLED_MS = 10_000
// The mock only checks for a Bearer sk- key; a constant here keeps Hub's modules out of the client process.
const MOCK_KEY = 'sk-mock-0123456789abcdefghijklmnopqrstuvwxyz'

const cpu = cpus()
console.log(
  `Hub benchmark — Node ${process.version}, ${cpu[0]?.model ?? 'unknown CPU'} × ${cpu.length}, ${platform()} ${arch()}, ` +
    `load average ${loadavg()[0]!.toFixed(2)} at start`,
)
console.log(
  `Mock upstream, bare proxy and Hub each run in their own process; this process is the client. ` +
    `${SECONDS} s per measurement, ${WARMUP_SECONDS} s warm-up.\n`,
)

const children: Child<unknown>[] = []
let clients: Client[] = []
const cleanups: (() => Promise<unknown>)[] = []
try {
  const mock = await spawnServer<{ url: string }>('./mock-server.ts')
  children.push(mock)
  const bare = await spawnServer<{ url: string }>('./bare-proxy.ts', [mock.info.url])
  children.push(bare)
  const floor = await spawnServer<{ url: string }>('./fastify-proxy.ts', [mock.info.url])
  children.push(floor)
  const baseline = await spawnServer<{ rssMb: number }>('./pglite-baseline.ts')
  await baseline.stop()
  log(`bare PGlite with a small table: RSS ${baseline.info.rssMb.toFixed(0)} MB`)

  const direct: Target = {
    name: 'direct (mock)',
    url: `${mock.info.url}/chat/completions`,
    authorization: `Bearer ${MOCK_KEY}`,
    model: 'gpt-test',
  }
  const bareTarget: Target = { ...direct, name: 'bare proxy', url: `${bare.info.url}/v1/chat/completions` }
  const floorTarget: Target = { ...direct, name: 'Fastify floor', url: `${floor.info.url}/v1/chat/completions` }

  const configs: { name: string; env: () => Promise<Record<string, string>> }[] = [
    { name: 'Hub as shipped (PGlite)', env: async () => ({}) },
  ]
  if (PG_SERVER !== 'none') configs.push({ name: 'Hub on PostgreSQL', env: () => freshDatabase(PG_SERVER) })

  const runs: HubRun[] = []
  for (const config of configs) {
    const dataDir = await mkdtemp(join(tmpdir(), 'hub-bench-'))
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }))
    const env: Record<string, string> = { HUB_DATA_DIR: dataDir, ...(await config.env()) }
    // --cpu-prof is not allowed in NODE_OPTIONS; an --import that drives the inspector is.
    if (process.env.BENCH_CPU_PROF) env.NODE_OPTIONS = `--import=${join(import.meta.dirname, 'cpu-profile.mjs')}`
    log(`${config.name}: starting (npm start's script, log in ${dataDir}/hub.log)`)
    const hub = await startHub(env, join(dataDir, 'hub.log'))
    cleanups.push(() => hub.stop())
    const token = await setupHub(hub, mock.info.url, MOCK_KEY)
    const limitedToken = await setupLimitedToken(hub)
    const routedModel = await setupRouting(hub, mock.info.url, MOCK_KEY)
    const hubTarget: Target = {
      name: config.name,
      url: `${hub.url}/api/v2/chat/completions`,
      authorization: `Bearer ${token}`,
      model: 'mock/gpt-test',
    }
    const targets: Target[] = [
      direct,
      bareTarget,
      hubTarget,
      { ...hubTarget, name: `${config.name}, limits on`, authorization: `Bearer ${limitedToken}` },
      { ...hubTarget, name: `${config.name}, routing on`, model: routedModel },
      // Last in the tables (the report reads Hub at index 2), but measured before Hub (see `order` below).
      floorTarget,
    ]
    // Hub's targets go last, so the after-load window below starts when its load stops (a stable sort keeps the
    // rest in table order).
    const isHub = (i: number) => targets[i]!.url.startsWith(hub.url)
    const order = [...targets.keys()].sort((a, b) => Number(isHub(a)) - Number(isHub(b)))
    clients = targets.map(client)
    // Fail loudly on a misconfigured target rather than timing error answers.
    for (const c of clients) {
      await c.time(false)
      await c.time(true)
    }
    log(`warming up (${WARMUP_SECONDS} s)`)
    await rotate(clients, false, { seconds: (WARMUP_SECONDS * 2) / 3 })
    await rotate(clients, true, { seconds: WARMUP_SECONDS / 3 })
    log(`latency at concurrency 1 (${SECONDS} s)`)
    const latency = await rotate(clients, false, { seconds: SECONDS })
    log(`streaming time to first byte (${STREAM_CALLS} calls each)`)
    const ttfb = await rotate(clients, true, { calls: STREAM_CALLS })
    await Promise.all(clients.map((c) => c.close()))
    clients = []

    // Alternating short rounds rather than one long run per target, so background load that comes and goes
    // weighs on every target alike.
    const rounds = Math.max(1, Math.round(SECONDS / 2))
    log(`throughput at concurrency ${CONCURRENCY} (1 s warm-up each, then ${rounds} rounds of ${SECONDS / rounds} s)`)
    for (const i of order) await throughput(targets[i]!, CONCURRENCY, 1)
    const rps = targets.map((): Throughput[] => [])
    for (let round = 0; round < rounds; round++) {
      for (const i of order) rps[i]!.push(await throughput(targets[i]!, CONCURRENCY, SECONDS / rounds))
    }
    const loadStopped = hub.usage()
    await sleep(FLUSH_MS + 500)
    const afterFlush = hub.usage()
    await sleep(AFTER_LOAD_MS - FLUSH_MS - 500)
    const idle = hub.usage()
    log(`after the load: ${(idle.cpuMs - loadStopped.cpuMs).toFixed(0)} ms CPU in ${AFTER_LOAD_MS / 1000} s`)
    await sleep(SETTLED_MS - AFTER_LOAD_MS)
    const settled = hub.usage()
    await hub.stop()
    const usageRecords = await countUsage(env).catch(() => null)

    runs.push({
      name: config.name,
      names: targets.map((t) => t.name),
      latency,
      ttfb,
      throughput: rps,
      coldStartMs: hub.coldStartMs,
      cpuFirstMs: afterFlush.cpuMs - loadStopped.cpuMs,
      cpuLaterMs: idle.cpuMs - afterFlush.cpuMs,
      laterWindowMs: AFTER_LOAD_MS - FLUSH_MS - 500,
      firstWindowMs: FLUSH_MS + 500,
      rssMb: settled.serverRssMb,
      treeRssMb: settled.treeRssMb,
      usageRecords,
      requests: [...rps[2]!, ...rps[3]!, ...rps[4]!].reduce((sum, t) => sum + t.requests, 0),
      pglite: !env.DATABASE_URL,
    })
  }

  const { text, verdict } = report({
    runs,
    seconds: SECONDS,
    concurrency: CONCURRENCY,
    baselineRssMb: baseline.info.rssMb,
  })
  console.log(`\n${text}\n\n${verdict}`)
} catch (err) {
  console.error(`\nBenchmark aborted: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`)
} finally {
  await Promise.allSettled(clients.map((c) => c.close()))
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {})
  await Promise.allSettled(children.map((c) => c.stop()))
}
process.exit(0)

function log(step: string) {
  console.log(`… ${step}`)
}

/** A new, empty database on the PostgreSQL server, dropped when the benchmark ends. */
async function freshDatabase(serverUrl: string): Promise<Record<string, string>> {
  const name = `hub_bench_${process.pid}`
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  await admin.query(`DROP DATABASE IF EXISTS ${name}`)
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  cleanups.push(async () => {
    const c = new pg.Client({ connectionString: serverUrl })
    await c.connect()
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).finally(() => c.end())
  })
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  // As an operator must on PostgreSQL: one secret for every replica (Hub refuses to start without it).
  return { DATABASE_URL: url.toString(), HUB_SECRET: randomBytes(32).toString('base64url') }
}

/** Usage records Hub wrote (it flushes on shutdown), read once it has stopped. */
async function countUsage(env: Record<string, string>): Promise<number> {
  const sql = 'SELECT count(*)::int AS n FROM "UsageRecord"'
  if (env.DATABASE_URL) {
    const c = new pg.Client({ connectionString: env.DATABASE_URL })
    await c.connect()
    try {
      return (await c.query<{ n: number }>(sql)).rows[0]!.n
    } finally {
      await c.end()
    }
  }
  const db = await PGlite.create({ dataDir: join(env.HUB_DATA_DIR!, 'pglite') })
  try {
    return (await db.query<{ n: number }>(sql)).rows[0]!.n
  } finally {
    await db.close()
  }
}
