// The build output starts as `npm start` runs it: `node dist/server.js` on an empty data directory answers
// /health, prints the first admin token, and that token works; the admin console is served; `node dist/cli/hub.js --help` exits 0.
// Run by .ci/run after `npm ci` (which builds dist/ through `prepare`).
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const root = join(import.meta.dirname, '..')
const dir = mkdtempSync(join(tmpdir(), 'hub-smoke-'))
const fail = (message) => {
  process.stderr.write(`smoke: ${message}\n`)
  process.exitCode = 1
}

const help = spawnSync(process.execPath, [join(root, 'dist/cli/hub.js'), '--help'], { encoding: 'utf8' })
if (help.status !== 0 || !/hub tokens create/.test(help.stdout)) fail(`hub --help exited ${help.status}`)

const started = performance.now()
const env = { ...process.env, HUB_DATA_DIR: dir, DATABASE_URL: '', HUB_SECRET: '', HOST: '127.0.0.1', PORT: '0' }
// package.json's start script ("node <flags> dist/server.js"), run with this node, from the project's folder.
const start = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts.start.split(' ')
if (start[0] !== 'node') fail(`the start script does not run node: ${start.join(' ')}`)
const server = spawn(process.execPath, start.slice(1), { env, cwd: root })
let output = ''
server.stdout.on('data', (d) => (output += d))
server.stderr.on('data', (d) => (output += d))

try {
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no "Server listening" within 120 s')), 120_000)
    server.on('exit', (code) => reject(new Error(`exited with ${code}`)))
    server.stdout.on('data', () => {
      const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output)
      if (match) {
        clearTimeout(timer)
        resolve(match[1])
      }
    })
  })
  const health = await fetch(`${url}/health`)
  const ms = Math.round(performance.now() - started)
  if (health.status !== 200) fail(`/health answered ${health.status}`)
  // The banner is written right after listen.
  await new Promise((r) => setTimeout(r, 200))
  const token = /hub_[0-9A-Za-z]{46}/.exec(output)?.[0]
  if (!token) fail('no bootstrap admin token printed')
  else {
    const res = await fetch(`${url}/api/admin/tokens`, { headers: { authorization: `Bearer ${token}` } })
    if (res.status !== 200) fail(`the bootstrap token got ${res.status}`)
  }
  // The admin console built with it (dist/admin) is served, its script with it.
  const page = await fetch(`${url}/admin/`)
  const html = await page.text()
  const script = /src="(\/admin\/assets\/[^"]+\.js)"/.exec(html)?.[1]
  if (page.status !== 200 || !script) fail(`/admin/ answered ${page.status} without the console's script`)
  else if ((await fetch(`${url}${script}`)).status !== 200) fail(`the console's script ${script} is not served`)
  for (const phase of ['opening database', 'applying', 'database ready'])
    if (!output.includes(phase)) fail(`the start log lacks "${phase}"`)
  if (!process.exitCode) process.stdout.write(`smoke: node dist/server.js answered /health in ${ms} ms\n`)
} catch (err) {
  fail(`node dist/server.js: ${err.message}\n${output}`)
} finally {
  server.kill('SIGTERM')
  rmSync(dir, { recursive: true, force: true })
}
