// What a CLI command works with: the server's own database, token service and catalogue factories, configured
// from the same settings, so what the CLI writes is what the server reads.
import type { Config } from '../lib/config.ts'
import { type Db, openDatabase } from '../lib/db/open.ts'
import { publishInvalidation } from '../lib/invalidation.ts'
import { deriveKeys, resolveSecret } from '../lib/secret.ts'
import { createUpstreamHttp } from '../lib/upstream-http.ts'
import { type Catalogue, createCatalogue } from '../plugins/app/catalogue.ts'
import { createAdapters } from '../plugins/app/providers.ts'
import { cliServices } from './services.ts'

export interface CliContext extends ReturnType<typeof cliServices> {
  db: Db
  catalogue: Catalogue
}

export async function withContext<T>(config: Config, run: (ctx: CliContext) => Promise<T>): Promise<T> {
  const keys = deriveKeys(
    resolveSecret({ secret: config.HUB_SECRET, dataDir: config.HUB_DATA_DIR, databaseUrl: config.DATABASE_URL }),
  )
  const database = await openDatabase({
    databaseUrl: config.DATABASE_URL || undefined,
    dataDir: config.HUB_DATA_DIR,
    migrate: true,
  })
  // Only the adapters' default base URLs are used: the pool never connects.
  const http = createUpstreamHttp({ connectTimeoutMs: 1, firstByteTimeoutMs: 1, idleTimeoutMs: 1, connections: 1 })
  const adapters = createAdapters(http)
  const db = database.prisma
  const services = cliServices(db, keys.tokenKey)
  try {
    return await run({
      db,
      ...services,
      catalogue: createCatalogue(db, services.audit, {
        credentialKey: keys.credentialKey,
        defaultBaseUrl: (type) => adapters[type].defaultBaseUrl,
        // Servers on the same PostgreSQL reload their registry at once; others within REGISTRY_REFRESH_MS.
        changed: () => publishInvalidation(db, { kind: 'registry' }),
      }),
    })
  } finally {
    await http.close()
    await database.close()
  }
}
