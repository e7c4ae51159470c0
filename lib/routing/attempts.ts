// The attempt loop of one client call: pick a candidate, invoke it, and on a failure the provider may not repeat
// (429, 5xx, a timeout or refused connection before the first byte, a refused credential) try another one, or the
// same after a backoff or the provider's retry-after, within the call's budget of attempts and time. Adapters
// resolve once the provider answered 2xx, so everything here happens before the client's first byte.
import { setTimeout as sleep } from 'node:timers/promises'
import { HubError } from '../errors.ts'
import { UpstreamAbortedError } from '../upstream-http.ts'
import type { Health } from './health.ts'
import type { Load, Strategy } from './load.ts'
import { type Candidate, pickCandidate } from './pick.ts'

export interface RoutingPolicy {
  maxAttempts: number
  /** No attempt starts (and no wait is begun) past this many ms after the first one. */
  maxRetryMs: number
  /** First backoff before a candidate is tried again; doubled each time, with full jitter. */
  backoffMs: number
  /** A provider's retry-after above this is not waited for (the call fails over or ends). */
  maxRetryAfterMs: number
}

/** One upstream attempt, as the usage record keeps it. */
export interface AttemptRecord {
  provider: string
  credentialId: string | null
  deployment?: string
  /** The HTTP status the attempt ended with (200 for the one that answered). */
  status: number
  code: string
  ms: number
}

export type AttemptOutcome = 'ok' | 'retry' | 'failover' | 'fatal'

export interface AttemptEvent {
  model: string
  provider: string
  credentialId: string | null
  deploymentId: string | null
  outcome: AttemptOutcome
  status: number
  code: string
  ms: number
}

export interface AttemptRun<C extends Candidate> {
  model: string
  candidates: readonly C[]
  health: Health
  policy: RoutingPolicy
  signal: AbortSignal
  /** False when the request cannot be sent twice (an upload streamed from the client): one attempt only. */
  repeatable?: boolean
  /** Disabled on this replica while the write that disables it everywhere is under way. */
  excluded?: (candidate: C) => boolean
  /** The provider refused the candidate's credential: disable it. */
  onAuthFailure?: (candidate: C, err: HubError) => void
  onAttempt?: (event: AttemptEvent) => void
  /** Told once, before the loop returns or throws: who answered last, and the attempts if there was more than one. */
  settle: (candidate: C | null, attempts: AttemptRecord[] | null) => void
  random?: () => number
  /** The model's strategy, and this server's measurements it picks by (both absent: weighted). */
  strategy?: Strategy
  load?: Load
  /**
   * Least-busy: the answered call stays in flight until the caller releases it (its response closed); without
   * this, it is released when the provider answered.
   */
  hold?: (release: () => void) => void
}

type Failure = 'abort' | 'auth' | 'retry' | 'fatal'

/** What a failed attempt means for the next one: 4xx other than 429 are the request's fault and repeat the same. */
function classify(err: unknown, signal: AbortSignal): Failure {
  if (signal.aborted || err instanceof UpstreamAbortedError) return 'abort'
  if (!(err instanceof HubError)) return 'fatal'
  switch (err.code) {
    case 'upstream_auth_failed':
      return 'auth'
    case 'upstream_timeout':
    case 'upstream_unreachable':
      return 'retry'
    case 'upstream_error':
      return err.statusCode === 429 || err.statusCode >= 500 ? 'retry' : 'fatal'
    default:
      return 'fatal'
  }
}

const statusOf = (err: unknown) => (err instanceof HubError ? err.statusCode : 500)
const codeOf = (err: unknown) => (err instanceof HubError ? err.code : 'internal_error')

function recordOf(c: Candidate, status: number, code: string, ms: number): AttemptRecord {
  const record: AttemptRecord = { provider: c.providerName, credentialId: c.credentialId, status, code, ms }
  if (c.deploymentId) record.deployment = c.deploymentId
  return record
}

/** No candidate was usable: all refused by their provider (being disabled), or cooling down until a time. */
function noneUsable<C extends Candidate>(run: AttemptRun<C>, excluded: (c: C) => boolean): HubError {
  const { model, health, candidates } = run
  if (candidates.every(excluded)) {
    return new HubError(
      'no_credentials',
      `Every provider credential for model "${model}" was refused by its provider and is being disabled`,
    )
  }
  const waitMs = health.soonest(candidates.map((c) => c.key))
  return new HubError(
    'unavailable',
    `Every provider credential for model "${model}" failed recently and is cooling down; try again shortly`,
    { retryAfter: Math.max(1, Math.ceil(waitMs / 1000)) },
  )
}

