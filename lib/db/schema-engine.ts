// Prisma's own schema engine, as WebAssembly, driven through a driver adapter. The Prisma CLI would download a
// native engine binary; this applies `prisma/migrations` exactly as `prisma migrate deploy` does (and records
// them in `_prisma_migrations`) with nothing downloaded, on PGlite and PostgreSQL alike.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils'
import type { MigrationList, SchemaEngine } from '@prisma/schema-engine-wasm/schema_engine_bg'
import * as bg from '@prisma/schema-engine-wasm/schema_engine_bg'
import { leanWasm } from './lean-wasm.ts'

// The package root holds prisma/: two levels up from the sources (lib/db), three from the build (dist/lib/db).
const ROOT =
  [resolve(import.meta.dirname, '..', '..'), resolve(import.meta.dirname, '..', '..', '..')].find((dir) =>
    existsSync(join(dir, 'prisma', 'schema.prisma')),
  ) ?? resolve(import.meta.dirname, '..', '..')
export const SCHEMA_PATH = join(ROOT, 'prisma', 'schema.prisma')
export const MIGRATIONS_DIR = join(ROOT, 'prisma', 'migrations')

const noFilter = { externalTables: [], externalEnums: [] }

// @types/node 20 does not declare the WebAssembly global; this is the little of it we use.
interface Wasm {
  Module: new (bytes: Uint8Array) => object
  Instance: new (module: object, imports: Record<string, unknown>) => { exports: Record<string, unknown> }
}
const { WebAssembly } = globalThis as unknown as { WebAssembly: Wasm }

let initialised = false

/** Compiles and starts the wasm module once per process; later engines reuse it. */
function initWasm(): void {
  if (initialised) return
  const require = createRequire(import.meta.url)
  const wasmPath = join(
    require.resolve('@prisma/schema-engine-wasm/schema_engine_bg').replace(/[^/\\]+$/, ''),
    'schema_engine_bg.wasm',
  )
  // Only run at start, to apply migrations: compiled lean, its optimised code would stay resident for nothing.
  const module = leanWasm(() => new WebAssembly.Module(readFileSync(wasmPath)))
  const instance = new WebAssembly.Instance(module, { './schema_engine_bg.js': bg })
  bg.__wbg_set_wasm(instance.exports)
  ;(instance.exports as { __wbindgen_start: () => void }).__wbindgen_start()
  initialised = true
}

async function withEngine<T>(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  schemaPath: string,
  run: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  initWasm()
  const datamodels: [string, string][] = [[schemaPath, readFileSync(schemaPath, 'utf8')]]
  // The engine holds Prisma's migration advisory lock on its connection and does not close it when freed: left
  // open, the next migration (another replica, the next test) would wait out the lock's 10 s timeout.
  const opened: { dispose(): Promise<void> }[] = []
  const tracked: SqlMigrationAwareDriverAdapterFactory = {
    provider: adapterFactory.provider,
    adapterName: adapterFactory.adapterName,
    connect: async () => track(await adapterFactory.connect()),
    connectToShadowDb: async () => track(await adapterFactory.connectToShadowDb()),
  }
  function track<A extends { dispose(): Promise<void> }>(adapter: A): A {
    opened.push(adapter)
    return adapter
  }
  const engine = await bg.SchemaEngine.new({ datamodels }, () => {}, bindMigrationAwareSqlAdapterFactory(tracked))
  try {
    return await run(engine)
  } finally {
    engine.free()
    await Promise.all(opened.map((adapter) => adapter.dispose().catch(() => {})))
  }
}

/** The migrations folder in the shape the engine reads (what the CLI builds from disk). */
export function readMigrations(dir = MIGRATIONS_DIR): MigrationList {
  const lockPath = join(dir, 'migration_lock.toml')
  const names = existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : []
  return {
    baseDir: dir,
    lockfile: { path: 'migration_lock.toml', content: existsSync(lockPath) ? readFileSync(lockPath, 'utf8') : null },
    shadowDbInitScript: '',
    migrationDirectories: names.map((name) => {
      const file = join(dir, name, 'migration.sql')
      return {
        path: name,
        migrationFile: {
          path: 'migration.sql',
          content: existsSync(file)
            ? { tag: 'ok' as const, value: readFileSync(file, 'utf8') }
            : { tag: 'error' as const, value: `${file} is missing` },
        },
      }
    }),
  }
}

/** Applies pending migrations; returns the names of those applied now. `onPending` hears them first. */
export async function applyMigrations(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  opts: { schemaPath?: string; migrationsDir?: string; onPending?: (names: string[]) => void } = {},
): Promise<string[]> {
  return withEngine(adapterFactory, opts.schemaPath ?? SCHEMA_PATH, async (engine) => {
    const migrationsList = readMigrations(opts.migrationsDir)
    if (opts.onPending) opts.onPending(await pendingMigrations(engine, migrationsList))
    const result = await engine.applyMigrations({ migrationsList, filters: noFilter })
    return result.appliedMigrationNames
  })
}

/** The migrations not yet applied (all of them on an empty database), as `prisma migrate status` sees them. */
async function pendingMigrations(engine: SchemaEngine, migrationsList: MigrationList): Promise<string[]> {
  const status = await engine.diagnoseMigrationHistory({
    migrationsList,
    optInToShadowDatabase: false,
    filters: noFilter,
  })
  if (!status.hasMigrationsTable) return migrationsList.migrationDirectories.map((m) => m.path)
  const history = status.history
  return history && 'unappliedMigrationNames' in history ? history.unappliedMigrationNames : []
}

/** SQL that takes a database from the existing migrations to the schema file (empty when nothing changed). */
export async function diffSchema(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  opts: { schemaPath?: string; migrationsDir?: string } = {},
): Promise<string> {
  const schemaPath = opts.schemaPath ?? SCHEMA_PATH
  return withEngine(adapterFactory, schemaPath, async (engine) => {
    const migrations = readMigrations(opts.migrationsDir)
    const result = await engine.diff({
      from: migrations.migrationDirectories.length ? { tag: 'migrations', ...migrations } : { tag: 'empty' },
      to: { tag: 'schemaDatamodel', files: [{ path: schemaPath, content: readFileSync(schemaPath, 'utf8') }] },
      script: true,
      exitCode: null,
      filters: noFilter,
    })
    return result.stdout ?? ''
  })
}
