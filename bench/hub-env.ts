// The environment of a Hub started by a bench script: a fresh data directory, and unless `pglite` is asked for, a
// new database on the local PostgreSQL with the HUB_SECRET Hub requires there. HUB_ENV (JSON) adds settings.
import { randomBytes } from 'node:crypto'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'

const SERVER = 'postgresql://postgres@127.0.0.1:5432'
let databases = 0

export async function hubEnv(kind: 'pglite' | 'postgres', extra: Record<string, string> = {}) {
  const dataDir = await mkdtemp(join(tmpdir(), 'hub-bench-'))
  const env: Record<string, string> = { HUB_DATA_DIR: dataDir, ...extra }
  if (process.env.HUB_ENV) Object.assign(env, JSON.parse(process.env.HUB_ENV))
  if (kind === 'postgres') {
    const name = `hub_bench_${process.pid}_${databases++}`
    const admin = new pg.Client({ connectionString: `${SERVER}/postgres` })
    await admin.connect()
    await admin.query(`CREATE DATABASE ${name}`)
    await admin.end()
    env.DATABASE_URL = `${SERVER}/${name}`
    env.HUB_SECRET = randomBytes(32).toString('base64url')
  }
  return { env, logFile: join(dataDir, 'hub.log') }
}
