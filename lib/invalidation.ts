// Cross-process cache invalidation over PostgreSQL LISTEN/NOTIFY. Every write to tokens, accounts, providers or models
// sends pg_notify through the same database (the admin API and the CLI alike); every server listening on that
// database evicts at once, so a revoke on one replica applies to the next request on all of them. The cache TTL
// stays as a safety net for a dropped listener connection.
import pg from 'pg'

export const CHANNEL = 'hub_invalidate'

export type Invalidation =
  | { kind: 'token'; hash: string }
  | { kind: 'account'; id: string }
  | { kind: 'registry' }
  | { kind: 'all' }
  /** Not a write: a replica put a credential or deployment in cooldown until `until` (ms since the epoch). */
  | { kind: 'cooldown'; key: string; until: number }
  /** A credential's key was replaced: its failures and cooldown (the old key's) are forgotten. */
  | { kind: 'rekeyed'; credentialId: string }

export function parseInvalidation(payload: string | undefined): Invalidation | null {
  if (!payload) return null
  if (payload === 'registry' || payload === 'all') return { kind: payload }
  if (payload.startsWith('token:')) return { kind: 'token', hash: payload.slice(6) }
  if (payload.startsWith('account:')) return { kind: 'account', id: payload.slice(8) }
  if (payload.startsWith('rekeyed:') && payload.length > 8) return { kind: 'rekeyed', credentialId: payload.slice(8) }
  if (payload.startsWith('cooldown:')) {
    const at = payload.indexOf(':', 9)
    const until = Number(payload.slice(9, at))
    if (at === -1 || !Number.isSafeInteger(until) || at === payload.length - 1) return null
    return { kind: 'cooldown', until, key: payload.slice(at + 1) }
  }
  return null
}

export function encodeInvalidation(event: Invalidation): string {
  if (event.kind === 'token') return `token:${event.hash}`
  if (event.kind === 'account') return `account:${event.id}`
  if (event.kind === 'cooldown') return `cooldown:${event.until}:${event.key}`
  if (event.kind === 'rekeyed') return `rekeyed:${event.credentialId}`
  return event.kind
}

/** Tells every listening server (this one included) what changed, through the database it wrote to. */
export async function publishInvalidation(
  db: { $executeRaw: (query: TemplateStringsArray, ...values: unknown[]) => Promise<number> },
  event: Invalidation,
): Promise<void> {
  await db.$executeRaw`SELECT pg_notify(${CHANNEL}, ${encodeInvalidation(event)})`
}

/** Listens on a dedicated connection and reconnects with backoff if it drops. */
export function listenForInvalidations(
  connectionString: string,
  onEvent: (event: Invalidation) => void,
  log: { warn: (obj: object, msg: string) => void },
) {
  let client: pg.Client | null = null
  let closed = false
  let retry: NodeJS.Timeout | null = null
  let delay = 500

  async function connect(): Promise<void> {
    const next = new pg.Client({ connectionString })
    next.on('notification', (msg) => {
      const event = parseInvalidation(msg.payload)
      if (event) onEvent(event)
    })
    next.on('error', (err) => {
      log.warn({ err }, 'invalidation listener lost its connection; reconnecting')
      schedule()
    })
    try {
      await next.connect()
      await next.query(`LISTEN ${CHANNEL}`)
      client = next
      delay = 500
      // Anything may have changed while we were not listening.
      onEvent({ kind: 'all' })
    } catch (err) {
      log.warn({ err }, 'invalidation listener could not connect; retrying')
      await next.end().catch(() => {})
      schedule()
    }
  }

  function schedule(): void {
    if (closed || retry) return
    client?.end().catch(() => {})
    client = null
    retry = setTimeout(() => {
      retry = null
      void connect()
    }, delay)
    retry.unref()
    delay = Math.min(delay * 2, 30_000)
  }

  const ready = connect()
  return {
    ready,
    async close(): Promise<void> {
      closed = true
      if (retry) clearTimeout(retry)
      await client?.end().catch(() => {})
    },
  }
}
