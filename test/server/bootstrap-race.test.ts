// Two servers starting together on one empty PostgreSQL database: exactly one bootstrap admin token is created
// (and printed), and it works on both. Each server is a real process, as replicas are.
import pg from 'pg'
import t from 'tap'
import { bootstrapAdmin } from '../../lib/bootstrap.ts'
import { openDatabase } from '../../lib/db/open.ts'
import { deriveKeys } from '../../lib/secret.ts'
import { createAccountService } from '../../plugins/app/accounts.ts'
import { createAuditLog } from '../../plugins/app/audit.ts'
import { createTokenService } from '../../plugins/app/tokens.ts'
import { TEST_SECRET } from '../helpers/build.ts'
import { freshPostgresDatabase, testDatabaseOptions } from '../helpers/database.ts'
import { startServer } from '../helpers/run.ts'

const url = process.env.DATABASE_URL
if (!url) {
  t.pass('replicas share a database only on PostgreSQL (run with DATABASE_URL)')
} else {
  t.test('two servers on one empty database create one bootstrap token between them', async (t) => {
    // A database of its own: server.ts uses the public schema of the database it is given.
    const database = await freshPostgresDatabase(t, url, 'hub_bootstrap')
    const env = { DATABASE_URL: database, HUB_SECRET: TEST_SECRET, HUB_DATA_DIR: '/nonexistent-hub-test-dir' }

    const servers = await Promise.all([startServer(env, 240_000), startServer(env, 240_000)])
    t.teardown(() => Promise.all(servers.map((s) => s.stop())))
    const tokens = servers.flatMap((s) => /(hub_[0-9A-Za-z]{46})/.exec(s.output())?.[1] ?? [])
    t.equal(tokens.length, 1, 'one server printed a token, the other did not')

    const db = new pg.Client({ connectionString: database })
    await db.connect()
    const { rows } = await db.query('SELECT name FROM "AccessToken"')
    const accounts = await db.query('SELECT name FROM "Account"')
    await db.end()
    t.same(rows, [{ name: 'bootstrap admin' }], 'exactly one token in the database')
    t.same(accounts.rows, [{ name: 'admin' }])
    for (const server of servers) {
      const res = await fetch(`${server.url}/api/admin/tokens`, { headers: { authorization: `Bearer ${tokens[0]}` } })
      t.equal(res.status, 200, 'the token works on both replicas')
    }
  })

  t.test('the bootstrap of two replicas at the very same moment, many times over', async (t) => {
    for (let round = 0; round < 10; round++) {
      const { options, cleanup } = await testDatabaseOptions()
      const databases = [await openDatabase(options), await openDatabase(options)]
      const services = databases.map((d) => {
        const audit = createAuditLog(d.prisma)
        const key = deriveKeys(TEST_SECRET).tokenKey
        const tokens = createTokenService(d.prisma, audit, { key, cacheMs: 0, cacheSize: 10, flushMs: 0 })
        return { tokens, accounts: createAccountService(d.prisma, audit, tokens) }
      })
      const printed = await Promise.all(
        databases.map((d, i) => bootstrapAdmin(d.prisma, services[i].accounts, services[i].tokens)),
      )
      t.equal(printed.filter(Boolean).length, 1, `round ${round}: one of the two created a token`)
      t.equal(await databases[0].prisma.accessToken.count(), 1, `round ${round}: one token in the database`)
      for (const service of services) await service.tokens.close()
      for (const d of databases) await d.close()
      await cleanup?.()
    }
  })
}
