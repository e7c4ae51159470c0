// What Hub counts, as one typed interface: the HTTP layer, the metered calls, the usage writer, the token cache,
// spend control, and the routing layer (attempts, retries, failovers, cooldowns). Plain TypeScript: code in lib/
// and providers/ is handed this object (or one of its methods) and never imports prom-client. With metrics off
// the no-op below stands in, so callers never test whether metrics are on.
import type { UsageEntry } from '../usage/insert.ts'
import type { WriterState } from '../usage/writer.ts'

/**
 * How one upstream attempt ended: a closed set, so the label cannot grow. `ok` is a 2xx; the others are what a
 * router decides on (retry, fail over, cool down, disable).
 */
export type AttemptOutcome =
  | 'ok'
  | 'rate_limited'
  | 'server_error'
  | 'timeout'
  | 'unreachable'
  | 'auth_error'
  | 'client_error'
  | 'aborted'

export interface HubMetrics {
  /** One finished HTTP request: the route pattern (never the URL), method, status and Hub error code. */
  request(route: string | undefined, method: string, status: number, code: string | undefined, ms: number): void
  /** One metered call's usage record: tokens, cost, upstream latency and time to first byte. */
  call(entry: UsageEntry): void
  /** One token lookup in the verification cache. */
  tokenCache(hit: boolean): void
  /** One call refused by spend control, by its code (insufficient_credits, budget_exceeded, rate_limited). */
  spendRefusal(code: string): void
  /** Where the usage writer's state is read at scrape time (no cost per record). */
  watchUsageWriter(state: () => WriterState): void
  /** One upstream attempt. `model` is the catalogue id and `provider` the provider name, never client input. */
  attempt(a: { model: string; provider: string; outcome: AttemptOutcome }): void
  /** One retry of a call (any attempt after its first). */
  retry(r: { model: string }): void
  /** One move of a call to another deployment or credential. */
  failover(f: { model: string }): void
  /** One credential (or deployment, with `credential: ''`) put in cooldown. */
  cooldown(c: { provider: string; credential: string }): void
  /** One credential disabled by Hub (a provider's 401/403). */
  credentialDisabled(c: { provider: string }): void
}

const nothing = () => {}

/** Metrics off: every method does nothing, and prom-client is never loaded. */
export const noMetrics: HubMetrics = {
  request: nothing,
  call: nothing,
  tokenCache: nothing,
  spendRefusal: nothing,
  watchUsageWriter: nothing,
  attempt: nothing,
  retry: nothing,
  failover: nothing,
  cooldown: nothing,
  credentialDisabled: nothing,
}
