// Property-based fuzzing of every operation in the live OpenAPI document, so routes added later are covered too.
// Each operation gets requests generated from its own schemas (path, query, JSON or multipart body), with known
// ids and model names mixed in so that valid calls reach the mock provider and succeed, and with bad values put
// in their place: NUL, lone surrogates, huge strings, wrong types, malformed uuids, 10,000 levels of nesting,
// missing or unknown fields. Whatever is sent: no 5xx, errors in the surface's envelope, and no secret (the
// admin token, the provider key, a token hash) in any response or log line. Fixed seed, bounded runs.
import { Writable } from 'node:stream'
import fc from 'fast-check'
import t from 'tap'
import { hashToken } from '../../lib/crypto.ts'
import { bearer, build } from '../helpers/build.ts'
import { asText, generator, mutated, pathSegment, type Schema, toJson } from '../helpers/fuzz-values.ts'
import { startMockOpenAI } from '../helpers/mock-openai.ts'

const SEED = 20261202
const RUNS_PER_OPERATION = Number(process.env.FUZZ_RUNS ?? 24)
const PROVIDER_KEY = 'sk-fuzz-0123456789abcdefghijklmnopqrstuvwxyz'
// Models the mock answers normally, one per capability (none of its error or slow behaviours).
const MODELS = [
  ['gpt-test', 'chat'],
  ['tools', 'chat'],
  ['embed-test', 'embedding'],
  ['gpt-image-test', 'image'],
  ['tts-test', 'audio'],
  ['gpt-4o-transcribe-test', 'audio'],
] as const
const METHOD_ORDER = ['get', 'post', 'put', 'patch', 'delete']

type Surface = 'openai' | 'hub' | 'anthropic'

interface Operation {
  method: string
  path: string
  id: string
  surface: Surface
  parameters: { name: string; in: string; required?: boolean; schema: Schema }[]
  body?: { type: string; schema: Schema }
}

