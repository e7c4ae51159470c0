// Batched usage writer: one INSERT per batch instead of one per request, flushed on a timer, when a batch
// fills, and on shutdown. Two kinds of failure, handled apart so that no record blocks the others:
// - the database refuses some rows (a data error): the batch is split in halves until each refused record is
//   alone; the rest are written and each refused one goes to UsageDeadLetter with the error (never retried);
// - the database cannot be reached: every record stays buffered (up to maxBuffered, oldest dropped and
//   counted), the writer reports itself unavailable (/ready answers 503) and retries with backoff until the
//   database is back, then writes them all.
import type { OpenedDatabase } from '../db/open.ts'
import { type DeadLetter, writeBatch } from './write-batch.ts'

export type { UsageEntry } from './insert.ts'

import type { UsageEntry } from './insert.ts'

type UsageDb = Pick<OpenedDatabase, 'execute' | 'executeOnce' | 'transactionOnce' | 'committed' | 'kind'>

/** The few pino methods the writer logs with (app.log fits). */
export interface WriterLog {
  info(obj: object, msg: string): void
  warn(obj: object, msg: string): void
  error(obj: object, msg: string): void
}

export interface UsageWriterOptions {
  flushMs: number
  batchSize: number
  /** Records kept while the database is unreachable; beyond it the oldest are dropped, counted and logged. */
  maxBuffered?: number
  /** Longest wait between two attempts while the database is unreachable (the wait doubles up to it). */
  maxRetryMs?: number
  log?: WriterLog
  /** Told of each record the database refused (kept as a dead letter): it was never written, nor charged. */
  onDeadLetter?: (entry: UsageEntry) => void
}

export interface WriterState {
  /** False from a failed write until the next successful one. */
  writable: boolean
  pending: number
  /** Since this process started. */
  written: number
  deadLettered: number
  dropped: number
  /** Write attempts that failed because the database could not be reached. */
  writeErrors: number
}

export function createUsageWriter(db: UsageDb, opts: UsageWriterOptions) {
  const maxBuffered = Math.max(opts.maxBuffered ?? 100_000, opts.batchSize)
  const maxRetryMs = opts.maxRetryMs ?? 30_000
  const minRetryMs = Math.min(Math.max(opts.flushMs, 100), maxRetryMs)
  let buffer: UsageEntry[] = []
  let inFlight = 0
  let flushing: Promise<void> | null = null
  let closed = false
  // The current outage ("episode"): logged once when it starts and once when it ends, not on every attempt.
  let outage: { since: number; attempts: number; dropped: number; retryMs: number; nextAt: number } | null = null
  let retryTimer: NodeJS.Timeout | null = null
  const totals = { written: 0, deadLettered: 0, dropped: 0, writeErrors: 0 }
  // The first `count` buffered records may already be in the database (the connection broke as they committed).
  let uncertain: { xid: string; count: number } | null = null

  function deadLettered(letters: DeadLetter[]): void {
    totals.deadLettered += letters.length
    for (const { entry, code, message } of letters) {
      opts.onDeadLetter?.(entry)
      opts.log?.error(
        { requestId: entry.requestId, model: entry.model, code, error: message },
        'the database refused a usage record; it is kept in UsageDeadLetter',
      )
    }
  }

  function unavailable(err: unknown): void {
    totals.writeErrors++
    if (!outage) {
      outage = { since: Date.now(), attempts: 0, dropped: 0, retryMs: minRetryMs, nextAt: 0 }
      opts.log?.error(
        { err, pending: buffer.length },
        'writing usage records failed: the database is unavailable; records are kept and retried',
      )
    } else outage.retryMs = Math.min(outage.retryMs * 2, maxRetryMs)
    outage.attempts++
    outage.nextAt = Date.now() + outage.retryMs
    scheduleRetry(outage.retryMs)
  }

  function recovered(): void {
    if (!outage) return
    const { since, attempts, dropped } = outage
    outage = null
    opts.log?.info(
      { downMs: Date.now() - since, attempts, dropped },
      'the database is back: buffered usage records were written',
    )
  }

  function scheduleRetry(ms: number): void {
    if (closed || retryTimer) return
    retryTimer = setTimeout(() => {
      retryTimer = null
      void flush()
    }, ms)
    retryTimer.unref()
  }

  /** Settles an uncertain commit: drops its records if they are in, else leaves them to be written. */
  async function resolveUncertain(): Promise<boolean> {
    if (!uncertain) return true
    const { xid, count } = uncertain
    let committed: boolean
    try {
      committed = await db.committed(xid)
    } catch (err) {
      unavailable(err)
      return false
    }
    if (committed) buffer.splice(0, count)
    uncertain = null
    return true
  }

  async function writeAll(): Promise<void> {
    if (!(await resolveUncertain())) return
    while (buffer.length > 0) {
      // Taken out of the buffer while written, so dropping the oldest (push) never touches them.
      const batch = buffer.splice(0, opts.batchSize)
      inFlight = batch.length
      const result = await writeBatch(db, batch)
      inFlight = 0
      if (result.deadLetters.length) deadLettered(result.deadLetters)
      totals.written += result.settled - result.deadLetters.length
      if (result.unavailable !== undefined) {
        buffer = batch.slice(result.settled).concat(buffer)
        uncertain = result.uncertain ?? null
        unavailable(result.unavailable)
        trim()
        return
      }
    }
    recovered()
  }

  /** Keeps the newest maxBuffered records; what is dropped is counted and logged once per outage. */
  function trim(): void {
    const excess = Math.min(buffer.length + inFlight - maxBuffered, buffer.length)
    if (excess <= 0) return
    buffer.splice(0, excess)
    totals.dropped += excess
    if (uncertain) uncertain = uncertain.count > excess ? { ...uncertain, count: uncertain.count - excess } : null
    const first = outage === null || outage.dropped === 0
    if (outage) outage.dropped += excess
    if (first) {
      opts.log?.error(
        { maxBuffered },
        'usage records are being dropped: the database is unavailable and the buffer is full (USAGE_MAX_BUFFERED)',
      )
    }
  }

  /** Writes what is buffered now, whatever the backoff says (shutdown, reads of usage, /ready). */
  function flush(): Promise<void> {
    flushing ??= writeAll().finally(() => {
      flushing = null
    })
    return flushing
  }

  function push(entry: UsageEntry): void {
    buffer.push(entry)
    if (outage) {
      trim()
      return // the retry timer writes them
    }
    if (buffer.length >= opts.batchSize && !flushing) void flush()
  }

  // While the database is out, the timer leaves retries to the backoff.
  const tick = () => {
    if (!outage || Date.now() >= outage.nextAt) void flush()
  }
  const timer = opts.flushMs > 0 ? setInterval(tick, opts.flushMs) : null
  timer?.unref()

  /** A final attempt; returns what could not be written (the caller decides where it goes). */
  async function close(): Promise<UsageEntry[]> {
    closed = true
    if (timer) clearInterval(timer)
    if (retryTimer) clearTimeout(retryTimer)
    // A flush may be running; wait for it, then write what arrived meanwhile.
    await flush()
    await flush()
    const left = buffer
    buffer = []
    return left
  }

  const state = (): WriterState => ({
    writable: outage === null,
    pending: buffer.length + inFlight,
    ...totals,
  })

  return { push, flush, close, pending: () => buffer.length + inFlight, state }
}

export type UsageWriter = ReturnType<typeof createUsageWriter>
