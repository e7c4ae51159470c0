// On a shared PostgreSQL database every server needs the same HUB_SECRET: without one, the server and the CLI
// refuse to start with one line naming the variable, instead of generating a secret of their own.
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import t from 'tap'
import { ROOT, runCli } from '../helpers/run.ts'

// Never reached: the check comes before any connection.
const env = {
  DATABASE_URL: 'postgresql://postgres@127.0.0.1:1/hub',
  HUB_SECRET: '',
  HUB_DATA_DIR: '/nonexistent-hub-dir',
}

function runServer(): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'server.ts')], {
      cwd: ROOT,
      env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', ...env },
    })
    let output = ''
    child.stdout.on('data', (d) => (output += d))
    child.stderr.on('data', (d) => (output += d))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, output }))
  })
}

t.test('the server will not start on DATABASE_URL without HUB_SECRET', async (t) => {
  const { code, output } = await runServer()
  t.equal(code, 1, 'exits non-zero')
  t.match(output, /^hub: HUB_SECRET is required with DATABASE_URL: .*same secret/)
  t.equal(output.trim().split('\n').length, 1, 'one line, no stack trace')
  t.notMatch(output, /Server listening/)
})

t.test('neither will the CLI', async (t) => {
  const res = await runCli(['tokens', 'list'], env)
  t.equal(res.code, 1)
  t.match(res.stderr, /^hub: HUB_SECRET is required with DATABASE_URL/)
  t.equal(res.stderr.trim().split('\n').length, 1)
})
