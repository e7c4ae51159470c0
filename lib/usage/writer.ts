// Batched usage writer: one INSERT per batch instead of one per request, flushed on a timer, when a batch
// fills, and on shutdown. A failed write keeps its records (up to a bound) and is retried on the next flush;
// a record the database refuses is dropped alone, not with its batch.
import type { OpenedDatabase } from '../db/open.ts'
import { insertUsage, type UsageEntry } from './insert.ts'

export type { UsageEntry }

export interface UsageWriterOptions {
  flushMs: number
  batchSize: number
  /** Records kept while the database is unreachable; beyond it the oldest are dropped and logged. */
  maxBuffered?: number
  onError?: (err: unknown, context: { pending: number; dropped: number }) => void
}

export function createUsageWriter(db: Pick<OpenedDatabase, 'execute' | 'kind'>, opts: UsageWriterOptions) {
  const maxBuffered = opts.maxBuffered ?? 100_000
  let buffer: UsageEntry[] = []
  let flushing: Promise<void> | null = null

  async function writeAll(): Promise<void> {
    while (buffer.length > 0) {
      const batch = buffer.slice(0, opts.batchSize)
      try {
        await insertUsage(db, batch)
        buffer = buffer.slice(batch.length)
      } catch (err) {
        if (isDataError(err)) {
          if (!(await writeOneByOne(batch.length, err))) return
          continue
        }
        const dropped = Math.max(0, buffer.length - maxBuffered)
        if (dropped) buffer = buffer.slice(dropped)
        opts.onError?.(err, { pending: buffer.length, dropped })
        return
      }
    }
  }

  /**
   * A record the database refuses (a data exception) would fail its batch at every retry and hold back every
   * record after it: the batch is written row by row instead, and only the refused rows are dropped (and logged).
   * False when the database itself failed meanwhile; the rest stays buffered for the next flush.
   */
  async function writeOneByOne(count: number, cause: unknown): Promise<boolean> {
    let dropped = 0
    for (let i = 0; i < count; i++) {
      try {
        await insertUsage(db, [buffer[0]])
      } catch (err) {
        if (!isDataError(err)) {
          opts.onError?.(err, { pending: buffer.length, dropped })
          return false
        }
        dropped++
      }
      buffer = buffer.slice(1)
    }
    opts.onError?.(cause, { pending: buffer.length, dropped })
    return true
  }

  function flush(): Promise<void> {
    flushing ??= writeAll().finally(() => {
      flushing = null
    })
    return flushing
  }

  function push(entry: UsageEntry): void {
    buffer.push(entry)
    if (buffer.length >= opts.batchSize && !flushing) void flush()
  }

  const timer = opts.flushMs > 0 ? setInterval(() => void flush(), opts.flushMs) : null
  timer?.unref()

  async function close(): Promise<void> {
    if (timer) clearInterval(timer)
    // A flush may be running; wait for it, then write what arrived meanwhile.
    await flush()
    await flush()
  }

  return { push, flush, close, pending: () => buffer.length }
}

export type UsageWriter = ReturnType<typeof createUsageWriter>

/** PostgreSQL's class 22, data exception: bad encoding, a value out of range. Retrying cannot help. */
function isDataError(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code
  return typeof code === 'string' && code.startsWith('22')
}
