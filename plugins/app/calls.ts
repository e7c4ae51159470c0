// Upstream calls in flight. Each gets an AbortSignal that fires when the client goes away, so the upstream
// request is cancelled (and billed for what was delivered); at shutdown, calls still running after the grace
// period are aborted the same way, so the server can close and flush usage.
//
// The frame of every proxied, metered call to a provider: resolve the model for the token, check the provider
// type offers the modality, give the call the client's AbortSignal, and record exactly one usage entry
// whatever happens. Routes only say what to send and how to answer.
import { Readable } from 'node:stream'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { HubError } from '../../lib/errors.ts'
import { NO_RESERVATION } from '../../lib/spend/control.ts'
import { SpendRefusal } from '../../lib/spend/refusal.ts'
import { worstCase } from '../../lib/spend/worst-case.ts'
import { traceOf } from '../../lib/trace-context.ts'
import { type CallMeter, callMeter } from '../../lib/usage/call-meter.ts'
import type { UsageEntry } from '../../lib/usage/insert.ts'
import type { JsonResult, ProviderAdapter, UpstreamCall } from '../../providers/types.ts'
import { principalOf } from './auth.ts'
import type { CatalogModel, ResolvedModel } from './providers.ts'

declare module 'fastify' {
  interface FastifyInstance {
    calls: {
      signal(reply: FastifyReply): AbortSignal
      inFlight(): number
      /** The model a request may call, checked without calling it (an early check, a free count). */
      check(request: FastifyRequest, opts: CallOptions): ResolvedModel
      run<T>(
        request: FastifyRequest,
        reply: FastifyReply,
        opts: CallOptions,
        handle: (call: Call) => Promise<T>,
      ): Promise<T>
    }
  }
}

export default fp(
  async (app) => {
    const active = new Set<AbortController>()

    function signal(reply: FastifyReply): AbortSignal {
      const controller = new AbortController()
      active.add(controller)
      reply.raw.once('close', () => {
        active.delete(controller)
        // 'close' after a complete response is normal; before it, the client went away.
        if (!reply.raw.writableFinished) controller.abort(new Error('client disconnected'))
      })
      return controller.signal
    }

    let deadline: NodeJS.Timeout | null = null
    let sweeper: NodeJS.Timeout | null = null
    app.addHook('preClose', async () => {
      deadline = setTimeout(() => {
        for (const controller of active) controller.abort(new Error('server shutting down'))
      }, app.config.SHUTDOWN_GRACE_MS)
      deadline.unref()
      // Node closes idle keep-alive connections once, when closing starts; a connection whose response ends
      // later would otherwise hold the server open until its keep-alive timeout.
      sweeper = setInterval(() => app.server.closeIdleConnections(), 50)
      sweeper.unref()
    })
    app.addHook('onClose', async () => {
      if (deadline) clearTimeout(deadline)
      if (sweeper) clearInterval(sweeper)
    })

    app.decorate('calls', {
      signal,
      inFlight: () => active.size,
      check: (request, opts) => checkCall(app, request, opts),
      run: (request, reply, opts, handle) => runCall(app, request, reply, opts, handle),
    })
  },
  { name: 'calls', dependencies: ['config'] },
)

/** The optional adapter methods: a provider type without one answers 400 for that endpoint. */
export type Capability = 'embeddings' | 'images' | 'imageEdit' | 'speech' | 'transcription' | 'video'
const CAPABILITY_NAMES: Record<Capability, string> = {
  embeddings: 'embeddings',
  images: 'images',
  imageEdit: 'image edits',
  speech: 'speech',
  transcription: 'transcription',
  video: 'video generation',
}

export interface CallOptions {
  modelId: string
  modelType: string
  /** The usage record's endpoint, e.g. "embeddings". */
  endpoint: string
  capability?: Capability
  /** Characters of prompt, to estimate usage when the provider reports none (and bound it for spend control). */
  promptChars: number
  /** The request's output ceiling (max_tokens); 0 for calls without output tokens; absent: the model's. */
  outputTokens?: number | null
  /** Units the call may bill at most, when billed per unit (images: n; transcription: seconds). */
  worstUnits?: number
}

/** Sends the call to the provider: tried on the model's candidates until one answers (see lib/routing/). */
export type Attempt = <T>(
  invoke: (adapter: ProviderAdapter, call: UpstreamCall) => Promise<T>,
  opts?: { repeatable?: boolean },
) => Promise<T>

/** One admitted call, as its route's handler sees it: what to call, and how to tell the meter what it answered. */
export interface Call extends Omit<CallMeter, 'failed' | 'settleUntold'> {
  resolved: ResolvedModel
  signal: AbortSignal
  attempt: Attempt
}

/** The model for this token (403 / 404 / 400 as typed errors) and the capability of its provider type. */
function checkCall(app: FastifyInstance, request: FastifyRequest, opts: CallOptions): ResolvedModel {
  const resolved = app.providers.forModel(principalOf(request), opts.modelId, opts.modelType)
  if (opts.capability && !resolved.adapter[opts.capability]) {
    throw new HubError(
      'validation_error',
      `Provider type "${resolved.model.provider.type}" does not offer ${CAPABILITY_NAMES[opts.capability]}`,
    )
  }
  return resolved
}

