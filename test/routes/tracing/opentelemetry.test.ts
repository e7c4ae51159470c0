// With OTEL_EXPORTER_OTLP_ENDPOINT, the official SDK exports a server span per request (child of the client's
// traceparent) and a client span per provider request (child of the server span), over OTLP/HTTP to a local
// collector; the provider receives the client span's context.
import { once } from 'node:events'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import t from 'tap'
import { gateway } from '../../helpers/gateway.ts'

interface OtlpSpan {
  traceId: string
  spanId: string
  parentSpanId?: string
  name: string
  kind: number
  attributes: { key: string; value: { stringValue?: string; intValue?: number | string } }[]
}

async function startCollector() {
  const spans: OtlpSpan[] = []
  const paths: string[] = []
  const server = createServer(async (req, res) => {
    let raw = ''
    for await (const chunk of req) raw += chunk
    paths.push(`${req.method} ${req.url} ${req.headers['content-type']}`)
    const body = JSON.parse(raw) as { resourceSpans: { scopeSpans: { spans: OtlpSpan[] }[] }[] }
    for (const r of body.resourceSpans) for (const s of r.scopeSpans) spans.push(...s.spans)
    res.writeHead(200, { 'content-type': 'application/json' }).end('{}')
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as AddressInfo
  return { url: `http://127.0.0.1:${port}`, spans, paths, close: () => server.close() }
}

const attr = (span: OtlpSpan, key: string) => {
  const value = span.attributes.find((a) => a.key === key)?.value
  return value?.stringValue ?? (value?.intValue === undefined ? undefined : Number(value.intValue))
}

t.test('a server span per request and a client span per provider call, in the client trace', async (t) => {
  const collector = await startCollector()
  t.teardown(() => collector.close())
  const gw = await gateway(t, { OTEL_EXPORTER_OTLP_ENDPOINT: collector.url })
  const { token } = await gw.issue(['chat'])
  const traceId = '4bf92f3577b34da6a3ce929d0e0e4736'
  const res = await gw.post(
    '/v1/chat/completions',
    token,
    { model: 'mock/gpt-test', messages: [{ role: 'user', content: 'hi' }] },
    { headers: { traceparent: `00-${traceId}-00f067aa0ba902b7-01`, tracestate: 'congo=t61rcWkgMzE' } },
  )
  t.equal(res.status, 200)
  await res.text()
  await gw.app.tracing?.flush()

  t.ok(collector.paths.length > 0, 'exported')
  t.ok(
    collector.paths.every((p) => p === 'POST /v1/traces application/json'),
    'as OTLP/HTTP JSON',
  )
  // The admin calls that set the gateway up have spans of their own, in traces of their own.
  const inTrace = collector.spans.filter((s) => s.traceId === traceId)
  t.equal(inTrace.length, 2, 'one server span and one client span in the trace')
  const server = inTrace.find((s) => s.kind === 2)
  const client = inTrace.find((s) => s.kind === 3)
  if (!server || !client) throw new Error(`spans: ${JSON.stringify(collector.spans)}`)
  t.equal(server.name, 'POST /v1/chat/completions', 'named after the route pattern')
  t.equal(server.traceId, traceId, "in the client's trace")
  t.equal(server.parentSpanId, '00f067aa0ba902b7', "child of the client's span")
  t.equal(attr(server, 'http.response.status_code'), 200)
  t.equal(client.traceId, traceId)
  t.equal(client.parentSpanId, server.spanId, 'the provider call is a child of the request')
  t.equal(attr(client, 'http.response.status_code'), 200)
  t.equal(attr(client, 'url.path'), '/v1/chat/completions')

  const upstream = gw.mock.requests.at(-1)?.headers
  t.equal(upstream?.traceparent, `00-${traceId}-${client.spanId}-01`, 'the provider sees the client span')
  t.equal(upstream?.tracestate, 'congo=t61rcWkgMzE')
})

t.test('without the endpoint there is no tracing', async (t) => {
  const gw = await gateway(t)
  t.equal(gw.app.tracing, null)
})
