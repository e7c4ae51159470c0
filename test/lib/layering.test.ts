// lib/ holds plain helpers: nothing in it imports Fastify (or its plugins' packages) or Hub's plugins/, so the
// arrows run one way (plugins and routes use lib, never the reverse) and lib stays usable from the CLI and tests.
// Routes call providers through app.calls.run: the metering protocol (opening a meter, recording a failure, an
// answer, a metered stream) stays in plugins/app/calls.ts and the call object it hands the route.
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import t from 'tap'

const root = join(import.meta.dirname, '../..')
const sources = (dir: string) =>
  readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(root, dir, f))
const files = sources('lib')

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

/** Names a route imports, and the metering names and modules it must not. */
const importedNames = (text: string) =>
  [...text.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s*from/g)].flatMap((m) =>
    m[1].split(',').map(
      (n) =>
        n
          .trim()
          .replace(/^type\s+/, '')
          .split(/\s+as\s+/)[0],
    ),
  )
const METERING_NAMES = new Set(['beginCall', 'meterFailure', 'meterChatAnswer', 'callMeter', 'createMeter'])
const meteringModule = (spec: string) =>
  /(^|\/)lib\/usage\/(meter|metered-stream|call-meter)\.ts$/.test(spec) || spec.endsWith('messages/metered-events.ts')

t.test('no route carries the metering protocol', async (t) => {
  const routes = sources('routes')
  t.ok(routes.length > 30, 'routes/ was read')
  const found = routes.flatMap((file) => {
    const text = readFileSync(file, 'utf8')
    return [
      ...importedNames(text).filter((n) => METERING_NAMES.has(n)),
      ...specifiers(text).filter(meteringModule),
    ].map((what) => `${relative(root, file)}: ${what}`)
  })
  t.same(found, [])
})

t.test('the metering check sees what it looks for', async (t) => {
  const text =
    "import {\n  beginCall,\n  type Meter as M,\n  sendEventStream,\n} from '../../plugins/app/calls.ts'\n" +
    "import { meteredParts } from '../../../lib/usage/metered-stream.ts'"
  t.same(
    importedNames(text).filter((n) => METERING_NAMES.has(n)),
    ['beginCall'],
  )
  t.same(specifiers(text).filter(meteringModule), ['../../../lib/usage/metered-stream.ts'])
  t.notOk(meteringModule('../../../lib/usage/prompt-size.ts'))
})
