// The messages between Hub's thread and the worker thread that owns PGlite (lib/db/pglite-worker.ts).
export interface WorkerOptions {
  dataDir: string
  /** The worker's own idle collections (lib/idle-gc.ts) after this long without a statement; 0: none. */
  idleGcMs?: number
}

export type Request =
  | {
      op: 'query'
      sql: string
      params: unknown[]
      rowMode?: 'array' | 'object'
      /** Types whose values come back as PostgreSQL text, for the caller's own parsers. */
      rawTypes?: number[]
      blob?: Blob
      tx?: number
    }
  | { op: 'exec'; sql: string; tx?: number }
  | { op: 'begin' }
  | { op: 'rollback'; tx: number }
  | { op: 'end'; tx: number; commit: boolean }
  | { op: 'close' }

export type Message = Request & { id: number }

/** A thrown error as plain data: PostgreSQL errors keep their fields (code, detail, constraint…). */
export interface ErrorData {
  database: boolean
  message: string
  fields: Record<string, unknown>
}

export type Reply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: ErrorData }
