// A real Hub as a standalone server: in-memory PGlite, production settings (auth, permission checks, metering
// flushed every second), set up through the admin API like an operator would, in front of the mock upstream.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Fastify from 'fastify'
import hub, { serverOptions } from '../app.ts'
import { SYSTEM_ACTOR } from '../lib/audit/actor.ts'
import { type Config, loadConfig } from '../lib/config.ts'
import { openDatabase } from '../lib/db/open.ts'
import { SCOPES } from '../schemas/tokens.ts'
import { serve } from './processes.ts'

const [mockUrl, mockKey] = process.argv.slice(2) as [string, string]
const dataDir = await mkdtemp(join(tmpdir(), 'hub-bench-'))
// The embedded PGlite by default (it runs on Hub's own thread, so metering writes compete with proxying);
// with DATABASE_URL a throwaway schema in that PostgreSQL database, as a production deployment would run.
const databaseUrl = process.env.DATABASE_URL || undefined
const schema = databaseUrl ? `bench_${process.pid}` : undefined
const database = await openDatabase({ dataDir: 'memory://', databaseUrl, schema })
const config: Partial<Config> = {
  HUB_SECRET: 'bench-secret-bench-secret-bench-secret-0123456789',
  HUB_DATA_DIR: dataDir,
  // Silent: at the end of a throughput run the load generator drops in-flight requests, which Hub logs.
  LOG_LEVEL: 'silent',
  BOOTSTRAP_ADMIN: false,
  USAGE_FLUSH_MS: 1000,
}
const app = Fastify(serverOptions(loadConfig(config)))
await app.register(hub, { config, database })
await app.ready()

const account = await app.accounts.ensure('admin', SYSTEM_ACTOR)
const issue = async (name: string, scopes: (typeof SCOPES)[number][]) =>
  (await app.tokens.issue({ name, accountId: account.id, scopes }, SYSTEM_ACTOR)).token
const adminToken = await issue('bench admin', [...SCOPES])
const admin = async (url: string, payload: object) => {
  const res = await app.inject({ method: 'POST', url, headers: { authorization: `Bearer ${adminToken}` }, payload })
  if (res.statusCode !== 201) throw new Error(`${url}: ${res.statusCode} ${res.body}`)
  return res.json()
}
const provider = await admin('/api/admin/providers', { name: 'mock', type: 'openai', baseUrl: mockUrl })
await admin(`/api/admin/providers/${provider.id}/credentials`, { name: 'main', apiKey: mockKey })
await admin('/api/admin/models', { id: 'mock/gpt-test', type: 'chat', inputPrice: '0.15', outputPrice: '0.6' })
const token = await issue('bench chat', ['chat'])

const url = await app.listen({ port: 0, host: '127.0.0.1' })
serve({ url, token }, async () => {
  // Closing flushes the usage writer, so the count covers every metered call.
  await app.close()
  const usageRecords = await database.prisma.usageRecord.count()
  if (schema) await database.prisma.$executeRawUnsafe(`DROP SCHEMA "${schema}" CASCADE`)
  await database.close()
  await rm(dataDir, { recursive: true, force: true })
  return { usageRecords }
})
