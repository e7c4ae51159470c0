// Routing of proxied calls: the attempt loop (lib/routing/attempts.ts) with this server's credential health,
// the budget from the configuration, and what a refused credential sets off: it is skipped here at once, then
// disabled in the database with the reason (audited as Hub itself), which reloads every replica's registry.
// Other plugins (metrics) observe attempts, cooldowns and disabled credentials through `app.upstreams.subscribe`.
import fp from 'fastify-plugin'
import { SYSTEM_ACTOR } from '../../lib/audit/actor.ts'
import { HubError } from '../../lib/errors.ts'
import { publishInvalidation } from '../../lib/invalidation.ts'
import type { AttemptRecord } from '../../lib/routing/attempts.ts'
import { type AttemptEvent, runAttempts } from '../../lib/routing/attempts.ts'
import { credentialHealthPrefix, type RouteCandidate } from '../../lib/routing/candidates.ts'
import { type CheckResult, checkCandidates } from '../../lib/routing/check.ts'
import { createHealth } from '../../lib/routing/health.ts'
import { createLoad } from '../../lib/routing/load.ts'
import type { ResolvedModel } from './providers.ts'

/** What a metrics plugin (or any observer) is told. Listeners must not throw; they run on the hot path. */
export interface RoutingEvents {
  onAttempt?(event: AttemptEvent): void
  /** A credential (key: its id, or its provider's for a keyless one) failed often enough to be skipped. */
  onCooldown?(event: { key: string; failures: number; until: Date }): void
  onCredentialDisabled?(event: { providerId: string; provider: string; credentialId: string; reason: string }): void
}

export interface RunOptions {
  signal: AbortSignal
  /** False for a request that cannot be sent twice (a streamed upload). */
  repeatable?: boolean
  /** Told once where the call went and the attempts when there was more than one (the usage record's). */
  settle(candidate: RouteCandidate | null, attempts: AttemptRecord[] | null): void
  /** Least-busy: hands over the answered call's release, to be called when its response has closed. */
  hold?(release: () => void): void
}

const MAX_REASON = 500
/** A save waits this long at most for its check: a provider that does not answer does not hold the admin up. */
const SAVE_CHECK_TIMEOUT_MS = 10_000

declare module 'fastify' {
  interface FastifyInstance {
    upstreams: {
      run<T>(resolved: ResolvedModel, opts: RunOptions, invoke: (candidate: RouteCandidate) => Promise<T>): Promise<T>
      /** This server's view of a credential: healthy, cooling (until when) or probing, with recent failures. */
      health: ReturnType<typeof createHealth>
      /** This server's calls in flight and answer times per candidate, for least-busy and lowest-latency. */
      load: ReturnType<typeof createLoad>
      subscribe(listener: RoutingEvents): void
      /** Checks a provider's enabled credentials with one small call each to one of its chat models. */
      check(providerId: string, modelId?: string): Promise<{ model: string; data: CheckResult[] }>
      /**
       * The same check for one credential just saved, with a chat model it serves; null when it serves none.
       * Resolves once a refused credential has been disabled.
       */
      checkCredential(credentialId: string): Promise<{ model: string; result: CheckResult } | null>
      /** A credential's key was replaced: its failures and cooldown are forgotten here and on the other replicas. */
      rekeyed(credentialId: string): Promise<void>
    }
  }
}

