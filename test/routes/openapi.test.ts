// The OpenAPI document is valid, complete, and good enough to generate a working client from: the committed
// openapi-typescript types match it, and openapi-fetch calls admin and chat routes with them.
import { readFileSync } from 'node:fs'
import SwaggerParser from '@apidevtools/swagger-parser'
import createClient from 'openapi-fetch'
import t from 'tap'
import { gateway, json } from '../helpers/gateway.ts'
import { TYPES_FILE, typesFrom } from '../helpers/openapi.ts'
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
  for (const [path, item] of Object.entries<Record<string, Record<string, unknown>>>(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      const where = `${method.toUpperCase()} ${path}`
      t.ok(op.operationId, `${where} has an operationId`)
      const responses = op.responses as Record<string, unknown>
      if (publicPaths.includes(path)) {
        t.notOk(op.security, `${where} is public`)
        continue
      }
      t.same(op.security, [{ bearer: [] }], `${where} requires a bearer token`)
      t.ok(responses['401'] || responses['4XX'], `${where} documents its auth errors`)
    }
  }
  t.ok(doc.paths['/api/admin/models/{id}'], 'model ids are a named path parameter')

  t.equal(await typesFrom(doc), readFileSync(TYPES_FILE, 'utf8'), 'test/openapi/hub-api.d.ts is up to date')

  const docs = await fetch(`${gw.url}/docs/`)
  t.equal(docs.status, 200)
  t.match(await docs.text(), /swagger-ui/i, 'Swagger UI is served')
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
