// Runs Hub's own entry points (CLI, server) as child processes, the way an operator would.
import { type ChildProcess, spawn } from 'node:child_process'
import { join } from 'node:path'

export const ROOT = join(import.meta.dirname, '..', '..')
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx')

export interface RunResult {
  code: number | null
  stdout: string
  stderr: string
}

export function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [join(ROOT, 'cli/hub.ts'), ...args], { cwd: ROOT, env: { ...process.env, ...env } })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

export interface RunningServer {
  child: ChildProcess
  url: string
  output: () => string
  stop(signal?: NodeJS.Signals): Promise<number | null>
}

/** Starts server.ts on a free port and resolves once it listens (its bootstrap banner or its listen log line). */
export function startServer(env: NodeJS.ProcessEnv, timeoutMs = 60_000): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [join(ROOT, 'server.ts')], {
      cwd: ROOT,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    })
    let out = ''
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`server did not start:\n${out}`))
    }, timeoutMs)
    const onData = (d: Buffer) => {
      out += d
      const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(out)
      if (match) {
        clearTimeout(timer)
        // Give the bootstrap banner (printed right after listen) a moment to arrive.
        setTimeout(
          () =>
            resolve({
              child,
              url: match[1],
              output: () => out,
              stop: (signal = 'SIGTERM') =>
                new Promise((res) => {
                  if (child.exitCode !== null) return res(child.exitCode)
                  child.once('exit', (code) => res(code))
                  child.kill(signal)
                }),
            }),
          200,
        )
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.on('exit', (code) => {
      clearTimeout(timer)
      if (!/Server listening/.test(out)) reject(new Error(`server exited with ${code}:\n${out}`))
    })
  })
}
