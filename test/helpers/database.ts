// A fresh, migrated database per test file: an in-memory PGlite by default, or with DATABASE_URL a schema of
// its own in that PostgreSQL database (dropped afterwards), so test files can run in parallel.
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import type { Test } from 'tap'
import type { OpenDatabaseOptions } from '../../lib/db/open.ts'

export async function testDatabaseOptions(): Promise<{ options: OpenDatabaseOptions; cleanup?: () => Promise<void> }> {
  const url = process.env.DATABASE_URL
  if (!url) return { options: { dataDir: 'memory://' } }
  const schema = `test_${randomBytes(6).toString('hex')}`
  return {
    options: { databaseUrl: url, dataDir: 'memory://', schema },
    cleanup: async () => {
      const client = new pg.Client({ connectionString: url })
      await client.connect()
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`)
      await client.end()
    },
  }
}

/**
 * A new, empty PostgreSQL database on the server of `url` (dropped at the end of the test), for what needs a
 * whole database of its own: server processes use the public schema of the database they are given.
 */
export async function freshPostgresDatabase(t: Test, url: string, prefix: string): Promise<string> {
  const name = `${prefix}_${randomBytes(4).toString('hex')}`
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  t.teardown(async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
    await admin.end()
  })
  const target = new URL(url)
  target.pathname = `/${name}`
  return target.toString()
}
