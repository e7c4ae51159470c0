// The OpenAPI document is valid, complete, and good enough to generate a working client from: the committed
// openapi-typescript types match it, and openapi-fetch calls admin and chat routes with them.
import { readFileSync } from 'node:fs'
import SwaggerParser from '@apidevtools/swagger-parser'
import { createConfig, lintFromString } from '@redocly/openapi-core'
import createClient from 'openapi-fetch'
import t from 'tap'
import { gateway, json } from '../helpers/gateway.ts'
import { committedHeyApiFiles, heyApiFilesFrom, TYPES_FILE, typesFrom } from '../helpers/openapi.ts'
import type { paths } from '../openapi/hub-api.d.ts'

t.test('the document validates, names its schemas, and declares security and errors', async (t) => {
  const gw = await gateway(t)
  const res = await fetch(`${gw.url}/openapi.json`)
  t.equal(res.status, 200, 'public')
  const doc = await json(res)
  await t.resolves(SwaggerParser.validate(structuredClone(doc)), 'valid OpenAPI 3.1')
  t.equal(doc.openapi, '3.1.0')
  t.same(doc.components.securitySchemes.bearer, {
    type: 'http',
    scheme: 'bearer',
    description: 'A Hub access token: hub_…',
  })
  const names = Object.keys(doc.components.schemas)
  t.notOk(
    names.some((n) => n.startsWith('def-')),
    'components are named after their $id',
  )
  for (const name of ['ChatCompletionRequest', 'ChatCompletion', 'ChatCompletionChunk', 'ErrorResponse', 'Token'])
    t.ok(names.includes(name), name)

  const publicPaths = ['/api/v2/status', '/health', '/ready', '/__blocklet__.js', '/api/ai/models']
  // Signing in to and out of the console: no credential yet, or none needed.
  const publicOperations = ['POST /api/admin/session', 'DELETE /api/admin/session']
  for (const [path, item] of Object.entries<Record<string, Record<string, unknown>>>(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      const where = `${method.toUpperCase()} ${path}`
      t.ok(op.operationId, `${where} has an operationId`)
      t.ok(op.summary, `${where} has a summary`)
      const responses = op.responses as Record<string, { content?: Record<string, { schema: { $ref?: string } }> }>
      t.notOk(responses['4XX'] || responses['5XX'], `${where} lists its error statuses, not ranges`)
      const anthropic = path.startsWith('/v1/messages') || path.startsWith('/api/v2/messages')
      const errorSchema = anthropic
        ? '#/components/schemas/AnthropicErrorResponse'
        : path.startsWith('/v1/')
          ? '#/components/schemas/OpenAIErrorResponse'
          : '#/components/schemas/ErrorResponse'
      for (const [status, response] of Object.entries(responses)) {
        if (Number(status) < 400) continue
        t.equal(response.content?.['application/json']?.schema.$ref, errorSchema, `${where} ${status} body`)
      }
      t.ok(responses['500'], `${where} documents 500`)
      if (publicPaths.includes(path) || publicOperations.includes(where)) {
        t.same(op.security, [], `${where} is public`)
        continue
      }
      // Anthropic clients send their key as x-api-key: the Messages routes take either. The admin API also takes
      // the console's session cookie.
      const security = anthropic
        ? [{ bearer: [] }, { anthropicApiKey: [] }]
        : path.startsWith('/api/admin/')
          ? [{ bearer: [] }, { session: [] }]
          : [{ bearer: [] }]
      t.same(op.security, security, `${where} requires a bearer token`)
      t.ok(responses['401'] && responses['403'], `${where} documents its auth errors`)
      if (op.requestBody) t.ok(responses['400'] && responses['413'], `${where} documents bad and large bodies`)
    }
  }
  const chat = doc.paths['/api/v2/chat/completions'].post.responses
  t.same(Object.keys(chat).sort(), [
    '200',
    '400',
    '401',
    '402',
    '403',
    '404',
    '413',
    '415',
    '429',
    '500',
    '502',
    '503',
    '504',
  ])
  t.equal(
    chat['200'].content['text/event-stream'].schema.type,
    'string',
    'a stream is typed as text, not as one JSON object',
  )
  t.same(
    doc.tags.map((tag: { name: string }) => tag.name).sort(),
    [
      ...new Set(
        Object.values<Record<string, { tags: string[] }>>(doc.paths).flatMap((item) =>
          Object.values(item).flatMap((op) => op.tags),
        ),
      ),
    ].sort(),
    'every tag is declared at the top level',
  )
  t.ok(doc.servers?.length, 'servers are declared')

  t.ok(doc.paths['/api/admin/models/{id}'], 'model ids are a named path parameter')

  t.equal(await typesFrom(doc), readFileSync(TYPES_FILE, 'utf8'), 'test/openapi/hub-api.d.ts is up to date')
  t.same(await heyApiFilesFrom(doc), committedHeyApiFiles(), 'test/openapi/hey-api/ is up to date')

  const docs = await fetch(`${gw.url}/docs/`)
  t.equal(docs.status, 200)
  t.match(await docs.text(), /swagger-ui/i, 'Swagger UI is served')
})

