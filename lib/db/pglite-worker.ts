// The worker thread that owns Hub's PGlite: every statement runs here, so the embedded database's CPU time
// (usage batches above all) never blocks the thread that serves requests. Requests are handled as they arrive;
// PGlite's own locks order them, and a transaction holds them until the main thread ends it.
import { parentPort, workerData } from 'node:worker_threads'
import { messages, type PGlite, type Transaction } from '@electric-sql/pglite'
import { idleCollector } from '../idle-gc.ts'
import { createPGlite } from './pglite-create.ts'
import type { ErrorData, Message, Reply, Request, WorkerOptions } from './pglite-protocol.ts'

const port = parentPort!
const options = workerData as WorkerOptions
const ready = createPGlite(options.dataDir)
// This thread's heap is its own: after a spell of usage batches it is collected here as the main thread's is.
const collector = options.idleGcMs ? idleCollector(options.idleGcMs) : null

interface OpenTransaction {
  tx: Transaction
  end(commit: boolean): void
  done: Promise<unknown>
}
const transactions = new Map<number, OpenTransaction>()
/** Thrown into an open transaction's callback to make PGlite roll it back. */
const ROLLBACK = Symbol('rollback')
const keepText = (value: string) => value

/** What PostgreSQL said about an error; PGlite also attaches the query's options, which hold functions. */
const ERROR_FIELDS = [
  'severity',
  'code',
  'detail',
  'hint',
  'position',
  'internalPosition',
  'internalQuery',
  'where',
  'schema',
  'table',
  'column',
  'dataType',
  'constraint',
  'file',
  'line',
  'routine',
] as const

function errorData(err: unknown): ErrorData {
  if (err instanceof messages.DatabaseError) {
    const fields: Record<string, unknown> = {}
    for (const name of ERROR_FIELDS) if (err[name] !== undefined) fields[name] = err[name]
    return { database: true, message: err.message, fields }
  }
  return { database: false, message: err instanceof Error ? err.message : String(err), fields: {} }
}

async function handle(db: PGlite, req: Request, id: number): Promise<unknown> {
  switch (req.op) {
    case 'query': {
      const target = req.tx === undefined ? db : transactionOf(req.tx).tx
      const parsers = req.rawTypes ? Object.fromEntries(req.rawTypes.map((t) => [t, keepText])) : undefined
      const { rows, fields, affectedRows } = await target.query(req.sql, req.params, {
        rowMode: req.rowMode,
        parsers,
        blob: req.blob,
      })
      return { rows, fields, affectedRows }
    }
    case 'exec': {
      const target = req.tx === undefined ? db : transactionOf(req.tx).tx
      const results = await target.exec(req.sql)
      return results.map(({ rows, fields, affectedRows }) => ({ rows, fields, affectedRows }))
    }
    case 'begin':
      return begin(db, id)
    case 'rollback':
      return transactionOf(req.tx).tx.rollback()
    case 'end': {
      const open = transactionOf(req.tx)
      open.end(req.commit)
      await open.done
      return null
    }
    case 'close':
      await db.close()
      return null
  }
}

function transactionOf(id: number): OpenTransaction {
  const open = transactions.get(id)
  if (!open) throw new Error(`transaction ${id} is not open`)
  return open
}

/** Opens a transaction named after the request id; resolves once PGlite has started it. */
function begin(db: PGlite, id: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let started = false
    const done = db
      .transaction(
        (tx) =>
          new Promise<void>((commit, rollback) => {
            started = true
            transactions.set(id, { tx, end: (ok) => (ok ? commit() : rollback(ROLLBACK)), done })
            resolve(id)
          }),
      )
      .catch((err: unknown) => {
        if (!started) reject(err)
        else if (err !== ROLLBACK) throw err
      })
      .finally(() => transactions.delete(id))
  })
}

port.on('message', async ({ id, ...req }: Message) => {
  collector?.busy()
  let reply: Reply
  try {
    reply = { id, ok: true, value: await handle(await ready, req, id) }
  } catch (err) {
    reply = { id, ok: false, error: errorData(err) }
  }
  try {
    port.postMessage(reply)
  } catch (err) {
    // A value that cannot cross threads must still settle the call.
    port.postMessage({ id, ok: false, error: errorData(err) } satisfies Reply)
  }
})
