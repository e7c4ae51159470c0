// Hub as it ships: the `start` script of package.json run by a shell (as `npm start` runs it, without npm's own
// process in between), with the default settings: log level info, the embedded PGlite in a fresh HUB_DATA_DIR
// (or DATABASE_URL), the first admin token printed on start. Its output goes to a file, as a service's would.
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { closeSync, openSync, readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { delimiter, join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { setTimeout as sleep } from 'node:timers/promises'
import { serverOf, tree, type Usage, usage } from './proc-stats.ts'

const ROOT = join(import.meta.dirname, '..')

export interface HubProcess {
  url: string
  /** The bootstrap admin token Hub printed on its first start. */
  adminToken: string
  /** Spawn to the first 200 from /health. */
  coldStartMs: number
  usage(): Usage
  /** SIGTERM to the server (it flushes usage and exits), SIGKILL to the group after 20 s. */
  stop(): Promise<void>
}

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as { port: number }
  server.close()
  return port
}

export async function startHub(env: Record<string, string>, logFile: string): Promise<HubProcess> {
  const script = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } })
    .scripts.start
  const port = await freePort()
  const log = openSync(logFile, 'w')
  const start = performance.now()
  const child = spawn('sh', ['-c', script], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', log, log],
    env: {
      ...process.env,
      PATH: `${join(ROOT, 'node_modules/.bin')}${delimiter}${process.env.PATH}`,
      HOST: '127.0.0.1',
      PORT: String(port),
      ...env,
    },
  })
  closeSync(log)
  const exited = once(child, 'exit')
  const url = `http://127.0.0.1:${port}`
  let coldStartMs = Number.NaN
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Hub exited with code ${child.exitCode}; see ${logFile}`)
    try {
      if ((await fetch(`${url}/health`)).ok) {
        coldStartMs = performance.now() - start
        break
      }
    } catch {}
    if (performance.now() - start > 120_000) throw new Error(`Hub did not answer /health in 2 min; see ${logFile}`)
    await sleep(10)
  }
  // The token is printed right after listen; give the write a moment.
  let adminToken = ''
  for (let i = 0; i < 100 && !adminToken; i++) {
    adminToken = /^ {2}(hub_[0-9A-Za-z]{46})$/m.exec(readFileSync(logFile, 'utf8'))?.[1] ?? ''
    if (!adminToken) await sleep(50)
  }
  if (!adminToken) throw new Error(`Hub printed no admin token; see ${logFile}`)

  const root = child.pid!
  const stop = async () => {
    if (child.exitCode !== null) return
    process.kill(serverOf(tree(root))?.pid ?? root, 'SIGTERM')
    const timer = setTimeout(() => process.kill(-root, 'SIGKILL'), 20_000)
    await exited
    clearTimeout(timer)
  }
  return { url, adminToken, coldStartMs, usage: () => usage(root), stop }
}