/**
 * Admits the call against its spend limits (402 / 429 before any byte is sent), then opens its meter, which
 * settles the reservation exactly once with what the call cost, whatever happens to it.
 */
async function beginCall(app: FastifyInstance, request: FastifyRequest, reply: FastifyReply, opts: CallOptions) {
  const principal = principalOf(request)
  const resolved = checkCall(app, request, opts)
  const signal = app.calls.signal(reply)
  let reservation = NO_RESERVATION
  if (app.spend.applies(principal)) {
    const model = resolved.model
    const worst = worstCase(
      model,
      { model: model.maxOutputTokens, fallback: app.config.DEFAULT_MAX_OUTPUT_TOKENS },
      {
        promptChars: opts.promptChars,
        outputTokens: opts.outputTokens,
        units: opts.worstUnits,
      },
    )
    try {
      reservation = await app.spend.admit(principal, worst)
    } catch (err) {
      if (err instanceof SpendRefusal) reply.headers(err.headers)
      throw err
    }
    reply.headers(reservation.headers)
  }
  // No await from here to the meter: once admitted, the meter owns the settlement.
  const meter = app.usage.meter(request, principal, resolved, opts.endpoint, opts.promptChars, reservation)
  const trace = traceOf(request).headers
  // What the provider type could not honour (providers/unsupported-params.ts), told before the answer starts.
  const warnings: string[] = []
  const warn = (message: string) => {
    if (warnings.includes(message) || reply.raw.headersSent) return
    warnings.push(message)
    reply.header('x-hub-warnings', warnings.join('; '))
  }
  const attempt: Attempt = (invoke, attemptOpts) =>
    app.upstreams.run(
      resolved,
      {
        signal,
        repeatable: attemptOpts?.repeatable,
        settle: (c, attempts) =>
          meter.routed(c?.target.provider ?? resolved.model.provider, c?.credentialId ?? null, attempts),
        hold: (release) => {
          if (reply.raw.destroyed || reply.raw.writableFinished) release()
          else reply.raw.once('close', release)
        },
      },
      (c) => invoke(c.adapter, { target: c.target, signal, requestId: request.id, trace, warn }),
    )
  return { resolved, signal, attempt, ...callMeter(meter, signal) }
}

/**
 * The one way a route calls a provider: resolve, check, admit and meter (beginCall), then the route's handler,
 * which says what to send and how to answer. Exactly one usage record: a handler that throws has its failure
 * recorded (and the error rethrown); a streamed answer records itself as it ends.
 */
async function runCall<T>(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  opts: CallOptions,
  handle: (call: Call) => Promise<T>,
): Promise<T> {
  const { failed, settleUntold, ...call } = await beginCall(app, request, reply, opts)
  try {
    const answer = await handle(call)
    settleUntold()
    return answer
  } catch (err) {
    failed(err)
    throw err
  }
}

export interface JsonCallOptions<T> extends CallOptions {
  capability: 'embeddings' | 'images' | 'imageEdit'
  invoke(adapter: ProviderAdapter, call: UpstreamCall): Promise<JsonResult<T>> | undefined
  /** Units billed at outputPrice each when the provider counted no tokens. */
  units?(result: JsonResult<T>): number | undefined
}

/** A call whose answer is one JSON document (embeddings, images). */
export function proxiedJsonCall<T>(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  opts: JsonCallOptions<T>,
): Promise<JsonResult<T> & { model: CatalogModel; billed: UsageEntry }> {
  return app.calls.run(request, reply, opts, async (call) => {
    const result = await call.attempt(async (adapter, upstream) => {
      const answer = await opts.invoke(adapter, upstream)
      if (!answer) throw new HubError('internal_error', `${opts.capability} is not available`)
      return answer
    })
    const billed = call.answered({ usage: result.usage, units: opts.units?.(result) })
    return { ...result, model: call.resolved.model, billed }
  })
}

/**
 * Sends an adapter's answer: the provider's own bytes when they already are it, else the object. An answer that
 * names its model names the id the client asked for ("openai/gpt-4o-mini", not the upstream's "gpt-4o-mini"):
 * what OpenAI-compatible clients compare with what they sent, and what a gateway's users recognise.
 */
export function sendJsonResult<T>(reply: FastifyReply, result: { response: T; raw?: string }, modelId: string) {
  const response = result.response as T & { model?: unknown }
  if (typeof response === 'object' && response !== null && 'model' in response) {
    return reply.type('application/json; charset=utf-8').send(JSON.stringify({ ...response, model: modelId }) as never)
  }
  if (result.raw === undefined) return reply.send(result.response)
  return reply.type('application/json; charset=utf-8').send(result.raw as never)
}

/** Sends SSE frames as they are produced, through proxies that would otherwise buffer them. */
export function sendEventStream(reply: FastifyReply, frames: AsyncIterable<string>) {
  reply
    .header('content-type', 'text/event-stream; charset=utf-8')
    .header('cache-control', 'no-cache')
    .header('x-accel-buffering', 'no')
  // Route schemas type the JSON answer; the stream is its text/event-stream alternative.
  return reply.send(Readable.from(frames) as never)
}
