// HubMetrics on prom-client, which the caller imports only when metrics are on and hands in (this module names
// its types only, so loading it loads nothing of prom-client). The hot path pays a Map lookup per request and per
// call: labelled children are cached under one string key, since prom-client hashes the labels on every
// `labels()` call. Every label value comes from a closed set (route patterns, methods, status codes, Hub error
// codes, catalogue models and provider names), so no client input can add a series.
import type * as PromClient from 'prom-client'
import type { UsageEntry } from '../usage/insert.ts'
import type { WriterState } from '../usage/writer.ts'
import type { HubMetrics } from './hub-metrics.ts'
import { type HistogramSeries, TalliedHistogram } from './tallied-histogram.ts'

/** Seconds: from a cached answer to a long generation. */
export const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300]

/** Methods Fastify routes; anything else a client sends is counted as OTHER, not as a series of its own. */
const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'])

/** SpendRefusal's codes (lib/spend/refusal.ts). */
const SPEND_REFUSALS = ['insufficient_credits', 'budget_exceeded', 'rate_limited']

/** A route label for a request no route matched (404s of any URL). */
const UNMATCHED = 'unmatched'

export interface PrometheusMetrics extends HubMetrics {
  registry: PromClient.Registry
  /** The exposition text and its content type. */
  scrape(): Promise<{ contentType: string; body: string }>
}

/** One series of a counter, counted here until the next scrape. */
class Tally {
  value = 0
  constructor(readonly labels: Record<string, string>) {}
  inc(n = 1) {
    this.value += n
  }
}

/** A Map of labelled children, filled on first use of each label combination. */
function cached<T>(make: (key: string) => T) {
  const children = new Map<string, T>()
  return (key: string): T => {
    let child = children.get(key)
    if (child === undefined) {
      child = make(key)
      children.set(key, child)
    }
    return child
  }
}

