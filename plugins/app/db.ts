// The database: PGlite embedded by default, PostgreSQL with DATABASE_URL. Pending migrations are applied on open.
import fp from 'fastify-plugin'
import { type Db, type OpenedDatabase, openDatabase } from '../../lib/db/open.ts'

export interface DbPluginOptions {
  /** An already opened database (tests); the app then leaves closing it to the caller. */
  database?: OpenedDatabase
}

declare module 'fastify' {
  interface FastifyInstance {
    db: Db
    database: OpenedDatabase
  }
}

export default fp<DbPluginOptions>(
  async (app, opts) => {
    const database =
      opts.database ??
      (await openDatabase({
        databaseUrl: app.config.DATABASE_URL || undefined,
        dataDir: app.config.HUB_DATA_DIR,
        migrate: true,
        idleGcMs: app.config.IDLE_GC_MS,
        onPhase: (message, detail) => app.log.info(detail, message),
      }))
    app.decorate('database', database)
    app.decorate('db', database.prisma)
    if (!opts.database) app.addHook('onClose', () => database.close())
  },
  { name: 'db', dependencies: ['config'] },
)
