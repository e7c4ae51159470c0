// The embedded PGlite runs in a worker thread; through it, Prisma behaves as it did on a PGlite of its own:
// constraint errors keep their Prisma codes, interactive transactions commit, roll back and keep other
// statements out until they end, and values (decimals, JSON, timestamps) come back typed.
import t from 'tap'
import { openDatabase } from '../../../lib/db/open.ts'

t.test('Prisma over the PGlite worker', async (t) => {
  const db = await openDatabase({ dataDir: 'memory://' })
  t.teardown(() => db.close())
  const prisma = db.prisma

  const [{ backend }] = await prisma.$queryRaw<{ backend: number }[]>`SELECT pg_backend_pid() AS backend`
  t.type(backend, 'number', 'the migrated database answers')

  await prisma.account.create({ data: { name: 'a' } })
  await t.rejects(prisma.account.create({ data: { name: 'a' } }), { code: 'P2002' }, 'unique violation is P2002')

  await t.rejects(
    prisma.$transaction(async (tx) => {
      await tx.account.create({ data: { name: 'rolled back' } })
      throw new Error('boom')
    }),
    { message: 'boom' },
  )
  t.equal(await prisma.account.count({ where: { name: 'rolled back' } }), 0, 'a throw rolls the transaction back')

  let release = () => {}
  const held = new Promise<void>((resolve) => {
    release = resolve
  })
  let inside = false
  const transaction = prisma.$transaction(async (tx) => {
    await tx.account.create({ data: { name: 'committed' } })
    inside = true
    await held
  })
  while (!inside) await new Promise((resolve) => setImmediate(resolve))
  const outside = prisma.account.count({ where: { name: 'committed' } })
  release()
  await transaction
  t.equal(await outside, 1, 'a statement from outside waits for the open transaction to end')

  const [row] = await prisma.$queryRaw<{ n: unknown; j: unknown; at: unknown }[]>`
    SELECT 12.5::numeric AS n, '{"a":[1,2]}'::jsonb AS j, '2026-01-02T03:04:05.678Z'::timestamptz AS at`
  t.equal(String(row!.n), '12.5')
  t.same(row!.j, { a: [1, 2] })
  t.equal((row!.at as Date).toISOString(), '2026-01-02T03:04:05.678Z')

  await db.close()
  await t.rejects(prisma.account.count(), 'closed: calls fail instead of hanging')
})
