// Runs `prisma generate` on install. The Prisma CLI wants to download its schema-engine binary on every
// command; generating the v7 client does not use it, so we point the CLI at any existing file (node itself)
// unless the user configured a real engine. Migrations go through @prisma/schema-engine-wasm instead.
// The CLI is a devDependency: a production install (`npm ci --omit=dev`) runs the client compiled into dist/
// by the build stage, and has nothing to generate.
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'

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
process.exit(result.status ?? 1)
