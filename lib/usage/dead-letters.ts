// Reads the usage records the database refused (UsageDeadLetter), newest first, for admins to fix and replay.
import type { Db } from '../db/open.ts'
import { fetchSize, idBefore, pageOf } from '../paginate.ts'

export async function queryDeadLetters(db: Db, f: { limit?: number; cursor?: string }) {
  const rows = await db.usageDeadLetter.findMany({
    where: { id: idBefore(f.cursor) },
    orderBy: { id: 'desc' },
    take: fetchSize(f.limit),
  })
  const { page, nextCursor } = pageOf(rows, f.limit, (row) => row.id.toString())
  return {
    data: page.map((row) => ({
      id: row.id.toString(),
      requestId: row.requestId,
      record: JSON.parse(row.record) as Record<string, unknown>,
      error: row.error,
      code: row.code,
      createdAt: row.createdAt.toISOString(),
    })),
    nextCursor,
  }
}
