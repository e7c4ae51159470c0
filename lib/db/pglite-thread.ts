// Hub's side of the PGlite worker thread: the part of PGlite's interface that pglite-prisma-adapter and Hub
// call (query, exec, transaction, COPY from a blob), each call a message to the thread that owns the database.
// Value parsers given by the caller run here, on the text the worker sends back; PostgreSQL errors come back
// as PGlite's DatabaseError, so the adapter maps them to Prisma's errors exactly as before.
import { extname } from 'node:path'
import { Worker } from 'node:worker_threads'
import { messages, type PGlite, type QueryOptions, type Results, type Transaction } from '@electric-sql/pglite'
import type { ErrorData, Reply, Request, WorkerOptions } from './pglite-protocol.ts'

type Parser = (value: string, typeId: number) => unknown

function toError(data: ErrorData): Error {
  if (!data.database) return new Error(data.message)
  const err = new messages.DatabaseError(data.message, 0, 'error')
  return Object.assign(err, data.fields, { message: data.message })
}

/**
 * The worker is this module's sibling, in whatever form Hub runs: built JavaScript, or TypeScript through tsx,
 * whose loader worker threads do not inherit, so the worker registers it before loading its module.
 */
function startWorker(workerData: WorkerOptions): Worker {
  const ext = extname(new URL(import.meta.url).pathname)
  const file = new URL(`./pglite-worker${ext}`, import.meta.url)
  if (ext !== '.ts') return new Worker(file, { workerData })
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'))
  const code = `import(${tsx}).then((tsx) => { tsx.register(); return import(${JSON.stringify(file.href)}) })`
  return new Worker(code, { eval: true, workerData })
}

export class PGliteThread {
  readonly #worker: Worker
  readonly #pending = new Map<number, { resolve(value: unknown): void; reject(err: Error): void }>()
  #nextId = 0
  #failed: Error | null = null

  private constructor(options: WorkerOptions) {
    this.#worker = startWorker(options)
    this.#worker.unref()
    this.#worker.on('message', (reply: Reply) => this.#settle(reply))
    this.#worker.on('error', (err) => this.#fail(err))
    this.#worker.on('exit', (code) => this.#fail(new Error(`the PGlite worker exited (code ${code})`)))
  }

  /** Starts the worker and waits until its database is open (a failure to open rejects here). */
  static async create(options: WorkerOptions): Promise<PGliteThread> {
    const thread = new PGliteThread(options)
    try {
      await thread.#call({ op: 'exec', sql: 'SELECT 1' })
    } catch (err) {
      await thread.#worker.terminate()
      throw err
    }
    return thread
  }

  #settle(reply: Reply) {
    const waiter = this.#pending.get(reply.id)
    if (!waiter) return
    this.#pending.delete(reply.id)
    // Idle, the worker must not keep the process alive; busy, it must (a CLI awaiting a query has nothing else).
    if (this.#pending.size === 0) this.#worker.unref()
    if (reply.ok) waiter.resolve(reply.value)
    else waiter.reject(toError(reply.error))
  }

  #fail(err: Error) {
    this.#failed ??= err
    for (const waiter of this.#pending.values()) waiter.reject(err)
    this.#pending.clear()
  }

  #call(req: Request): Promise<unknown> {
    if (this.#failed) return Promise.reject(this.#failed)
    const id = this.#nextId++
    return new Promise((resolve, reject) => {
      if (this.#pending.size === 0) this.#worker.ref()
      this.#pending.set(id, { resolve, reject })
      this.#worker.postMessage({ id, ...req })
    })
  }

  async #query<T>(sql: string, params: unknown[] = [], options: QueryOptions = {}, tx?: number) {
    const parsers = options.parsers as Record<number, Parser> | undefined
    const results = (await this.#call({
      op: 'query',
      sql,
      params,
      rowMode: options.rowMode,
      rawTypes: parsers ? Object.keys(parsers).map(Number) : undefined,
      blob: options.blob,
      tx,
    })) as Results<T>
    if (parsers) parse(results, parsers)
    return results
  }

  query<T>(sql: string, params?: unknown[], options?: QueryOptions): Promise<Results<T>> {
    return this.#query<T>(sql, params, options)
  }

  exec(sql: string, tx?: number): Promise<Results[]> {
    return this.#call({ op: 'exec', sql, tx }) as Promise<Results[]>
  }

  /** PGlite's transaction: the callback's statements run in it, anything else waits until it ends. */
  async transaction<T>(callback: (tx: Transaction) => Promise<T>): Promise<T> {
    const id = (await this.#call({ op: 'begin' })) as number
    let closed = false
    // pglite-prisma-adapter does not await rollback() before ending the transaction: the end waits for it.
    let rolledBack: Promise<unknown> = Promise.resolve()
    const tx = {
      query: <R>(sql: string, params?: unknown[], options?: QueryOptions) => this.#query<R>(sql, params, options, id),
      exec: (sql: string) => this.exec(sql, id),
      rollback: async () => {
        closed = true
        rolledBack = this.#call({ op: 'rollback', tx: id })
        await rolledBack
      },
      get closed() {
        return closed
      },
    }
    let result: T
    try {
      result = await callback(tx as unknown as Transaction)
    } catch (err) {
      await rolledBack.catch(() => {})
      await this.#call({ op: 'end', tx: id, commit: false })
      throw err
    }
    await rolledBack.catch(() => {})
    await this.#call({ op: 'end', tx: id, commit: !closed })
    return result
  }

  /** The adapter and Hub use this subset of PGlite; the thread stands in for it. */
  asPGlite(): PGlite {
    return this as unknown as PGlite
  }

  async close(): Promise<void> {
    if (!this.#failed) await this.#call({ op: 'close' })
    await this.#worker.terminate()
  }
}

/** Applies the caller's parsers to the columns the worker left as text. */
function parse(results: Results<unknown>, parsers: Record<number, Parser>) {
  const columns = results.fields.map((f, i) => [i, f.name, f.dataTypeID, parsers[f.dataTypeID]] as const)
  const used = columns.filter(([, , , parser]) => parser !== undefined)
  if (used.length === 0) return
  for (const row of results.rows as unknown[]) {
    const cells = row as Record<string | number, unknown>
    for (const [index, name, type, parser] of used) {
      const key = Array.isArray(row) ? index : name
      const value = cells[key]
      if (typeof value === 'string') cells[key] = parser!(value, type)
    }
  }
}
