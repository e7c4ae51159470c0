// Metering: decorates the app with the batched usage writer and a factory for per-call meters.
import type { FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import type { Principal } from '../../lib/tokens/principal.ts'
import { createMeter, type Meter } from '../../lib/usage/meter.ts'
import { createUsageWriter, type UsageWriter } from '../../lib/usage/writer.ts'
import type { ResolvedModel } from './providers.ts'

declare module 'fastify' {
  interface FastifyInstance {
    usage: {
      writer: UsageWriter
      meter(
        request: FastifyRequest,
        principal: Principal,
        resolved: ResolvedModel,
        endpoint: string,
        promptChars: number,
      ): Meter
    }
  }
}

/** The calling app, as AIGNE clients name themselves. */
const appOf = (request: FastifyRequest): string | null => {
  const value = request.headers['x-aigne-hub-client-did']
  return typeof value === 'string' && value.length > 0 ? value.slice(0, 200) : null
}

export default fp(
  async (app) => {
    const writer = createUsageWriter(app.database, {
      flushMs: app.config.USAGE_FLUSH_MS,
      batchSize: app.config.USAGE_BATCH_SIZE,
      onError: (err, ctx) => app.log.error({ err, ...ctx }, 'writing usage records failed; will retry'),
    })
    app.decorate('usage', {
      writer,
      meter: (request, principal, resolved, endpoint, promptChars) =>
        createMeter(
          {
            requestId: request.id,
            tokenId: principal.tokenId,
            accountId: principal.accountId,
            app: appOf(request),
            endpoint,
            model: resolved.model.id,
            provider: resolved.model.provider,
            credentialId: resolved.target.credential?.id ?? null,
            inputMicros: resolved.model.inputMicros,
            outputMicros: resolved.model.outputMicros,
            promptChars,
            // Names the provider and what was wrong, never the payload (it may echo the prompt).
            onRejectedUsage: (rejected) =>
              request.log.warn(
                { provider: resolved.model.provider.name, model: resolved.model.id, rejected },
                'the provider reported usage that cannot be billed; it is estimated instead',
              ),
          },
          writer.push,
        ),
    })
    app.addHook('onClose', () => writer.close())
  },
  { name: 'usage', dependencies: ['config', 'db'] },
)
