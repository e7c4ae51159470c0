// The memory baseline for Hub on PGlite: a bare Node process holding a file-backed PGlite with a small table,
// nothing else, on its main thread. Hub on PGlite may use what this uses plus its own share.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createPGlite } from '../lib/db/pglite-create.ts'
import { serve } from './processes.ts'

const dir = await mkdtemp(join(tmpdir(), 'hub-bench-pglite-'))
// Opened as Hub opens it (lib/db/pglite-create.ts), so the baseline has the same memory tuning.
const db = await createPGlite(join(dir, 'pglite'))
await db.exec('CREATE TABLE t (id serial PRIMARY KEY, name text NOT NULL, n int NOT NULL)')
await db.query("INSERT INTO t (name, n) SELECT 'row ' || i, i FROM generate_series(1, 1000) AS i")
await db.query('SELECT count(*), sum(n) FROM t')
serve({ rssMb: process.memoryUsage().rss / 1024 / 1024 }, async () => {
  await db.close()
  await rm(dir, { recursive: true, force: true })
})
