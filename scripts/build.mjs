// Compiles the TypeScript sources to plain JavaScript in dist/ once, at install (`prepare`), so `npm start` runs
// node on JavaScript with no compiler loaded, then builds the admin console (admin/, Vite) into dist/admin. dist/ is emptied first: autoload would load a stale route file.
// A production install (`npm ci --omit=dev`) has no compiler; it uses the dist/ built beforehand (Docker's
// build stage) and skips this step.
import { spawnSync } from 'node:child_process'
import { existsSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'

const root = join(import.meta.dirname, '..')
const require = createRequire(import.meta.url)

let tsc
try {
  tsc = require.resolve('typescript/bin/tsc')
} catch {
  const note = existsSync(join(root, 'dist', 'server.js')) ? 'using the existing dist/' : 'dist/ is missing'
  process.stdout.write(`hub: TypeScript is not installed (production install), build skipped; ${note}\n`)
  process.exit(0)
}

rmSync(join(root, 'dist'), { recursive: true, force: true })
const result = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' })
if (result.status !== 0) process.exit(result.status ?? 1)

// Static files only: Vite and React are dev dependencies, the runtime image copies dist/admin.
const { build } = await import('vite')
await build({ configFile: join(root, 'admin', 'vite.config.ts') })