t.test('every operation of the OpenAPI document, fuzzed', async (t) => {
  const lines: string[] = []
  const logStream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk))
      done()
    },
  })
  const mock = await startMockOpenAI()
  t.teardown(() => mock.close())
  const hub = await build(t, { LOG_LEVEL: 'trace' }, undefined, { logStream })
  const { app, adminToken } = hub
  const admin = async (url: string, payload: object) => {
    const res = await app.inject({ method: 'POST', url, headers: bearer(adminToken), payload })
    if (res.statusCode !== 201) throw new Error(`${url}: ${res.statusCode} ${res.body}`)
    return res.json()
  }
  const provider = await admin('/api/admin/providers', { name: 'mock', type: 'openai', baseUrl: mock.url })
  const credential = await admin(`/api/admin/providers/${provider.id}/credentials`, {
    name: 'main',
    apiKey: PROVIDER_KEY,
  })
  for (const [model, type] of MODELS) {
    await admin('/api/admin/models', { id: `mock/${model}`, type, inputPrice: '0.15', outputPrice: '0.6' })
  }
  // The admin token's own id is never offered: revoking or rotating it would end the run.
  const victim = await hub.issue(['chat'], { name: 'fuzz victim' })

  const secrets = new Set([adminToken, PROVIDER_KEY, hashToken(app.keys.tokenKey, adminToken)])
  const remember = (token: unknown) => {
    if (typeof token !== 'string') return
    secrets.add(token)
    secrets.add(hashToken(app.keys.tokenKey, token))
  }
  remember(victim.token)

  const doc = (await app.inject({ url: '/openapi.json' })).json()
  const components = (doc.components?.schemas ?? {}) as Record<string, Schema>
  const modelIds = MODELS.map(([model]) => `mock/${model}`)
  const ids = { id: [provider.id, victim.id, 'mock/gpt-test'], credentialId: [credential.id], token: [victim.id] }
  const withIds = generator(components, { model: modelIds, ...ids })
  // POSTs under an existing id would add credentials with random keys, which the mock refuses (a 502).
  const withoutIds = generator(components, { model: modelIds })

  const operations = operationsOf(doc).sort(
    (a, b) =>
      METHOD_ORDER.indexOf(a.method) - METHOD_ORDER.indexOf(b.method) ||
      // Deleting the provider comes last of all: after it, calls can only fail.
      Number(a.id === 'deleteProvider') - Number(b.id === 'deleteProvider'),
  )
  t.ok(operations.length >= 30, `${operations.length} operations`)

  let requests = 0
  const started = performance.now()
  const statuses = new Map<number, number>()
  for (const op of operations) {
    const values = op.method === 'post' ? withoutIds : withIds
    const pathArbs = op.parameters
      .filter((p) => p.in === 'path')
      .map((p) => fc.oneof(values.value(p.schema, p.name), mutated(values.value(p.schema, p.name))))
    const queryModel: Record<string, fc.Arbitrary<unknown>> = {}
    for (const p of op.parameters.filter((p) => p.in === 'query')) {
      queryModel[p.name] = fc.oneof(values.value(p.schema, p.name), mutated(values.value(p.schema, p.name)))
    }
    const request = fc.record({
      path: fc.tuple(...pathArbs),
      query: fc.record(queryModel, { requiredKeys: [] }),
      body: op.body ? mutated(values.value(op.body.schema)) : fc.constant(undefined),
      app: fc.option(fc.constantFrom('app-1', 'a\u0000b', 'x\ud800', 'é'.repeat(300)), { nil: undefined }),
    })

    const property = fc.asyncProperty(request, async (generated) => {
      let i = 0
      const path = op.path.replace(/\{[^}]+\}/g, () => pathSegment(asText(generated.path[i++])))
      const query = new URLSearchParams()
      for (const [key, value] of Object.entries(generated.query)) query.append(key, asText(value))
      const url = query.size > 0 ? `${path}?${query}` : path
      const headers: Record<string, string> = { ...bearer(adminToken) }
      if (generated.app !== undefined) headers['x-aigne-hub-client-did'] = generated.app
      const payload = op.body && encode(op.body.type, generated.body, headers)
      const known = [...secrets]
      const res = await app.inject({ method: op.method.toUpperCase() as 'GET', url, headers, payload })
      requests++
      statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1)
      const sent = `${op.method.toUpperCase()} ${url.slice(0, 300)} ${String(payload ?? '').slice(0, 300)}`
      const answer = `${res.statusCode} ${res.body.slice(0, 300)}`
      if (res.statusCode >= 500) throw new Error(`5xx for ${sent}\n→ ${answer}`)
      if (res.statusCode >= 400 && !inEnvelope(res.body, op.surface, res.headers['content-type'])) {
        throw new Error(`not in the ${op.surface} envelope: ${sent}\n→ ${answer}`)
      }
      const answered = res.body + JSON.stringify(res.headers)
      const leaked = known.find((secret) => answered.includes(secret))
      if (leaked) throw new Error(`a secret in the response to ${sent}`)
      if (res.statusCode < 300 && String(res.headers['content-type']).includes('json')) remember(res.json().token)
    })
    try {
      await fc.assert(property, { seed: SEED, numRuns: RUNS_PER_OPERATION, endOnFailure: true })
      t.pass(`${op.method.toUpperCase()} ${op.path}`)
    } catch (err) {
      t.fail(`${op.method.toUpperCase()} ${op.path}: ${(err as Error).message.slice(0, 2_000)}`)
    }
  }
  t.comment(
    `${requests} requests in ${Math.round(performance.now() - started)} ms; statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
  )
  t.ok(statuses.get(200) ?? 0, 'valid calls succeeded')
  t.ok(mock.requests.length > 0, 'valid calls reached the provider')

  await app.usage.writer.flush()
  const errors = lines.filter((line) => JSON.parse(line).level >= 50)
  t.same(errors, [], 'nothing was logged as an error')
  const leaks = lines.filter((line) => [...secrets].some((secret) => line.includes(secret)))
  t.same(leaks, [], 'no secret in any log line')
  t.ok(lines.length > requests, 'the log was captured')
})

function operationsOf(doc: { paths: Record<string, Record<string, Schema>> }): Operation[] {
  const operations: Operation[] = []
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      const content = (op.requestBody as { content?: Record<string, { schema: Schema }> } | undefined)?.content
      const type = content && Object.keys(content)[0]
      operations.push({
        method,
        path,
        id: String(op.operationId),
        surface: /^\/(v1|api\/v2)\/messages/.test(path) ? 'anthropic' : path.startsWith('/v1/') ? 'openai' : 'hub',
        parameters: (op.parameters ?? []) as Operation['parameters'],
        body: content && type ? { type, schema: content[type].schema } : undefined,
      })
    }
  }
  return operations
}

/** The request body as the operation's content type, JSON or a multipart form (the file as a few bytes). */
function encode(type: string, body: unknown, headers: Record<string, string>): string | Buffer {
  if (!type.startsWith('multipart/')) {
    headers['content-type'] = 'application/json'
    return toJson(body)
  }
  const boundary = 'fuzzboundary7MA4YWxkTrZu0gW'
  headers['content-type'] = `multipart/form-data; boundary=${boundary}`
  const fields = typeof body === 'object' && body !== null && !Array.isArray(body) ? body : { model: body }
  let form = ''
  for (const [name, value] of Object.entries(fields)) {
    const disposition =
      name === 'file'
        ? `form-data; name="file"; filename="a.mp3"\r\ncontent-type: audio/mpeg`
        : `form-data; name="${name}"`
    form += `--${boundary}\r\ncontent-disposition: ${disposition}\r\n\r\n${name === 'file' ? 'ID3fuzz' : asText(value).slice(0, 1_000)}\r\n`
  }
  return Buffer.from(`${form}--${boundary}--\r\n`)
}

function inEnvelope(body: string, surface: Surface, contentType: unknown): boolean {
  if (typeof contentType !== 'string' || !contentType.includes('application/json')) return false
  const parsed = JSON.parse(body)
  if (surface === 'anthropic') {
    const error = parsed?.error
    return parsed?.type === 'error' && typeof error?.type === 'string' && typeof error?.message === 'string'
  }
  if (surface === 'openai') {
    const error = parsed?.error
    return typeof error?.message === 'string' && typeof error?.type === 'string' && 'code' in error
  }
  return typeof parsed?.error === 'string' && typeof parsed?.message === 'string' && typeof parsed?.code === 'string'
}
