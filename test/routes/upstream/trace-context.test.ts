// W3C trace context reaches every provider type: a valid traceparent (and tracestate) exactly as the client sent
// it, an invalid one never (a new trace instead), a new trace when there was none; the request's log line names
// the trace id the upstream saw. Bedrock's SigV4 signature still holds (its mock verifies it).
import type { IncomingHttpHeaders } from 'node:http'
import t, { type Test } from 'tap'
import { listeningHub } from '../../helpers/listening-hub.ts'
import { startMockAnthropic } from '../../helpers/mock-anthropic.ts'
import { BEDROCK_KEYS, startMockBedrock } from '../../helpers/mock-bedrock.ts'
import { startMockGoogle } from '../../helpers/mock-google.ts'
import { startMockIdeogram } from '../../helpers/mock-ideogram.ts'
import { startMockOpenAI } from '../../helpers/mock-openai.ts'

const TRACEPARENT = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01'
const TRACESTATE = 'congo=t61rcWkgMzE,rojo=00f067aa0ba902b7'
const VALID = /^00-([0-9a-f]{32})-([0-9a-f]{16})-01$/

async function setup(t: Test) {
  const mocks = {
    openai: await startMockOpenAI(),
    anthropic: await startMockAnthropic(),
    google: await startMockGoogle(),
    bedrock: await startMockBedrock(),
    ideogram: await startMockIdeogram(),
  }
  for (const mock of Object.values(mocks)) t.teardown(() => mock.close())
  const logs: string[] = []
  const hub = await listeningHub(t, { LOG_LEVEL: 'info' }, undefined, { logs })
  const add = (name: string, baseUrl: string, credential: Record<string, string>, models: string[]) =>
    hub.addProvider({ name, type: name, baseUrl, credential, models })
  await add('openai', mocks.openai.url, { apiKey: 'sk-mock-0123456789abcdefghij' }, ['gpt-test'])
  await add('anthropic', mocks.anthropic.url, { apiKey: 'sk-ant-mock-0123456789abcdefghijklmnop' }, ['claude-test'])
  await add('google', mocks.google.url, { apiKey: 'AIzaSyMock-0123456789abcdefghijklmnopq' }, ['gemini-test'])
  await add('bedrock', mocks.bedrock.url, BEDROCK_KEYS, ['anthropic.claude-test-v1:0'])
  await add('ideogram', mocks.ideogram.url, { apiKey: 'ideogram-key-0123456789' }, [])
  await hub.addModels([{ id: 'ideogram/v3', upstreamModel: 'V_3', type: 'image', outputPrice: '0.06' }])
  const { token } = await hub.issue(['chat', 'images'])

  /** Calls every provider type with `headers`; returns what each upstream received and the request ids. */
  const callAll = async (headers: Record<string, string>) => {
    const chat = [
      'openai/gpt-test',
      'anthropic/claude-test',
      'google/gemini-test',
      'bedrock/anthropic.claude-test-v1:0',
    ]
    const seen: Record<string, IncomingHttpHeaders> = {}
    const ids: Record<string, string> = {}
    for (const model of chat) {
      const res = await hub.post(
        '/v1/chat/completions',
        token,
        { model, messages: [{ role: 'user', content: 'hi' }] },
        { headers },
      )
      t.equal(res.status, 200, `${model}: ${res.status}`)
      await res.text()
      ids[model.split('/')[0]] = res.headers.get('x-request-id') ?? ''
    }
    const image = await hub.post(
      '/v1/images/generations',
      token,
      { model: 'ideogram/v3', prompt: 'a lighthouse' },
      { headers },
    )
    t.equal(image.status, 200, `ideogram: ${image.status}`)
    await image.text()
    ids.ideogram = image.headers.get('x-request-id') ?? ''
    for (const [name, mock] of Object.entries(mocks))
      seen[name] = (mock.requests.at(-1) as { headers: IncomingHttpHeaders }).headers
    return { seen, ids }
  }
  return { callAll, logs }
}

/** The trace id the request's log line names. */
function loggedTraceId(logs: string[], requestId: string): string | undefined {
  for (const line of logs) {
    const entry = JSON.parse(line)
    if (entry.reqId === requestId && entry.msg === 'request') return entry.traceId
  }
  return undefined
}

t.test('a valid traceparent and tracestate reach every provider exactly as sent', async (t) => {
  const { callAll, logs } = await setup(t)
  const { seen, ids } = await callAll({ traceparent: TRACEPARENT, tracestate: TRACESTATE })
  for (const [name, headers] of Object.entries(seen)) {
    t.equal(headers.traceparent, TRACEPARENT, `${name}: traceparent`)
    t.equal(headers.tracestate, TRACESTATE, `${name}: tracestate`)
    t.equal(loggedTraceId(logs, ids[name]), '4bf92f3577b34da6a3ce929d0e0e4736', `${name}: the log names the trace`)
  }
})

t.test('without a traceparent Hub starts one per call, and logs its id', async (t) => {
  const { callAll, logs } = await setup(t)
  const { seen, ids } = await callAll({})
  const traceIds = new Set<string>()
  for (const [name, headers] of Object.entries(seen)) {
    const m = VALID.exec(String(headers.traceparent))
    t.ok(m, `${name}: a new traceparent ${headers.traceparent}`)
    t.equal(headers.tracestate, undefined, `${name}: no tracestate`)
    if (!m) continue
    traceIds.add(m[1])
    t.equal(loggedTraceId(logs, ids[name]), m[1], `${name}: the log line names the same trace id`)
  }
  t.equal(traceIds.size, 5, 'a trace of its own for each call')
})

t.test('an invalid traceparent is dropped, never forwarded, and so is its tracestate', async (t) => {
  const { callAll } = await setup(t)
  const invalid = [
    '01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01', // a version this Hub does not read
    '00-00000000000000000000000000000000-00f067aa0ba902b7-01', // all-zero trace id
    '00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01', // all-zero parent id
    '00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01', // uppercase
    '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra',
    'garbage',
  ]
  for (const traceparent of invalid) {
    const { seen } = await callAll({ traceparent, tracestate: TRACESTATE })
    for (const [name, headers] of Object.entries(seen)) {
      t.not(headers.traceparent, traceparent, `${name}: ${traceparent} not forwarded`)
      t.match(String(headers.traceparent), VALID, `${name}: a trace of Hub's own instead`)
      t.equal(headers.tracestate, undefined, `${name}: the tracestate of a dropped trace is dropped too`)
    }
  }
})

t.test('a tracestate too long or with control characters is dropped, the traceparent kept', async (t) => {
  const { callAll } = await setup(t)
  const { seen } = await callAll({ traceparent: TRACEPARENT, tracestate: `a=${'b'.repeat(600)}` })
  t.equal(seen.openai.traceparent, TRACEPARENT)
  t.equal(seen.openai.tracestate, undefined)
})
