// Opens Hub's database: PostgreSQL through @prisma/adapter-pg when a URL is given, otherwise the embedded PGlite
// in HUB_DATA_DIR, run in a worker thread so its CPU time never holds up requests. Pending migrations are applied
// before the client is handed out.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { PrismaPg } from '@prisma/adapter-pg'
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils'
import pg from 'pg'
import { PrismaPGlite } from 'pglite-prisma-adapter'
import { PrismaClient } from '../../generated/prisma/client.ts'
import { serverAnswered, UncertainCommit } from './error-kind.ts'
import { leanWasmAsync } from './lean-wasm.ts'
import { lockDataDir } from './lock.ts'
import { PGliteThread } from './pglite-thread.ts'
import { applyMigrations } from './schema-engine.ts'

export type Db = PrismaClient

export interface OpenDatabaseOptions {
  /** postgresql://…; without it the embedded PGlite is used. */
  databaseUrl?: string
  /** Where PGlite keeps its files; 'memory://' for a throwaway in-memory database. */
  dataDir: string
  /** A PostgreSQL schema to use instead of public (created if missing): test isolation. */
  schema?: string
  /** Apply pending migrations first (default true). */
  migrate?: boolean
  /** PGlite's thread collects its garbage once idle this long after work (IDLE_GC_MS); absent or 0: never. */
  idleGcMs?: number
  /** Hears the phases of a start ("opening database", "applying N migrations"), so a slow one can be told. */
  onPhase?: (message: string, detail: Record<string, unknown>) => void
}

export interface OpenedDatabase {
  prisma: PrismaClient
  kind: 'pglite' | 'postgres'
  /**
   * Runs one parameterised statement on the driver itself, past Prisma's query compiler: for the few hot writes
   * (usage batches) where that compiler costs more than the database.
   */
  execute(sql: string, params: unknown[], opts?: { blob?: Blob }): Promise<void>
  /**
   * `execute` in a transaction of its own whose fate is never a guess: if the connection is lost while it
   * commits (PostgreSQL over a network), it throws UncertainCommit, to be resolved with `committed`.
   */
  executeOnce(sql: string, params: unknown[], opts?: { blob?: Blob }): Promise<void>
  /**
   * Several statements in one transaction, with executeOnce's guarantee about its fate: `run` issues them through
   * `query` (rows come back with the driver's default parsing: cast numerics to text) and the transaction commits
   * when it resolves, rolls back when it throws. For usage batches that also charge credits.
   */
  transactionOnce(run: (query: TxQuery) => Promise<void>): Promise<void>
  /** Whether a transaction reported by UncertainCommit was committed; throws while the database is unreachable. */
  committed(xid: string): Promise<boolean>
  ping(): Promise<boolean>
  close(): Promise<void>
}

export type TxQuery = (
  sql: string,
  params: unknown[],
  opts?: { blob?: Blob },
) => Promise<{ rows: Record<string, unknown>[] }>

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/

export async function openDatabase(opts: OpenDatabaseOptions): Promise<OpenedDatabase> {
  const started = performance.now()
  const kind = opts.databaseUrl ? 'postgres' : 'pglite'
  opts.onPhase?.('opening database', kind === 'pglite' ? { kind, dataDir: opts.dataDir } : { kind })
  const opened = await (opts.databaseUrl ? openPostgres(opts.databaseUrl, opts) : openPGlite(opts))
  opts.onPhase?.('database ready', { kind, ms: Math.round(performance.now() - started) })
  return opened
}

function migrate(factory: SqlMigrationAwareDriverAdapterFactory, opts: OpenDatabaseOptions) {
  const { onPhase } = opts
  if (opts.migrate === false) return
  return applyMigrations(factory, {
    // Counting them costs one more engine call: only when someone listens.
    onPending:
      onPhase &&
      ((names) => {
        if (names.length) onPhase(`applying ${names.length} migrations`, { names })
      }),
  })
}