export async function runAttempts<C extends Candidate, T>(
  run: AttemptRun<C>,
  invoke: (candidate: C) => Promise<T>,
): Promise<{ value: T; candidate: C }> {
  const { health, policy, signal } = run
  const maxAttempts = run.repeatable === false ? 1 : policy.maxAttempts
  const started = performance.now()
  let tried: Set<C> | null = null
  let refused: Set<C> | null = null
  let attempts: AttemptRecord[] | null = null
  let last: C | null = null
  let lastError: unknown = null
  const excluded = (c: C) => refused?.has(c) === true || run.excluded?.(c) === true
  const { strategy, load } = run
  const counts = load && strategy === 'least-busy' ? load : null
  const times = load && strategy === 'lowest-latency' ? load : null

  for (let n = 0; n < maxAttempts; n++) {
    const picked = pickCandidate(run.candidates, { health, tried, excluded, random: run.random, strategy, load })
    if (!picked) break
    const c = picked.candidate
    if (picked.probe) health.claimProbe(c.key)
    if (picked.measure) times?.claim(c.key)
    counts?.start(c.key)
    last = c
    const t0 = performance.now()
    try {
      const value = await invoke(c)
      health.success(c.key)
      const ms = Math.round(performance.now() - t0)
      times?.sample(c.key, ms)
      if (counts) {
        const release = () => counts.end(c.key)
        if (run.hold) run.hold(release)
        else release()
      }
      attempts?.push(recordOf(c, 200, 'ok', ms))
      run.onAttempt?.(eventOf(run.model, c, 'ok', 200, 'ok', ms))
      run.settle(c, attempts)
      return { value, candidate: c }
    } catch (err) {
      counts?.end(c.key)
      const ms = Math.round(performance.now() - t0)
      const kind = classify(err, signal)
      lastError = err
      if (kind === 'abort') {
        health.release(c.key)
        run.settle(c, attempts)
        throw err
      }
      attempts ??= []
      attempts.push(recordOf(c, statusOf(err), codeOf(err), ms))
      if (kind === 'fatal') {
        // The provider answered (the request's fault): it is alive, and a probe that ends so has succeeded.
        if (err instanceof HubError && err.code === 'upstream_error') health.success(c.key)
        else health.release(c.key)
        run.onAttempt?.(eventOf(run.model, c, 'fatal', statusOf(err), codeOf(err), ms))
        run.settle(c, attempts)
        throw err
      }
      if (kind === 'auth') {
        health.release(c.key)
        refused ??= new Set()
        refused.add(c)
        run.onAuthFailure?.(c, err as HubError)
      } else {
        health.failure(c.key)
      }
      tried ??= new Set()
      tried.add(c)
      const next = n + 1 < maxAttempts ? nextStep(run, c, err, n, { tried, excluded }) : null
      const elapsed = performance.now() - started
      if (!next || elapsed + next.waitMs > policy.maxRetryMs) {
        run.onAttempt?.(eventOf(run.model, c, 'fatal', statusOf(err), codeOf(err), ms))
        break
      }
      run.onAttempt?.(eventOf(run.model, c, next.failover ? 'failover' : 'retry', statusOf(err), codeOf(err), ms))
      if (next.waitMs > 0) {
        try {
          await sleep(next.waitMs, undefined, { signal })
        } catch {
          run.settle(c, attempts)
          throw new UpstreamAbortedError()
        }
      }
    }
  }
  run.settle(last, attempts)
  throw lastError ?? noneUsable(run, excluded)
}

/**
 * After a failed attempt: another usable candidate is tried at once; the same one only after the provider's
 * retry-after (if not too long) or an exponential backoff with full jitter. Null: nothing more to try.
 */
function nextStep<C extends Candidate>(
  run: AttemptRun<C>,
  failed: C,
  err: unknown,
  n: number,
  filter: { tried: ReadonlySet<C>; excluded: (c: C) => boolean },
): { waitMs: number; failover: boolean } | null {
  const other = pickCandidate(run.candidates, {
    health: run.health,
    tried: filter.tried,
    excluded: (c) => c === failed || filter.excluded(c),
    random: run.random,
  })
  if (other && !filter.tried.has(other.candidate)) return { waitMs: 0, failover: true }
  if (filter.excluded(failed) || run.health.state(failed.key) === 'cooling') {
    return other ? { waitMs: backoff(run, n), failover: true } : null
  }
  const retryAfter = err instanceof HubError ? err.retryAfterMs : undefined
  if (retryAfter !== undefined) {
    return retryAfter > run.policy.maxRetryAfterMs ? null : { waitMs: retryAfter, failover: false }
  }
  return { waitMs: backoff(run, n), failover: false }
}

const backoff = (run: { random?: () => number; policy: RoutingPolicy }, n: number) =>
  Math.round((run.random ?? Math.random)() * run.policy.backoffMs * 2 ** n)

function eventOf(
  model: string,
  c: Candidate,
  outcome: AttemptOutcome,
  status: number,
  code: string,
  ms: number,
): AttemptEvent {
  return {
    model,
    provider: c.providerName,
    credentialId: c.credentialId,
    deploymentId: c.deploymentId,
    outcome,
    status,
    code,
    ms,
  }
}