t.test("the document passes Redocly's recommended ruleset with no errors", async (t) => {
  const gw = await gateway(t)
  const doc = await json(await fetch(`${gw.url}/openapi.json`))
  const problems = await lintFromString({
    source: JSON.stringify(doc),
    config: await createConfig({ extends: ['recommended'] }),
  })
  const errors = problems.filter((p) => p.severity === 'error').map((p) => `${p.ruleId}: ${p.message}`)
  t.same(errors, [], 'no errors')
})

t.test('a client generated from the document calls admin and chat routes', async (t) => {
  const gw = await gateway(t)
  const admin = createClient<paths, 'application/json'>({
    baseUrl: gw.url,
    headers: { authorization: `Bearer ${gw.adminToken}` },
  })

  const created = await admin.POST('/api/admin/tokens', {
    body: { name: 'generated client', scopes: ['chat', 'models'], models: ['mock/*'] },
  })
  t.equal(created.response.status, 201)
  t.equal(created.response.headers.get('cache-control'), 'no-store')
  const token = created.data?.token as string
  t.match(token, /^hub_/)

  const model = await admin.GET('/api/admin/models/{id}', { params: { path: { id: 'mock/gpt-test' } } })
  t.equal(model.response.status, 200, 'an encoded model id reaches the wildcard route')
  t.equal(model.data?.id, 'mock/gpt-test')

  const patched = await admin.PATCH('/api/admin/models/{id}', {
    params: { path: { id: 'mock/gpt-test' } },
    body: { outputPrice: '1.25' },
  })
  t.equal(patched.data?.outputPrice, '1.250000')

  const missing = await admin.GET('/api/admin/tokens/{id}', {
    params: { path: { id: '00000000-0000-4000-8000-000000000000' } },
  })
  t.equal(missing.response.status, 404)
  t.match(missing.error, { error: 'Not Found', code: 'not_found' }, 'errors are typed in the envelope')

  const user = createClient<paths, 'application/json'>({
    baseUrl: gw.url,
    headers: { authorization: `Bearer ${token}` },
  })
  const chat = await user.POST('/api/v2/chat/completions', {
    body: { model: 'mock/gpt-test', messages: [{ role: 'user', content: 'hi' }] },
  })
  t.equal(chat.response.status, 200)
  t.equal(chat.data?.choices[0].message.content, 'Hello from mock')

  const stream = await user.POST('/api/v2/chat/completions', {
    body: { model: 'mock/gpt-test', messages: [{ role: 'user', content: 'hi' }], stream: true },
    parseAs: 'text',
  })
  t.match(stream.data, /data: \[DONE\]\n\n$/)

  const list = await user.GET('/api/v2/models')
  t.ok(list.data?.data.every((m) => m.id.startsWith('mock/')))
  const forbidden = await user.GET('/api/admin/tokens')
  t.equal(forbidden.response.status, 403)
  t.match(forbidden.error, { code: 'insufficient_scope' })
})
