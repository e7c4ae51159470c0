// The README's quick tour, run as a user pastes it: the shell block is read from README.md, only its first four
// lines (where Hub is, the admin token, the upstream and its key) get this test's values, and bash runs the rest
// against a listening Hub in front of the local OpenAI mock.
import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { promisify } from 'node:util'
import t from 'tap'
import { listeningHub } from './helpers/listening-hub.ts'
import { startMockOpenAI } from './helpers/mock-openai.ts'

const run = promisify(execFile)
const UPSTREAM_KEY = 'sk-tour-0123456789abcdefghijklmnop'

/** The first ```sh block under "## A quick tour". */
function tourScript(): string {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
  const section = readme.slice(readme.indexOf('## A quick tour'))
  const match = /```sh\n([\s\S]*?)```/.exec(section)
  if (!match) throw new Error('README.md has no quick tour block')
  return match[1]
}

t.test("the README's quick tour runs as pasted", async (t) => {
  const mock = await startMockOpenAI()
  t.teardown(() => mock.close())
  const hub = await listeningHub(t, { USAGE_FLUSH_MS: 200 })

  const values: Record<string, string> = {
    HUB: hub.url,
    ADMIN: hub.adminToken,
    UPSTREAM: mock.url,
    UPSTREAM_KEY,
  }
  const script = tourScript()
  const placeholders = [...script.matchAll(/^(\w+)=\S+/gm)].map((m) => m[1]).slice(0, 4)
  t.same(placeholders, Object.keys(values), 'the tour starts with the four values a user fills in')
  const filled = script.replace(
    /^(HUB|ADMIN|UPSTREAM|UPSTREAM_KEY)=\S+/gm,
    (_, name: string) => `${name}='${values[name]}'`,
  )

  const { stdout } = await run('bash', ['-euo', 'pipefail', '-c', filled], { timeout: 60_000 })
  t.match(stdout, /"content": "Hello from mock"/, 'step 5 answers through the provider')
  t.notMatch(stdout, /hub_[0-9A-Za-z]{40}/, 'no token is printed')
  t.notMatch(stdout, new RegExp(UPSTREAM_KEY), 'the upstream key is shown only masked')

  const chat = mock.requests.find((r) => r.url === '/v1/chat/completions')
  t.equal(chat?.headers.authorization, `Bearer ${UPSTREAM_KEY}`, "the provider got the tour's key")
  t.match(chat?.body, { model: 'gpt-4o-mini' })

  const [record] = await hub.usage()
  t.match(record, { model: 'openai/gpt-4o-mini', status: 200, promptTokens: 12, completionTokens: 5 })
  t.equal(record.cost, '0.0000048000', 'billed at the prices of step 3')
  t.match(stdout, /"cost": "0.0000048000"/, 'step 6 shows the cost')
})
