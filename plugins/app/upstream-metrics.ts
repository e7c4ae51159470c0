// Feeds the routing layer's events (app.upstreams) into the metrics (app.metrics): each attempt by what ended it,
// the retries and failovers that followed, cooldowns and credentials Hub disabled. The routing layer says what it
// did next (retry, failover, fatal); the metrics say why, from the attempt's status and error code, so both
// questions have a bounded label.
import fp from 'fastify-plugin'
import type { AttemptOutcome } from '../../lib/metrics/hub-metrics.ts'
import type { AttemptEvent } from '../../lib/routing/attempts.ts'

function causeOf(event: AttemptEvent): AttemptOutcome {
  if (event.outcome === 'ok') return 'ok'
  if (event.code === 'client_closed') return 'aborted'
  if (event.status === 429) return 'rate_limited'
  if (event.code === 'upstream_timeout') return 'timeout'
  if (event.code === 'upstream_unreachable') return 'unreachable'
  if (event.code === 'upstream_auth_failed') return 'auth_error'
  return event.status >= 500 ? 'server_error' : 'client_error'
}

export default fp(
  async (app) => {
    const { metrics } = app
    /** The provider a cooldown key names: "<credential id, or provider id for a keyless one> <model>[#deployment]". */
    const providerOf = (id: string) => {
      for (const model of app.providers.catalogue()) {
        if (model.provider.id === id || model.credentials.some((c) => c.id === id)) return model.provider.name
      }
      return 'unknown'
    }
    app.upstreams.subscribe({
      onAttempt(event) {
        metrics.attempt({ model: event.model, provider: event.provider, outcome: causeOf(event) })
        if (event.outcome === 'retry' || event.outcome === 'failover') metrics.retry({ model: event.model })
        if (event.outcome === 'failover') metrics.failover({ model: event.model })
      },
      onCooldown({ key }) {
        const credential = key.split(' ')[0]
        metrics.cooldown({ provider: providerOf(credential), credential })
      },
      onCredentialDisabled({ provider }) {
        metrics.credentialDisabled({ provider })
      },
    })
  },
  { name: 'upstream-metrics', dependencies: ['metrics', 'routing', 'providers'] },
)
