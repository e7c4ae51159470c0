// One meter per proxied call: it records exactly one usage entry whatever happens (success, upstream error,
// client abort, shutdown), with tokens from the upstream or, when it reported none (a stream cut before its
// count, an answer without usage), estimated from the prompt and all that was delivered, and flagged as such.

import type { ChatResponse, Usage } from '../../providers/types.ts'
import { usdToE10 } from '../money.ts'
import type { AttemptRecord } from '../routing/attempts.ts'
import type { Reservation } from '../spend/types.ts'
import type { StreamPart } from '../stream-parts/types.ts'
import { callCost, type ModelPrices } from './cost.ts'
import { answerOutputSize, partOutputSize } from './output-size.ts'
import { type RejectedCount, sanitizeUsage } from './sanitize-usage.ts'
import type { UsageEntry } from './writer.ts'

export interface MeterContext {
  requestId: string
  tokenId: string
  accountId: string
  app: string | null
  endpoint: string
  model: string
  provider: { id: string; name: string } | null
  credentialId: string | null
  prices: ModelPrices
  /** Size of the prompt in characters, for estimating when the upstream never reports usage. */
  promptChars: number
  /** Told when the provider reported counts that cannot be billed (they are estimated instead). */
  onRejectedUsage?: (rejected: RejectedCount[]) => void
  /** What spend control reserved for the call: settled with the recorded cost when the call is recorded. */
  reservation?: Reservation | null
}

export interface Outcome {
  usage: Usage | null
  /**
   * Billable units when the provider counts no tokens (DALL·E images): each costs the model's outputPrice, and
   * the count is recorded as completion units.
   */
  units?: number
  /** The units are an estimate (a transcription whose length neither the provider nor the upload told). */
  unitsEstimated?: boolean
  status: number
  aborted?: boolean
  errorCode?: string | null
}

/** About four characters per token for English text: only used when the upstream gave no count. */
const estimateTokens = (chars: number) => Math.ceil(chars / 4)

export function createMeter(ctx: MeterContext, push: (entry: UsageEntry) => void) {
  const started = performance.now()
  let ttfbMs: number | null = null
  let deliveredChars = 0
  let record: UsageEntry | null = null
  let provider = ctx.provider
  let credentialId = ctx.credentialId
  let attempts: AttemptRecord[] | null = null

  /** Where the call went in the end (after retries or failover), and every attempt when there was more than one. */
  function routed(to: { id: string; name: string }, credential: string | null, tried: AttemptRecord[] | null): void {
    provider = to
    credentialId = credential
    attempts = tried
  }

  function firstByte(): void {
    ttfbMs ??= Math.round(performance.now() - started)
  }

  /** Counts what a stream part delivered to the client. */
  function delivered(part: StreamPart): void {
    deliveredChars += partOutputSize(part)
  }

  /** Counts what a whole answer delivered, for when the provider reported no usage with it. */
  function deliveredAnswer(response: ChatResponse): void {
    deliveredChars += answerOutputSize(response)
  }

  /** Records the call once; later calls return the first record. */
  function finish(outcome: Outcome): UsageEntry {
    if (record) return record
    // Counts that are not credible are treated as unreported (and estimated), never billed or stored as is.
    const checked = sanitizeUsage(outcome.usage, outcome.usage === null ? outcome.units : undefined)
    if (checked.rejected.length > 0) ctx.onRejectedUsage?.(checked.rejected)
    const units = checked.units
    // No count from the provider: estimate what was delivered, or a successful call's prompt (embeddings
    // from providers that report none). A failed call that delivered nothing costs nothing.
    const estimated =
      checked.rejected.length > 0 ||
      (checked.usage === null &&
        (units === undefined
          ? deliveredChars > 0 || (outcome.status < 400 && ctx.promptChars > 0)
          : outcome.unitsEstimated === true))
    const usage = checked.usage ?? {
      promptTokens: estimated ? estimateTokens(ctx.promptChars) : 0,
      completionTokens: units ?? estimateTokens(deliveredChars),
      cachedTokens: 0,
      cacheWriteTokens: 0,
      reasoningTokens: 0,
    }
    record = {
      requestId: ctx.requestId,
      tokenId: ctx.tokenId,
      accountId: ctx.accountId,
      app: ctx.app,
      model: ctx.model,
      providerId: provider?.id ?? null,
      providerName: provider?.name ?? null,
      credentialId,
      endpoint: ctx.endpoint,
      promptTokens: usage.promptTokens,
      completionTokens: usage.completionTokens,
      cachedTokens: usage.cachedTokens,
      cacheWriteTokens: usage.cacheWriteTokens,
      reasoningTokens: usage.reasoningTokens,
      cost: callCost(usage, ctx.prices, units),
      status: outcome.status,
      aborted: outcome.aborted ?? false,
      estimated,
      errorCode: outcome.errorCode ?? null,
      latencyMs: Math.round(performance.now() - started),
      ttfbMs,
      attempts,
      createdAt: new Date(),
    }
    push(record)
    // Exactly once, as the record: what was delivered is what stays spent, the rest of the reservation is released.
    ctx.reservation?.settle({ costE10: usdToE10(record.cost), tokens: record.promptTokens + record.completionTokens })
    return record
  }

  return {
    routed,
    firstByte,
    delivered,
    deliveredAnswer,
    finish,
    get finished() {
      return record !== null
    },
    /** The usage record, once the call is finished: what an AIGNE client is told it cost. */
    get billed() {
      return record
    },
  }
}

export type Meter = ReturnType<typeof createMeter>
