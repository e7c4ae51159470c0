// Runs `prisma generate` on install. The Prisma CLI wants to download its schema-engine binary on every
// command; generating the v7 client does not use it, so we point the CLI at any existing file (node itself)
// unless the user configured a real engine. Migrations go through @prisma/schema-engine-wasm instead.
// The CLI is a devDependency: a production install (`npm ci --omit=dev`) runs the client compiled into dist/
// by the build stage, and has nothing to generate.
import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'

try {
  createRequire(import.meta.url).resolve('prisma/package.json')
} catch {
  process.stdout.write('hub: the Prisma CLI is not installed (production install); the client in dist/ is used\n')
  process.exit(0)
}

const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
  PRISMA_HIDE_UPDATE_MESSAGE: '1',
  CHECKPOINT_DISABLE: '1',
}
const result = spawnSync('npx', ['--no-install', 'prisma', 'generate'], { stdio: 'inherit', env })
if (result.status === 0) loadQueryCompilerByReading()
process.exit(result.status ?? 1)

// The generated client gets its query compiler (WebAssembly) by importing a module whose only export is the
// compiler as a 4.6 MB base64 string: an imported module is never unloaded, so its source text and that string
// (9 MB) stayed on the heap for the life of the process. The client is made to read the same file's text and
// decode it instead, which leaves nothing behind once compiled. If Prisma changes that code, the client is left
// as generated (it works, with the 9 MB), and this says so.
function loadQueryCompilerByReading() {
  const file = join(import.meta.dirname, '..', 'generated', 'prisma', 'internal', 'class.ts')
  const generated = readFileSync(file, 'utf8')
  const imported = /const \{ wasm \} = await import\(("@prisma\/client\/runtime\/[\w.-]+\.wasm-base64\.mjs")\)/
  const match = generated.match(imported)
  if (!match) {
    process.stdout.write('hub: the Prisma client loads its query compiler differently; left as generated\n')
    return
  }
  const read =
    `const { readFile } = await import('node:fs/promises')\n` +
    `    const source = await readFile(new URL(import.meta.resolve(${match[1]})), 'utf8')\n` +
    `    const wasm = source.slice(source.indexOf('"') + 1, source.lastIndexOf('"'))`
  writeFileSync(file, generated.replace(imported, read))
}
