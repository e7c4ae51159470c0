// `npm run bench` (after the proxy benchmark), or `npx tsx bench/usage-aggregates.ts` alone: how long the admin
// console's aggregates (GET /api/admin/usage/summary → lib/usage/summary.ts) take on 1,000,000 usage records, on
// the embedded PGlite and on PostgreSQL. The rows are generated in the database by one INSERT … SELECT over
// generate_series: 50 tokens, 5 accounts, 7 apps, 4 providers × 20 models, 2 % errors, over 30 days in time order
// (as calls arrive).
// BENCH_USAGE_ROWS changes the count; BENCH_DATABASE_URL as for the proxy benchmark ("none" skips PostgreSQL).
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { type OpenedDatabase, openDatabase } from '../lib/db/open.ts'
import { aggregateUsage, USAGE_GROUPS } from '../lib/usage/summary.ts'

const ROWS = Number(process.env.BENCH_USAGE_ROWS) || 1_000_000
const PG_SERVER = process.env.BENCH_DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/postgres'
const RUNS = 3

const GENERATE = `
INSERT INTO "UsageRecord" ("requestId", "tokenId", "accountId", "app", "model", "providerName", "endpoint",
                           "promptTokens", "completionTokens", "cost", "status", "latencyMs", "createdAt")
SELECT md5(g::text),
       ('00000000-0000-4000-8000-' || lpad((g % 50)::text, 12, '0'))::uuid,
       ('00000000-0000-4000-9000-' || lpad((g % 5)::text, 12, '0'))::uuid,
       'app-' || (g % 7),
       'provider-' || (g % 4) || '/model-' || (g % 20),
       'provider-' || (g % 4),
       'chat.completions',
       100 + g % 900,
       g % 500,
       (g % 1000) * 0.0000001,
       CASE WHEN g % 50 = 0 THEN 502 ELSE 200 END,
       50 + g % 2000,
       (now() AT TIME ZONE 'UTC') - make_interval(secs => 2592000.0 * ($1::int - g) / $1::int)
  FROM generate_series(1, $1::int) AS g`

async function measure(label: string, database: OpenedDatabase) {
  let started = performance.now()
  await database.execute(GENERATE, [ROWS])
  // What autovacuum does on PostgreSQL after such an insert (statistics, and the BRIN ranges summarized).
  await database.execute('VACUUM ANALYZE "UsageRecord"', [])
  console.log(`${label}: ${ROWS.toLocaleString()} records generated in ${seconds(started)}`)
  const to = new Date()
  const from = new Date(to.getTime() - 30 * 86_400_000)
  for (const groupBy of USAGE_GROUPS) {
    const times: number[] = []
    let groups = 0
    for (let i = 0; i < RUNS; i++) {
      started = performance.now()
      groups = (await aggregateUsage(database.prisma, { groupBy, from, to })).length
      times.push(performance.now() - started)
    }
    times.sort((a, b) => a - b)
    console.log(
      `  summary groupBy=${groupBy.padEnd(8)} 30 days, ${String(groups).padStart(3)} groups: ` +
        `median ${times[1].toFixed(0)} ms (best ${times[0].toFixed(0)} ms)`,
    )
  }
  // The console's default view: the last 24 hours, by hour and by model.
  for (const groupBy of ['hour', 'model'] as const) {
    started = performance.now()
    await aggregateUsage(database.prisma, { groupBy, from: new Date(to.getTime() - 86_400_000), to })
    console.log(`  summary groupBy=${groupBy}, last 24 h: ${(performance.now() - started).toFixed(0)} ms`)
  }
  // A filtered view, as the console asks when a model is picked.
  started = performance.now()
  await aggregateUsage(database.prisma, {
    groupBy: 'hour',
    from: new Date(to.getTime() - 86_400_000),
    to,
    model: 'provider-1/model-5',
  })
  console.log(`  summary groupBy=hour, last 24 h, one model: ${(performance.now() - started).toFixed(0)} ms`)
}

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`

console.log(`\nUsage aggregates (the admin console's charts) on ${ROWS.toLocaleString()} records, ${RUNS} runs each`)
const embedded = await openDatabase({ dataDir: 'memory://' })
try {
  await measure('PGlite (embedded, in memory)', embedded)
} finally {
  await embedded.close()
}

if (PG_SERVER !== 'none') {
  const name = `hub_bench_usage_${randomBytes(4).toString('hex')}`
  const admin = new pg.Client({ connectionString: PG_SERVER })
  try {
    await admin.connect()
    await admin.query(`CREATE DATABASE ${name}`)
  } catch (err) {
    console.log(`PostgreSQL: skipped (${(err as Error).message})`)
    await admin.end().catch(() => {})
    process.exit(0)
  }
  const url = new URL(PG_SERVER)
  url.pathname = `/${name}`
  const database = await openDatabase({ databaseUrl: url.toString(), dataDir: 'unused' })
  try {
    await measure('PostgreSQL', database)
  } finally {
    await database.close()
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
    await admin.end()
  }
}
