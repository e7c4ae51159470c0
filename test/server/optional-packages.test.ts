// Metrics off and no OTLP endpoint: a running server loads nothing of prom-client or the OpenTelemetry SDK (every
// module it resolves is recorded); with the defaults it loads prom-client, and still no OpenTelemetry.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t, { type Test } from 'tap'
import { startServer } from '../helpers/run.ts'

const RECORDER = join(import.meta.dirname, '..', 'helpers', 'record-imports.mjs')

async function loaded(t: Test, env: NodeJS.ProcessEnv): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'hub-imports-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  const log = join(dir, 'imports.log')
  const server = await startServer(
    {
      HUB_DATA_DIR: dir,
      DATABASE_URL: '',
      HUB_SECRET: '',
      IMPORT_LOG: log,
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=${RECORDER}`,
      ...env,
    },
    300_000,
  )
  t.teardown(() => server.stop())
  // A request, so whatever a request loads is loaded too.
  t.equal((await fetch(`${server.url}/health`)).status, 200)
  return readFileSync(log, 'utf8').split('\n')
}

t.test('METRICS_ENABLED=false, no OTEL_EXPORTER_OTLP_ENDPOINT: neither is loaded', async (t) => {
  const urls = await loaded(t, { METRICS_ENABLED: 'false' })
  t.ok(
    urls.some((u) => u.includes('/fastify/')),
    'the recorder sees the packages the server loads',
  )
  t.same(
    urls.filter((u) => u.includes('/prom-client/')),
    [],
  )
  t.same(
    urls.filter((u) => u.includes('/@opentelemetry/')),
    [],
  )
})

t.test('by default prom-client is loaded, OpenTelemetry is not', async (t) => {
  const urls = await loaded(t, {})
  t.ok(urls.some((u) => u.includes('/prom-client/')))
  t.same(
    urls.filter((u) => u.includes('/@opentelemetry/')),
    [],
  )
})
