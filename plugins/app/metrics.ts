// Prometheus metrics (METRICS_ENABLED, default on): decorates the app with `app.metrics`, the typed HubMetrics
// API every other part reports through, counts each request in one callback-style onResponse hook, and, with
// METRICS_PORT, serves GET /metrics on a listener of its own (otherwise routes/metrics.ts serves it on the main
// port behind the `metrics` scope). With metrics off, a no-op stands in and prom-client is never imported.
import fp from 'fastify-plugin'
import { ConfigError } from '../../lib/config.ts'
import { type HubMetrics, noMetrics } from '../../lib/metrics/hub-metrics.ts'
import { type Exposition, type MetricsListener, startMetricsListener } from '../../lib/metrics/listener.ts'
import { createPrometheusMetrics } from '../../lib/metrics/prometheus.ts'
import { SpendRefusal } from '../../lib/spend/refusal.ts'

declare module 'fastify' {
  interface FastifyInstance {
    metrics: HubMetrics
    /** The exposition text; null when metrics are off. */
    scrapeMetrics: (() => Promise<Exposition>) | null
    /** The METRICS_PORT listener, when there is one. */
    metricsListener: MetricsListener | null
  }
}

export default fp(
  async (app) => {
    const config = app.config
    if (!config.METRICS_ENABLED) {
      app.decorate('metrics', noMetrics)
      app.decorate('scrapeMetrics', null)
      app.decorate('metricsListener', null)
      return
    }
    const metrics = createPrometheusMetrics(await import('prom-client'))
    app.decorate('metrics', metrics)
    app.decorate('scrapeMetrics', metrics.scrape)

    // Callback style: an async hook costs a promise per request on the hot path.
    app.addHook('onResponse', (request, reply, done) => {
      const err = request.hubError
      metrics.request(request.routeOptions.url, request.method, reply.statusCode, err?.code, reply.elapsedTime)
      if (err instanceof SpendRefusal) metrics.spendRefusal(err.code)
      done()
    })

    let listener: MetricsListener | null = null
    if (config.METRICS_PORT !== undefined) {
      try {
        listener = await startMetricsListener(config.METRICS_HOST, config.METRICS_PORT, metrics.scrape, (err) =>
          app.log.error({ err }, 'collecting metrics failed'),
        )
      } catch (err) {
        // A port taken or an address this host does not have: one line for the operator, not a stack trace.
        const code = (err as { code?: string }).code ?? (err as Error).message
        throw new ConfigError(
          `invalid setting METRICS_PORT: cannot listen on ${config.METRICS_HOST}:${config.METRICS_PORT} (${code})`,
        )
      }
      app.log.info({ url: `${listener.url}/metrics` }, 'metrics listener started')
      app.addHook('onClose', () => listener?.close())
    }
    app.decorate('metricsListener', listener)
  },
  { name: 'metrics', dependencies: ['config'] },
)