async function openPostgres(url: string, opts: OpenDatabaseOptions): Promise<OpenedDatabase> {
  const schema = opts.schema
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) throw new Error(`invalid schema name: ${schema}`)
  const config = schema ? { connectionString: url, options: `-c search_path="${schema}"` } : { connectionString: url }
  if (schema) {
    const setup = new PrismaPg({ connectionString: url })
    const conn = await setup.connect()
    try {
      await conn.executeScript(`CREATE SCHEMA IF NOT EXISTS "${schema}"`)
    } finally {
      await conn.dispose()
    }
  }
  await migrate(new PrismaPg(config, schema ? { schema } : undefined), opts)
  // One pool, shared by Prisma and by `execute`. While PostgreSQL is down or unreachable, a query fails within
  // the connect timeout instead of waiting for the OS; a broken idle connection is dropped from the pool (the
  // listener keeps its 'error' from crashing the process) and the next query opens a new one.
  const pool = new pg.Pool({ ...config, connectionTimeoutMillis: 5_000, keepAlive: true })
  pool.on('error', () => {})
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool, schema ? { schema } : undefined) })
  await prisma.$connect()
  await compileQueryEngine(prisma)
  const execute = async (sql: string, params: unknown[]) => {
    await pool.query(sql, params)
  }
  const transactionOnce = async (run: (query: TxQuery) => Promise<void>) => {
    const client = await pool.connect()
    // A checked-out client reports a lost connection as an 'error' event between queries: the query that
    // follows fails too, and that is the failure handled below.
    const ignore = () => {}
    client.on('error', ignore)
    let xid: string | null = null
    let committing = false
    let lost = false
    try {
      await client.query('BEGIN')
      xid = (await client.query<{ xid: string }>('SELECT txid_current()::text AS xid')).rows[0].xid
      await run((sql, params) => client.query(sql, params))
      committing = true
      await client.query('COMMIT')
    } catch (err) {
      lost = !serverAnswered(err)
      if (committing && lost && xid) throw new UncertainCommit(xid, err)
      if (!lost) await client.query('ROLLBACK').catch(() => {})
      throw err
    } finally {
      client.removeListener('error', ignore)
      client.release(lost)
    }
  }
  const executeOnce = (sql: string, params: unknown[]) =>
    transactionOnce(async (query) => void (await query(sql, params)))
  const committed = async (xid: string) => {
    const { rows } = await pool.query<{ status: string | null }>('SELECT txid_status($1::bigint) AS status', [xid])
    // 'in progress': the server has not yet noticed the lost connection; ask again later.
    if (rows[0].status === 'in progress') throw new Error(`transaction ${xid} is still in progress`)
    return rows[0].status === 'committed'
  }
  return wrap(prisma, 'postgres', { execute, executeOnce, transactionOnce, committed }, async () => {
    await prisma.$disconnect()
    await pool.end()
  })
}

async function openPGlite(opts: OpenDatabaseOptions): Promise<OpenedDatabase> {
  const inMemory = opts.dataDir.startsWith('memory://')
  let release = () => {}
  let dataDir = opts.dataDir
  if (!inMemory) {
    mkdirSync(opts.dataDir, { recursive: true })
    release = lockDataDir(opts.dataDir)
    dataDir = join(opts.dataDir, 'pglite')
  }
  let pglite: PGliteThread | undefined
  try {
    pglite = await PGliteThread.create({ dataDir, idleGcMs: opts.idleGcMs })
    const factory: SqlMigrationAwareDriverAdapterFactory = new PrismaPGlite(pglite.asPGlite())
    await migrate(factory, opts)
    const prisma = new PrismaClient({ adapter: factory })
    await compileQueryEngine(prisma)
    const db = pglite
    const execute = async (sql: string, params: unknown[], options?: { blob?: Blob }) => {
      await db.query(sql, params, options)
    }
    const transactionOnce = (run: (query: TxQuery) => Promise<void>) =>
      db.transaction((tx) => run((sql, params, options) => tx.query<Record<string, unknown>>(sql, params, options)))
    // In-process: a statement either returned or failed, there is no connection to lose halfway.
    const committed = async () => false
    return wrap(prisma, 'pglite', { execute, executeOnce: execute, transactionOnce, committed }, async () => {
      await prisma.$disconnect()
      await db.close()
      release()
    })
  } catch (err) {
    await pglite?.close().catch(() => {})
    release()
    throw err
  }
}

/**
 * Prisma compiles its query planner (WebAssembly) at the first query: make that one now, compiled lean
 * (lib/db/lean-wasm.ts), so its optimised code does not stay resident and no request waits for the compile.
 */
async function compileQueryEngine(prisma: PrismaClient): Promise<void> {
  await leanWasmAsync(() => prisma.account.findFirst({ select: { id: true } }))
}

function wrap(
  prisma: PrismaClient,
  kind: OpenedDatabase['kind'],
  statements: Pick<OpenedDatabase, 'execute' | 'executeOnce' | 'transactionOnce' | 'committed'>,
  close: () => Promise<void>,
): OpenedDatabase {
  let closing: Promise<void> | null = null
  return {
    prisma,
    kind,
    ...statements,
    async ping() {
      try {
        await prisma.$queryRaw`SELECT 1`
        return true
      } catch {
        return false
      }
    },
    close: () => (closing ??= close()),
  }
}