export function createPrometheusMetrics(
  prom: typeof PromClient,
  opts: { defaultMetrics?: boolean } = {},
): PrometheusMetrics {
  const { Counter, Gauge, Registry, collectDefaultMetrics } = prom
  const registry = new Registry()
  const registers = [registry]
  if (opts.defaultMetrics !== false) collectDefaultMetrics({ register: registry })
  const counter = <L extends string>(name: string, help: string, labelNames: L[]) =>
    new Counter<L>({ name, help, labelNames, registers })
  // Counters on the hot path count in plain numbers, handed to prom-client when scraped: a prom-client child
  // hashes and validates its labels again on every inc().
  const tallied = <L extends string>(name: string, help: string, labelNames: L[]) => {
    const tallies: Tally[] = []
    const c = new Counter<L>({
      name,
      help,
      labelNames,
      registers,
      collect() {
        for (const t of tallies) {
          if (t.value === 0) continue
          c.inc(t.labels as Partial<Record<L, string>>, t.value)
          t.value = 0
        }
      },
    })
    return (...values: string[]): Tally => {
      const t = new Tally(Object.fromEntries(labelNames.map((label, i) => [label, values[i] ?? ''])))
      // The series exists from its first use, at 0 until the next scrape.
      c.inc(t.labels as Partial<Record<L, string>>, 0)
      tallies.push(t)
      return t
    }
  }
  // Histograms likewise (three observations a proxied call): see tallied-histogram.ts.
  const histogram = (name: string, help: string, labelNames: string[]) => {
    const h = new TalliedHistogram(name, help, labelNames, LATENCY_BUCKETS)
    // The registry reads a metric through name, help, type and get(): the shape TalliedHistogram has.
    registry.registerMetric(h as unknown as PromClient.Metric)
    return h
  }

  const requests = tallied('hub_requests_total', 'HTTP requests by route pattern, method, status and Hub error code', [
    'route',
    'method',
    'status',
    'code',
  ])
  const requestSeconds = histogram(
    'hub_request_duration_seconds',
    'Time from request to the end of the response, by route pattern and method',
    ['route', 'method'],
  )
  const requestChild = cached((key) => {
    const [route, method, status, code] = key.split('\0')
    return { count: requests(route, method, status, code), seconds: requestSeconds.labels(route, method) }
  })

  const upstreamSeconds = histogram(
    'hub_upstream_duration_seconds',
    'Duration of metered provider calls (to the last byte), by model and provider',
    ['model', 'provider'],
  )
  const ttfbSeconds = histogram(
    'hub_upstream_ttfb_seconds',
    'Time to the first byte of the provider answer, by model and provider',
    ['model', 'provider'],
  )
  const calls = tallied(
    'hub_calls_total',
    'Metered provider calls (one usage record each), by model, provider and status',
    ['model', 'provider', 'status'],
  )
  const tokens = tallied(
    'hub_tokens_total',
    'Tokens billed, by model, provider and type (prompt, completion, cached, cache_write, reasoning)',
    ['model', 'provider', 'type'],
  )
  const cost = tallied('hub_cost_usd_total', 'Cost of metered calls in USD, by model and provider', [
    'model',
    'provider',
  ])
  const callChild = cached((key) => {
    const [model, provider] = key.split('\0')
    return {
      seconds: upstreamSeconds.labels(model, provider),
      // Made on the first time to first byte, so calls that never have one add no series.
      ttfb: null as HistogramSeries | null,
      prompt: tokens(model, provider, 'prompt'),
      completion: tokens(model, provider, 'completion'),
      cached: tokens(model, provider, 'cached'),
      cacheWrite: tokens(model, provider, 'cache_write'),
      reasoning: tokens(model, provider, 'reasoning'),
      cost: cost(model, provider),
    }
  })
  const callStatus = cached((key) => {
    const [model, provider, status] = key.split('\0')
    return calls(model, provider, status)
  })

  const tokenCache = tallied('hub_token_cache_total', 'Token verification cache lookups, by result (hit, miss)', [
    'result',
  ])
  const cacheHit = tokenCache('hit')
  const cacheMiss = tokenCache('miss')
  // Both series exist from the start (at 0), so a rate() over them has a beginning.

  const spendRefusals = counter('hub_spend_refusals_total', 'Calls refused by spend control, by code', ['code'])
  for (const code of SPEND_REFUSALS) spendRefusals.inc({ code }, 0)

  const attempts = tallied('hub_upstream_attempts_total', 'Upstream attempts, by model, provider and outcome', [
    'model',
    'provider',
    'outcome',
  ])
  // One attempt at least per call: cached like the request children.
  const attemptChild = cached((key) => {
    const [model, provider, outcome] = key.split('\0')
    return attempts(model, provider, outcome)
  })
  const retries = counter('hub_retries_total', 'Retries (attempts after the first) of calls, by model', ['model'])
  const failovers = counter('hub_failovers_total', 'Calls moved to another deployment or credential, by model', [
    'model',
  ])
  const cooldowns = counter(
    'hub_cooldowns_total',
    'Credentials or deployments put in cooldown, by provider and credential',
    ['provider', 'credential'],
  )
  const disabled = counter(
    'hub_credentials_disabled_total',
    'Credentials disabled by Hub (a provider answered 401/403), by provider',
    ['provider'],
  )

  // The usage writer's state is read when scraped: nothing is counted per record.
  let writerState: (() => WriterState) | null = null
  const gauge = (name: string, help: string, pick: (s: WriterState) => number) =>
    new Gauge({
      name,
      help,
      registers,
      collect() {
        if (writerState) this.set(pick(writerState()))
      },
    })
  // Totals the writer keeps itself, exposed as counters (set from its state at each scrape).
  const total = (name: string, help: string, pick: (s: WriterState) => number) =>
    new Counter({
      name,
      help,
      registers,
      collect() {
        if (!writerState) return
        this.reset()
        this.inc(pick(writerState()))
      },
    })
  gauge('hub_usage_queue_depth', 'Usage records waiting to be written', (s) => s.pending)
  gauge('hub_usage_writable', '1 while usage records are being written, 0 during a database outage', (s) =>
    Number(s.writable),
  )
  total('hub_usage_records_written_total', 'Usage records written since start', (s) => s.written)
  total(
    'hub_usage_records_dead_lettered_total',
    'Usage records the database refused (kept in UsageDeadLetter)',
    (s) => s.deadLettered,
  )
  total(
    'hub_usage_records_dropped_total',
    'Usage records dropped: database unavailable and buffer full',
    (s) => s.dropped,
  )
  total(
    'hub_usage_write_errors_total',
    'Usage writes that failed: the database could not be reached',
    (s) => s.writeErrors,
  )

  return {
    registry,
    async scrape() {
      return { contentType: registry.contentType, body: await registry.metrics() }
    },
    request(route, method, status, code, ms) {
      const m = METHODS.has(method) ? method : 'OTHER'
      const child = requestChild(`${route ?? UNMATCHED}\0${m}\0${status}\0${code ?? ''}`)
      child.count.inc()
      child.seconds.observe(ms / 1000)
    },
    call(entry: UsageEntry) {
      const provider = entry.providerName ?? ''
      const child = callChild(`${entry.model}\0${provider}`)
      callStatus(`${entry.model}\0${provider}\0${entry.status}`).inc()
      child.seconds.observe(entry.latencyMs / 1000)
      if (entry.ttfbMs !== null) {
        child.ttfb ??= ttfbSeconds.labels(entry.model, provider)
        child.ttfb.observe(entry.ttfbMs / 1000)
      }
      if (entry.promptTokens) child.prompt.inc(entry.promptTokens)
      if (entry.completionTokens) child.completion.inc(entry.completionTokens)
      if (entry.cachedTokens) child.cached.inc(entry.cachedTokens)
      if (entry.cacheWriteTokens) child.cacheWrite.inc(entry.cacheWriteTokens)
      if (entry.reasoningTokens) child.reasoning.inc(entry.reasoningTokens)
      const usd = Number(entry.cost)
      if (usd > 0) child.cost.inc(usd)
    },
    tokenCache(hit) {
      ;(hit ? cacheHit : cacheMiss).inc()
    },
    spendRefusal(code) {
      spendRefusals.labels(code).inc()
    },
    watchUsageWriter(state) {
      writerState = state
    },
    attempt({ model, provider, outcome }) {
      attemptChild(`${model}\0${provider}\0${outcome}`).inc()
    },
    retry({ model }) {
      retries.labels(model).inc()
    },
    failover({ model }) {
      failovers.labels(model).inc()
    },
    cooldown({ provider, credential }) {
      cooldowns.labels(provider, credential).inc()
    },
    credentialDisabled({ provider }) {
      disabled.labels(provider).inc()
    },
  }
}
