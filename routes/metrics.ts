// GET /metrics: Prometheus exposition text, for a scraper holding a token with the `metrics` scope (or `admin`).
// Not served here when metrics are off, or when METRICS_PORT gives them a listener of their own.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'

const metrics: FastifyPluginAsyncTypebox = async (app) => {
  const scrape = app.scrapeMetrics
  if (!scrape || app.config.METRICS_PORT !== undefined) return
  app.get(
    '/metrics',
    {
      // Scraped every few seconds: no log line each time, as for the probes.
      config: { scope: 'metrics', silent: true },
      schema: {
        operationId: 'getMetrics',
        tags: ['ops'],
        summary: 'Prometheus metrics: requests, latency, tokens, cost, usage writer, token cache, routing',
        response: {
          200: {
            description: 'Prometheus text exposition format 0.0.4',
            content: { 'text/plain': { schema: Type.String() } },
          },
        },
      },
    },
    async (_request, reply) => {
      const { contentType, body } = await scrape()
      return reply.type(contentType).send(body)
    },
  )
}

export default metrics
