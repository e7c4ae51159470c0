// `tsx bench/cpu-per-call.ts [pglite]`: CPU time each server spends per call, read from /proc, for the bare proxy
// and for Hub (on PostgreSQL by default). On a shared machine throughput swings with the neighbours' load, but
// the CPU a server burns per call hardly does, and throughput at saturation follows it: this is the figure to
// compare when cutting per-request cost. BENCH_CALLS calls (default 20000) at concurrency 50 per target.
import autocannon from 'autocannon'
import { hubEnv } from './hub-env.ts'
import { startHub } from './hub-process.ts'
import { usage } from './proc-stats.ts'
import { spawnServer } from './processes.ts'
import { setupHub } from './setup-hub.ts'

const CALLS = Number(process.env.BENCH_CALLS) || 20_000
const MOCK_KEY = 'sk-mock-0123456789abcdefghijklmnopqrstuvwxyz'
const mock = await spawnServer<{ url: string }>('./mock-server.ts')
const bare = await spawnServer<{ url: string; pid: number }>('./bare-proxy.ts', [mock.info.url])
const { env, logFile } = await hubEnv(process.argv[2] === 'pglite' ? 'pglite' : 'postgres')
const hub = await startHub(env, logFile)
const token = await setupHub(hub, mock.info.url, MOCK_KEY)

const load = (url: string, authorization: string, model: string, amount: number) =>
  autocannon({
    url,
    method: 'POST',
    connections: 50,
    amount,
    headers: { authorization, 'content-type': 'application/json' },
    body: JSON.stringify({ model, messages: [{ role: 'user', content: 'hi' }] }),
  })
const targets = [
  {
    name: 'bare proxy',
    pid: bare.info.pid,
    url: `${bare.info.url}/v1/chat/completions`,
    auth: `Bearer ${MOCK_KEY}`,
    model: 'gpt-test',
  },
  { name: 'Hub', pid: 0, url: `${hub.url}/api/v2/chat/completions`, auth: `Bearer ${token}`, model: 'mock/gpt-test' },
]
const cpuOf = (t: (typeof targets)[number]) => (t.pid ? usage(t.pid).cpuMs : hub.usage().cpuMs)
for (const t of targets) await load(t.url, t.auth, t.model, CALLS / 4)
const per: Record<string, number[]> = {}
for (let round = 0; round < 3; round++) {
  for (const t of targets) {
    const before = cpuOf(t)
    const result = await load(t.url, t.auth, t.model, CALLS / 3)
    await new Promise((r) => setTimeout(r, 300))
    const us = ((cpuOf(t) - before) * 1000) / (CALLS / 3)
    if (result.non2xx) console.log(`${t.name}: ${result.non2xx} non-2xx`)
    per[t.name] = [...(per[t.name] ?? []), us]
  }
}
for (const [name, list] of Object.entries(per))
  console.log(`${name.padEnd(12)} CPU per call: ${list.map((v) => v.toFixed(0)).join(' / ')} µs`)
const med = (l: number[]) => [...l].sort((a, b) => a - b)[1]!
console.log(`Hub / bare proxy: ${(med(per.Hub!) / med(per['bare proxy']!)).toFixed(2)}×`)
await hub.stop()
await bare.stop()
await mock.stop()
process.exit(0)
