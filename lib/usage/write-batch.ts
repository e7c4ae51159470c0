// Writes one batch so that a refused record never takes the others down with it: on a data error the batch
// is halved until each refused record is alone (about 2·log2(n) statements for one bad record in n), the
// good halves are written and each refused record is moved to UsageDeadLetter with the database's error.
import { describeDbError, isDataError, UncertainCommit } from '../db/error-kind.ts'
import type { OpenedDatabase } from '../db/open.ts'
import { insertUsage, type UsageEntry } from './insert.ts'

export interface DeadLetter {
  entry: UsageEntry
  code: string | null
  message: string
}

export interface BatchResult {
  /** How many records from the start of the batch are settled: written, or kept as dead letters. */
  settled: number
  deadLetters: DeadLetter[]
  /** Set when the database could not be reached: records from `settled` on are still to write. */
  unavailable?: unknown
  /** The `count` records from `settled` on may have been committed in transaction `xid`: ask before rewriting. */
  uncertain?: { xid: string; count: number }
}

type Db = Pick<OpenedDatabase, 'execute' | 'executeOnce' | 'transactionOnce' | 'kind'>
type Progress = Omit<BatchResult, 'deadLetters'>

const DEAD_LETTER_SQL = `INSERT INTO "UsageDeadLetter" ("requestId", "record", "error", "code", "createdAt")
VALUES ($1, $2, $3, $4, $5::timestamp)`

export async function writeBatch(db: Db, batch: readonly UsageEntry[]): Promise<BatchResult> {
  const deadLetters: DeadLetter[] = []
  const settled = await write(db, batch, deadLetters)
  return { ...settled, deadLetters }
}

async function write(db: Db, batch: readonly UsageEntry[], deadLetters: DeadLetter[]): Promise<Progress> {
  try {
    await insertUsage(db, batch)
    return { settled: batch.length }
  } catch (err) {
    if (err instanceof UncertainCommit) {
      return { settled: 0, unavailable: err, uncertain: { xid: err.xid, count: batch.length } }
    }
    if (!isDataError(err)) return { settled: 0, unavailable: err }
    if (batch.length === 1) return keepDeadLetter(db, batch[0], err, deadLetters)
  }
  const half = Math.ceil(batch.length / 2)
  const first = await write(db, batch.slice(0, half), deadLetters)
  if (first.unavailable !== undefined) return first
  const second = await write(db, batch.slice(half), deadLetters)
  return { ...second, settled: half + second.settled }
}

async function keepDeadLetter(db: Db, entry: UsageEntry, err: unknown, deadLetters: DeadLetter[]): Promise<Progress> {
  const { code, message } = describeDbError(err)
  try {
    await db.execute(DEAD_LETTER_SQL, [
      entry.requestId,
      JSON.stringify(entry),
      message,
      code,
      new Date().toISOString().slice(0, -1),
    ])
  } catch (deadLetterErr) {
    // The dead-letter table cannot take it either: that is the database's state, not this record's.
    return { settled: 0, unavailable: deadLetterErr }
  }
  deadLetters.push({ entry, code, message })
  return { settled: 1 }
}
