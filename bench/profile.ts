// `BENCH_CPU_PROF=<dir> tsx bench/profile.ts [pglite]`: a short load on Hub as shipped (PostgreSQL by default,
// or the embedded PGlite) with a CPU profile of the server, then the top self-time by function and by module.
// For finding where per-request time goes; the benchmark proper is bench/run.ts.
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import autocannon from 'autocannon'
import { hubEnv } from './hub-env.ts'
import { startHub } from './hub-process.ts'
import { spawnServer } from './processes.ts'
import { setupHub } from './setup-hub.ts'

const dir = process.env.BENCH_CPU_PROF
if (!dir) throw new Error('set BENCH_CPU_PROF to a directory')
const MOCK_KEY = 'sk-mock-0123456789abcdefghijklmnopqrstuvwxyz'
const mock = await spawnServer<{ url: string }>('./mock-server.ts')
const { env, logFile } = await hubEnv(process.argv[2] === 'pglite' ? 'pglite' : 'postgres', {
  NODE_OPTIONS: `--import=${join(import.meta.dirname, 'cpu-profile.mjs')}`,
})
const hub = await startHub(env, logFile)
const token = await setupHub(hub, mock.info.url, MOCK_KEY)
const before = new Set(await readdir(dir))
const run = (seconds: number) =>
  autocannon({
    url: `${hub.url}/api/v2/chat/completions`,
    method: 'POST',
    connections: 50,
    duration: seconds,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'mock/gpt-test', messages: [{ role: 'user', content: 'hi' }] }),
  })
await run(2)
const SECONDS = Number(process.env.BENCH_SECONDS) || 8
const result = await run(SECONDS)
console.log(`rps ${result.requests.average}, p50 ${result.latency.p50} ms, non-2xx ${result.non2xx}`)
await hub.stop()
await mock.stop()
const file = (await readdir(dir)).find((f) => !before.has(f) && f.endsWith('.cpuprofile'))
if (!file) throw new Error('no profile written')
interface Node {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  children?: number[]
}
const profile = JSON.parse(await readFile(join(dir, file), 'utf8')) as {
  nodes: Node[]
  samples: number[]
  timeDeltas: number[]
  endTime: number
  startTime: number
}
// Only the measured load: the profile covers the whole process, start-up (schema compilation) included.
const windowStart = profile.endTime - (SECONDS + 1) * 1e6
const self = new Map<number, number>()
let at = profile.startTime
profile.samples.forEach((id, i) => {
  at += profile.timeDeltas[i] ?? 0
  if (at >= windowStart) self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0))
})
const total = [...self.values()].reduce((a, b) => a + b, 0)
const byFn = new Map<string, number>()
const byModule = new Map<string, number>()
for (const node of profile.nodes) {
  const t = self.get(node.id) ?? 0
  const { functionName, url, lineNumber } = node.callFrame
  const short = url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/main\//, '')
  byFn.set(
    `${functionName || '(anon)'} ${short}:${lineNumber}`,
    (byFn.get(`${functionName || '(anon)'} ${short}:${lineNumber}`) ?? 0) + t,
  )
  const mod =
    short.startsWith('node:') || short === ''
      ? short || '(native)'
      : short
          .split('/')
          .slice(0, short.startsWith('@') ? 2 : 1)
          .join('/')
  byModule.set(mod, (byModule.get(mod) ?? 0) + t)
}
const calls = result.requests.total
const top = (m: Map<string, number>, n: number) =>
  [...m.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `${((100 * v) / total).toFixed(1).padStart(5)} % ${(v / calls).toFixed(1).padStart(6)} µs  ${k}`)
    .join('\n')
console.log(
  `profile ${file}: ${(total / 1e6).toFixed(1)} s sampled\n\nby module:\n${top(byModule, 25)}\n\nby function:\n${top(byFn, 45)}`,
)
process.exit(0)
