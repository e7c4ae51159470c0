// Each server under test runs in a process of its own, so the load generator, the proxy and the upstream
// do not share an event loop. This is the handshake: the child reports what it serves, the parent stops it.
import { fork } from 'node:child_process'
import { once } from 'node:events'

export interface Child<T> {
  info: T
  /** Stops the child and returns what it reports on the way out; later calls return the same. */
  stop(): Promise<unknown>
}

export async function spawnServer<T>(file: string, args: string[] = [], nodeArgs: string[] = []): Promise<Child<T>> {
  const child = fork(new URL(file, import.meta.url), args, { execArgv: ['--import', 'tsx', ...nodeArgs] })
  const [first] = (await Promise.race([
    once(child, 'message'),
    once(child, 'exit').then(([code]) => {
      throw new Error(`${file} exited with code ${code} before it was ready`)
    }),
  ])) as [{ ready: T }]
  let stopping: Promise<unknown> | undefined
  const stop = async () => {
    const report = once(child, 'message').then(([m]) => (m as { stopped: unknown }).stopped)
    const exited = once(child, 'exit')
    child.send('stop')
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
    const [result] = await Promise.all([Promise.race([report, exited.then(() => undefined)]), exited])
    clearTimeout(timer)
    return result
  }
  return { info: first.ready, stop: () => (stopping ??= stop()) }
}

/** The child's side: announce `info`, and on 'stop' run `close` and send back its result before exiting. */
export function serve(info: unknown, close: () => Promise<unknown>): void {
  process.send?.({ ready: info })
  // No orphans if the benchmark itself dies.
  process.on('disconnect', () => process.exit(0))
  process.on('message', async (m) => {
    if (m !== 'stop') return
    const stopped = await close()
    process.send?.({ stopped: stopped ?? null }, () => process.exit(0))
  })
}
