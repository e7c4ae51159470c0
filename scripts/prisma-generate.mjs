// Runs `prisma generate` on install. The Prisma CLI wants to download its schema-engine binary on every
// command; generating the v7 client does not use it, so we point the CLI at any existing file (node itself)
// unless the user configured a real engine. Migrations go through @prisma/schema-engine-wasm instead.
import { spawnSync } from 'node:child_process'

const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
  PRISMA_HIDE_UPDATE_MESSAGE: '1',
  CHECKPOINT_DISABLE: '1',
}
const result = spawnSync('npx', ['--no-install', 'prisma', 'generate'], { stdio: 'inherit', env })
process.exit(result.status ?? 1)
