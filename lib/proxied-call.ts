// One proxied, metered call to a provider for the JSON endpoints (embeddings, images): resolve the model for
// the token, check the provider type offers the modality, call it with the client's AbortSignal, and record
// exactly one usage entry whatever happens.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { principalOf } from '../plugins/app/auth.ts'
import type { CatalogModel } from '../plugins/app/providers.ts'
import type { JsonResult, ProviderAdapter, UpstreamCall } from '../providers/types.ts'
import { HubError } from './errors.ts'
import type { Meter } from './usage/meter.ts'

/** Records a call that failed before it produced an answer. */
export function meterFailure(meter: Meter, err: unknown, signal: AbortSignal): void {
  meter.finish({
    usage: null,
    status: err instanceof HubError ? err.statusCode : 500,
    aborted: signal.aborted,
    errorCode: err instanceof HubError ? err.code : 'internal_error',
  })
}

export interface JsonCallOptions<T> {
  modelId: string
  modelType: string
  /** The usage record's endpoint, e.g. "embeddings". */
  endpoint: string
  /** The adapter method, for the "not offered by this provider type" error. */
  capability: 'embeddings' | 'images'
  promptChars: number
  invoke(adapter: ProviderAdapter, call: UpstreamCall): Promise<JsonResult<T>> | undefined
  /** Units billed at outputPrice each when the provider counted no tokens. */
  units?(result: JsonResult<T>): number | undefined
}

export async function proxiedJsonCall<T>(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  opts: JsonCallOptions<T>,
): Promise<JsonResult<T> & { model: CatalogModel }> {
  const principal = principalOf(request)
  const resolved = app.providers.forModel(principal, opts.modelId, opts.modelType)
  if (!resolved.adapter[opts.capability]) {
    throw new HubError(
      'validation_error',
      `Provider type "${resolved.model.provider.type}" does not offer ${opts.capability}`,
    )
  }
  const signal = app.calls.signal(reply)
  const meter = app.usage.meter(request, principal, resolved, opts.endpoint, opts.promptChars)
  try {
    const result = await opts.invoke(resolved.adapter, { target: resolved.target, signal, requestId: request.id })
    if (!result) throw new HubError('internal_error', `${opts.capability} is not available`)
    meter.firstByte()
    meter.finish({ usage: result.usage, units: opts.units?.(result), status: 200 })
    return { ...result, model: resolved.model }
  } catch (err) {
    meterFailure(meter, err, signal)
    throw err
  }
}

/** Sends an adapter's answer: the provider's own bytes when they already are it, else the object. */
export function sendJsonResult<T>(reply: FastifyReply, result: { response: T; raw?: string }) {
  if (result.raw === undefined) return reply.send(result.response)
  return reply.type('application/json; charset=utf-8').send(result.raw as never)
}
