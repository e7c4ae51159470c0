// lib/ holds plain helpers: nothing in it imports Fastify (or its plugins' packages) or Hub's plugins/, so the
// arrows run one way (plugins and routes use lib, never the reverse) and lib stays usable from the CLI and tests.
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import t from 'tap'

const root = join(import.meta.dirname, '../..')
const files = readdirSync(join(root, 'lib'), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts'))
  .map((f) => join(root, 'lib', f))

/** Module specifiers of static and dynamic imports and re-exports. */
const specifiers = (text: string) =>
  [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm)].map((m) => m[1])

const forbidden = (spec: string) =>
  spec === 'fastify' || spec === 'fastify-plugin' || spec.startsWith('@fastify/') || /(^|\/)plugins\//.test(spec)

t.test('nothing in lib/ imports Fastify or plugins/', async (t) => {
  t.ok(files.length > 50, 'lib/ was read')
  const found = files.flatMap((file) =>
    specifiers(readFileSync(file, 'utf8'))
      .filter(forbidden)
      .map((spec) => `${relative(root, file)}: ${spec}`),
  )
  t.same(found, [])
})

t.test('the check sees what it looks for', async (t) => {
  t.same(
    specifiers("import type { X } from 'fastify'\nimport '../plugins/app/a.ts'\nconst m = await import('@fastify/x')"),
    ['fastify', '../plugins/app/a.ts', '@fastify/x'],
  )
  t.ok(forbidden('../../plugins/app/auth.ts'))
  t.notOk(forbidden('../providers/types.ts'))
})
