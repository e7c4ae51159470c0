// Metering: decorates the app with the batched usage writer and a factory for per-call meters.
import type { FastifyInstance, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { usdToE10 } from '../../lib/money.ts'
import { NO_RESERVATION } from '../../lib/spend/control.ts'
import type { Reservation } from '../../lib/spend/types.ts'
import type { Principal } from '../../lib/tokens/principal.ts'
import { createMeter, type Meter } from '../../lib/usage/meter.ts'
import { importSpilledUsage, spillUsage } from '../../lib/usage/spill.ts'
import { createUsageWriter, type UsageEntry, type UsageWriter } from '../../lib/usage/writer.ts'
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
        reservation?: Reservation,
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

/** Records left over at shutdown (the database is unavailable) are saved for the next start. */
function spill(app: FastifyInstance, left: UsageEntry[]): void {
  if (left.length === 0) return
  try {
    const file = spillUsage(app.config.HUB_DATA_DIR, left)
    app.log.error({ count: left.length, file }, 'usage records could not be written; saved for the next start')
  } catch (err) {
    // The last place left: the log (records hold ids, models and counts, no secrets).
    const records = left.length <= 1000 ? left : undefined
    app.log.error({ err, count: left.length, records }, 'usage records could not be written nor saved')
  }
}

/** Writes what an earlier process saved at shutdown. */
async function importSpilled(app: FastifyInstance): Promise<void> {
  let result: Awaited<ReturnType<typeof importSpilledUsage>>
  try {
    result = await importSpilledUsage(app.database, app.config.HUB_DATA_DIR, app.config.USAGE_BATCH_SIZE)
  } catch (err) {
    // They stay where they are for the next start; this one goes on.
    app.log.error({ err }, 'saved usage records could not be read')
    return
  }
  if (result.unreadable.length) app.log.error({ files: result.unreadable }, 'saved usage records are unreadable')
  if (result.files === 0) return
  const { files, written, deadLetters, unavailable } = result
  if (unavailable) app.log.error({ err: unavailable, files }, 'saved usage records could not all be written yet')
  else app.log.info({ files, written, deadLetters: deadLetters.length }, 'saved usage records were written')
}

export default fp(
  async (app) => {
    const writer = createUsageWriter(app.database, {
      flushMs: app.config.USAGE_FLUSH_MS,
      batchSize: app.config.USAGE_BATCH_SIZE,
      maxBuffered: app.config.USAGE_MAX_BUFFERED,
      maxRetryMs: app.config.USAGE_MAX_RETRY_MS,
      log: app.log,
      // A credits call's cost left the live balance when it settled; its charge was never booked: give it back,
      // so the balance stays the ledger's sum.
      onDeadLetter: (entry) => {
        if (!entry.credits) return
        app.spend.credit(entry.accountId, usdToE10(entry.cost)).catch((err) => {
          app.log.error(
            { err, requestId: entry.requestId },
            'returning a dead-lettered call to the live balance failed',
          )
        })
      },
    })
    await importSpilled(app)
    const metrics = app.metrics
    metrics.watchUsageWriter(writer.state)
    // Every call's one usage record passes here: what metrics count is what was billed.
    const pushPostpaid = (entry: UsageEntry) => {
      metrics.call(entry)
      writer.push(entry)
    }
    const pushCredits = (entry: UsageEntry) => {
      metrics.call(entry)
      writer.push({ ...entry, credits: true })
    }
    app.decorate('usage', {
      writer,
      meter: (request, principal, resolved, endpoint, promptChars, reservation) =>
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
            prices: resolved.model,
            promptChars,
            reservation: reservation === NO_RESERVATION ? null : reservation,
            // Names the provider and what was wrong, never the payload (it may echo the prompt).
            onRejectedUsage: (rejected) =>
              request.log.warn(
                { provider: resolved.model.provider.name, model: resolved.model.id, rejected },
                'the provider reported usage that cannot be billed; it is estimated instead',
              ),
          },
          // A credits account's calls are charged in the batch that writes their records.
          principal.account.billingMode === 'credits' ? pushCredits : pushPostpaid,
        ),
    })
    app.addHook('onClose', async () => spill(app, await writer.close()))
  },
  { name: 'usage', dependencies: ['config', 'db', 'metrics'] },
)
