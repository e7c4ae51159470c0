// `npm run bench`: what Hub costs over going straight to the upstream and over a bare undici proxy, measured
// in one run against the local OpenAI mock. A benchmark, not a test: it always exits 0.
// Durations: BENCH_SECONDS per measurement (default 6), BENCH_WARMUP_SECONDS (default 3),
// BENCH_STREAM_CALLS streaming calls per target (default 500). BENCH_CPU_PROF=<dir> writes a CPU profile of
// the Hub process there (node --cpu-prof), to see where its time goes.
import { arch, cpus, loadavg, platform } from 'node:os'
import { type Client, client, rotate, type Target, type Throughput, throughput } from './measure.ts'
import { type Child, spawnServer } from './processes.ts'
import { report } from './report.ts'

const SECONDS = Number(process.env.BENCH_SECONDS) || 6
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS) || 3
const STREAM_CALLS = Number(process.env.BENCH_STREAM_CALLS) || 500
const CONCURRENCY = 50
// The mock only checks for a Bearer sk- key; a constant here keeps Hub's modules out of the client process.
const MOCK_KEY = 'sk-mock-0123456789abcdefghijklmnopqrstuvwxyz'
const HUB_NODE_ARGS = process.env.BENCH_CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_CPU_PROF] : []

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
try {
  const mock = await spawnServer<{ url: string }>('./mock-server.ts')
  children.push(mock)
  const [bare, hub] = await Promise.all([
    spawnServer<{ url: string }>('./bare-proxy.ts', [mock.info.url]),
    spawnServer<{ url: string; token: string }>('./hub-server.ts', [mock.info.url, MOCK_KEY], HUB_NODE_ARGS),
  ])
  children.push(bare, hub)

  const targets: Target[] = [
    {
      name: 'direct (mock)',
      url: `${mock.info.url}/chat/completions`,
      authorization: `Bearer ${MOCK_KEY}`,
      model: 'gpt-test',
    },
    {
      name: 'bare proxy',
      url: `${bare.info.url}/v1/chat/completions`,
      authorization: `Bearer ${MOCK_KEY}`,
      model: 'gpt-test',
    },
    {
      name: 'Hub',
      url: `${hub.info.url}/api/v2/chat/completions`,
      authorization: `Bearer ${hub.info.token}`,
      model: 'mock/gpt-test',
    },
  ]
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

  // Alternating short rounds rather than one long run per target, so background load that comes and goes
  // weighs on every target alike.
  const rounds = Math.max(1, Math.round(SECONDS / 2))
  log(`throughput at concurrency ${CONCURRENCY} (1 s warm-up each, then ${rounds} rounds of ${SECONDS / rounds} s)`)
  for (const target of targets) await throughput(target, CONCURRENCY, 1)
  const rps = targets.map((): Throughput[] => [])
  for (let round = 0; round < rounds; round++) {
    for (const [i, target] of targets.entries()) rps[i]!.push(await throughput(target, CONCURRENCY, SECONDS / rounds))
  }

  await Promise.all(clients.map((c) => c.close()))
  clients = []
  // Stopping Hub flushes its usage writer, and it reports how many records it wrote.
  const stopped = (await hub.stop()) as { usageRecords?: number } | undefined
  const usageRecords = stopped?.usageRecords ?? null

  const { text, verdict } = report({
    names: targets.map((t) => t.name),
    latency,
    ttfb,
    throughput: rps,
    seconds: SECONDS,
    concurrency: CONCURRENCY,
    usageRecords,
  })
  console.log(`\n${text}\n\n${verdict}`)
} catch (err) {
  console.error(`\nBenchmark aborted: ${err instanceof Error ? err.message : String(err)}`)
} finally {
  await Promise.allSettled(clients.map((c) => c.close()))
  await Promise.allSettled(children.map((c) => c.stop()))
}
process.exit(0)

function log(step: string) {
  console.log(`… ${step}`)
}