export default fp(
  async (app) => {
    const { config } = app
    const listeners: RoutingEvents[] = []
    const health = createHealth({
      failures: config.ROUTING_COOLDOWN_FAILURES,
      windowMs: config.ROUTING_COOLDOWN_WINDOW_MS,
      cooldownMs: config.ROUTING_COOLDOWN_MS,
      onCooldown: ({ key, failures, untilMs }) => {
        app.log.warn({ key, failures, until: new Date(untilMs) }, 'a provider credential is cooling down')
        for (const l of listeners) l.onCooldown?.({ key, failures, until: new Date(untilMs) })
        // The other replicas on this PostgreSQL database skip it too (plugins/app/invalidation.ts): off the hot
        // path, a failing call is already slow.
        if (app.database.kind === 'postgres') {
          publishInvalidation(app.db, { kind: 'cooldown', key, until: untilMs }).catch((err) =>
            app.log.warn({ err }, 'telling other replicas of a cooldown failed'),
          )
        }
      },
    })
    const load = createLoad({ remeasureMs: config.ROUTING_REMEASURE_MS })
    const policy = {
      maxAttempts: config.ROUTING_MAX_ATTEMPTS,
      maxRetryMs: config.ROUTING_MAX_RETRY_MS,
      backoffMs: config.ROUTING_BACKOFF_MS,
      maxRetryAfterMs: config.ROUTING_MAX_RETRY_AFTER_MS,
    }
    // Refused credentials, skipped here until the write that disables them everywhere has reloaded the registry.
    const refused = new Set<string>()
    const excluded = (c: RouteCandidate) => refused.size > 0 && c.credentialId !== null && refused.has(c.credentialId)
    const onAttempt = (event: AttemptEvent) => {
      for (const l of listeners) l.onAttempt?.(event)
    }

    function onAuthFailure(c: RouteCandidate, err: Error): Promise<void> {
      const credentialId = c.credentialId
      if (credentialId === null || refused.has(credentialId)) return Promise.resolve()
      refused.add(credentialId)
      const provider = c.target.provider
      // The message is the provider's, already redacted of the key and anything key-shaped.
      const reason = err.message.slice(0, MAX_REASON)
      return app.catalogue
        .disableCredential(provider.id, credentialId, reason, SYSTEM_ACTOR)
        .then((disabled) => {
          if (!disabled) return
          app.log.error(
            { provider: provider.name, credentialId },
            `provider "${provider.name}" refused credential ${credentialId}; Hub disabled it`,
          )
          for (const l of listeners)
            l.onCredentialDisabled?.({ providerId: provider.id, provider: provider.name, credentialId, reason })
        })
        .catch((e) => app.log.error({ err: e, credentialId }, 'disabling a refused credential failed'))
        .finally(() => refused.delete(credentialId))
    }

    async function check(providerId: string, modelId?: string) {
      const model = app.providers
        .catalogue('chat')
        .find((m) => (modelId === undefined ? m.provider.id === providerId : m.id === modelId))
      if (!model) {
        throw new HubError(
          'validation_error',
          modelId === undefined
            ? 'The provider has no enabled chat model to check its credentials with'
            : `Model "${modelId}" is not an enabled chat model`,
        )
      }
      const own = model.candidates.filter((c) => c.target.provider.id === providerId)
      if (!own.length) throw new HubError('validation_error', `Model "${model.id}" is not served by this provider`)
      return { model: model.id, data: await checkCandidates(model.id, own, health, onAuthFailure) }
    }

    async function checkCredential(credentialId: string) {
      for (const model of app.providers.catalogue('chat')) {
        const own = model.candidates.find((c) => c.credentialId === credentialId)
        if (!own) continue
        const disabling: Promise<void>[] = []
        const [result] = await checkCandidates(
          model.id,
          [own],
          health,
          (c, err) => disabling.push(onAuthFailure(c, err)),
          SAVE_CHECK_TIMEOUT_MS,
        )
        await Promise.all(disabling)
        return { model: model.id, result }
      }
      return null
    }

    async function rekeyed(credentialId: string) {
      health.forget(credentialHealthPrefix(credentialId))
      if (app.database.kind !== 'postgres') return
      // The key is saved either way: a replica that missed this probes the credential once its cooldown ends.
      await publishInvalidation(app.db, { kind: 'rekeyed', credentialId }).catch((err) =>
        app.log.warn({ err }, 'telling other replicas of a replaced key failed'),
      )
    }

    app.decorate('upstreams', {
      health,
      load,
      check,
      checkCredential,
      rekeyed,
      subscribe: (listener: RoutingEvents) => {
        listeners.push(listener)
      },
      async run<T>(resolved: ResolvedModel, opts: RunOptions, invoke: (c: RouteCandidate) => Promise<T>) {
        const { value } = await runAttempts(
          {
            model: resolved.model.id,
            candidates: resolved.candidates,
            health,
            policy,
            signal: opts.signal,
            repeatable: opts.repeatable,
            excluded,
            onAuthFailure,
            onAttempt: listeners.length ? onAttempt : undefined,
            settle: opts.settle,
            strategy: resolved.model.strategy,
            load,
            hold: opts.hold,
          },
          invoke,
        )
        return value
      },
    })
  },
  { name: 'routing', dependencies: ['config', 'db', 'providers', 'catalogue'] },
)
