// Tells a statement the database refused because of what was in it (retrying the same rows fails the same
// way) from a database that could not be reached or could not work (retrying later succeeds). The SQLSTATE
// is on `code` both for node-postgres and for PGlite.

/** SQLSTATE classes that blame the data: 22 data exception (overflow, bad text), 23 integrity constraint. */
const DATA_CLASSES = new Set(['22', '23'])

const sqlState = (err: unknown): string | undefined => {
  const code = (err as { code?: unknown } | null)?.code
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined
}

/**
 * True when the rows themselves were refused. Everything else (connection refused or reset, 08xxx, 57P01
 * admin shutdown, 53xxx out of resources, pool and driver errors, a missing table) is treated as the
 * database being unavailable: the rows are kept and written later, never discarded.
 */
export function isDataError(err: unknown): boolean {
  const state = sqlState(err)
  if (state) return DATA_CLASSES.has(state.slice(0, 2))
  // A value the driver could not even serialise.
  return err instanceof TypeError || err instanceof RangeError
}

/** The SQLSTATE (or driver code) and message, for logs and dead letters. */
export function describeDbError(err: unknown): { code: string | null; message: string } {
  const message = err instanceof Error ? err.message : String(err)
  const code = sqlState(err) ?? ((err as { code?: unknown } | null)?.code as string | undefined) ?? null
  return { code: typeof code === 'string' ? code : null, message: message.slice(0, 2000) }
}

/**
 * The connection was lost while a transaction committed: it may or may not have been written. `xid` lets the
 * caller ask the database later (`OpenedDatabase.committed`) instead of writing the same rows twice.
 */
export class UncertainCommit extends Error {
  constructor(
    readonly xid: string,
    readonly cause: unknown,
  ) {
    super(`the connection was lost while transaction ${xid} committed`)
  }
}

/** True when the server answered (with an error), false when the connection itself failed. */
export const serverAnswered = (err: unknown): boolean => sqlState(err) !== undefined
