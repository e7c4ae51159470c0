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

// What PostgreSQL text cannot hold (NUL, a lone surrogate, also one left by the cut at 200) and control
// characters: one such record would fail its whole usage batch, again at every retry.
const UNSTORABLE = /[\p{Cc}\p{Cs}]/gu

/** The calling app, as AIGNE clients name themselves. */
const appOf = (request: FastifyRequest): string | null => {
  const value = request.headers['x-aigne-hub-client-did']
  if (typeof value !== 'string') return null
  const app = value.slice(0, 200).replace(UNSTORABLE, '')
  return app.length > 0 ? app : null
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
          },
          writer.push,
        ),
    })
    app.addHook('onClose', () => writer.close())
  },
  { name: 'usage', dependencies: ['config', 'db'] },
)
