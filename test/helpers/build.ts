// Builds a real Hub on a fresh, migrated database for one test file, and closes both when the test ends.
import type { Writable } from 'node:stream'
import Fastify, { type FastifyInstance } from 'fastify'
import type { Test } from 'tap'
import app, { serverOptions } from '../../app.ts'
import { SYSTEM_ACTOR } from '../../lib/audit/actor.ts'
import { type Config, loadConfig } from '../../lib/config.ts'
import { type OpenDatabaseOptions, openDatabase } from '../../lib/db/open.ts'
import { SCOPES, type Scope } from '../../schemas/tokens.ts'
import { testDatabaseOptions } from './database.ts'

export const TEST_SECRET = 'test-secret-test-secret-test-secret-0123456789'

export interface Built {
  app: FastifyInstance
  databaseOptions: OpenDatabaseOptions
  /** A token with every scope. */
  adminToken: string
  /** Issues a token on the admin account. */
  issue(
    scopes: Scope[],
    opts?: { models?: string[]; expiresAt?: Date | null; name?: string },
  ): Promise<{ id: string; token: string }>
}

/**
 * `shareWith`: a second server on the same database, like a second replica (or any database the test opened
 * itself, left to the test to clean up). `logs`: collects the server's log lines (set LOG_LEVEL in `overrides`);
 * `logStream`: where the log lines go, for tests that read them as a stream.
 */
export async function build(
  t: Test,
  overrides: Partial<Config> = {},
  shareWith?: Pick<Built, 'databaseOptions'>,
  opts: { logs?: string[]; logStream?: Writable } = {},
): Promise<Built> {
  const db = shareWith ? { options: shareWith.databaseOptions } : await testDatabaseOptions()
  const database = await openDatabase(db.options)
  const configOverrides: Partial<Config> = {
    HUB_SECRET: TEST_SECRET,
    HUB_DATA_DIR: '/nonexistent-hub-test-dir',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    BOOTSTRAP_ADMIN: false,
    USAGE_FLUSH_MS: 0,
    REGISTRY_REFRESH_MS: 0,
    ...overrides,
  }
  const options = serverOptions(loadConfig(configOverrides))
  const logs = opts.logs
  if (logs) options.logger = { ...(options.logger as object), stream: { write: (line: string) => logs.push(line) } }
  if (opts.logStream) options.logger = { ...(options.logger as object), stream: opts.logStream }
  const server = Fastify(options)
  await server.register(app, { config: configOverrides, database })
  await server.ready()
  t.teardown(async () => {
    await server.close()
    await database.close()
    if ('cleanup' in db) await db.cleanup?.()
  })

  const account = await server.accounts.ensure('admin', SYSTEM_ACTOR)
  const issue: Built['issue'] = async (scopes, opts = {}) => {
    const { row, token } = await server.tokens.issue(
      {
        name: opts.name ?? `test ${scopes.join(',')}`,
        accountId: account.id,
        scopes,
        models: opts.models,
        expiresAt: opts.expiresAt,
      },
      SYSTEM_ACTOR,
    )
    return { id: row.id, token }
  }
  const { token: adminToken } = await issue([...SCOPES], { name: 'test admin' })
  return { app: server, adminToken, issue, databaseOptions: db.options }
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` })
