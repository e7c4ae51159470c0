// Batched usage writer: one INSERT per batch instead of one per request, flushed on a timer, when a batch
// fills, and on shutdown. A failed write keeps its records (up to a bound) and is retried on the next flush.
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
      } catch (err) {
        const dropped = Math.max(0, buffer.length - maxBuffered)
        if (dropped) buffer = buffer.slice(dropped)
        opts.onError?.(err, { pending: buffer.length, dropped })
        return
      }
      buffer = buffer.slice(batch.length)
    }
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
