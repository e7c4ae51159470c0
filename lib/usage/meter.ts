// One meter per proxied call: it records exactly one usage entry whatever happens (success, upstream error,
// client abort, shutdown), with tokens from the upstream or, when a stream was cut before the upstream
// reported usage, estimated from what was delivered and flagged as such.

import type { ChatChunk, ChatResponse, Usage } from '../../providers/types.ts'
import { costUsd } from '../money.ts'
import { answerSize } from './answer-size.ts'
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
  inputMicros: bigint
  outputMicros: bigint
  /** Size of the prompt in characters, for estimating when the upstream never reports usage. */
  promptChars: number
  /** Told when the provider reported counts that cannot be billed (they are estimated instead). */
  onRejectedUsage?: (rejected: RejectedCount[]) => void
}

export interface Outcome {
  usage: Usage | null
  /**
   * Billable units when the provider counts no tokens (DALL·E images): each costs the model's outputPrice, and
   * the count is recorded as completion units.
   */
  units?: number
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
  let done = false

  function firstByte(): void {
    ttfbMs ??= Math.round(performance.now() - started)
  }

  /** Counts what a streamed chunk delivered to the client. */
  function delivered(chunk: ChatChunk): void {
    for (const choice of chunk.choices ?? []) {
      const delta = choice.delta
      if (!delta) continue
      if (typeof delta.content === 'string') deliveredChars += delta.content.length
      for (const call of delta.tool_calls ?? []) deliveredChars += call.function?.arguments?.length ?? 0
    }
  }

  /** Counts what a whole (non-streamed) chat answer delivered, for when its usage has to be estimated. */
  function answered(response: ChatResponse): void {
    deliveredChars += answerSize(response)
  }

  function finish(outcome: Outcome): void {
    if (done) return
    done = true
    // Counts that are not credible are treated as unreported (and estimated), never billed or stored as is.
    const checked = sanitizeUsage(outcome.usage, outcome.usage === null ? outcome.units : undefined)
    if (checked.rejected.length > 0) ctx.onRejectedUsage?.(checked.rejected)
    const units = checked.units
    // No count from the provider: estimate what a stream delivered, or a successful call's prompt (embeddings
    // from providers that report none). A failed call that delivered nothing costs nothing.
    const estimated =
      checked.rejected.length > 0 ||
      (checked.usage === null &&
        units === undefined &&
        (deliveredChars > 0 || (outcome.status < 400 && ctx.promptChars > 0)))
    const usage = checked.usage ?? {
      promptTokens: estimated ? estimateTokens(ctx.promptChars) : 0,
      completionTokens: units ?? estimateTokens(deliveredChars),
      cachedTokens: 0,
      reasoningTokens: 0,
    }
    // Prices are per 1M tokens, so a unit priced at outputPrice weighs a million tokens.
    const billedCompletion = units !== undefined ? units * 1_000_000 : usage.completionTokens
    push({
      requestId: ctx.requestId,
      tokenId: ctx.tokenId,
      accountId: ctx.accountId,
      app: ctx.app,
      model: ctx.model,
      providerId: ctx.provider?.id ?? null,
      providerName: ctx.provider?.name ?? null,
      credentialId: ctx.credentialId,
      endpoint: ctx.endpoint,
      promptTokens: usage.promptTokens,
      completionTokens: usage.completionTokens,
      cachedTokens: usage.cachedTokens,
      reasoningTokens: usage.reasoningTokens,
      cost: costUsd(usage.promptTokens, billedCompletion, ctx.inputMicros, ctx.outputMicros),
      status: outcome.status,
      aborted: outcome.aborted ?? false,
      estimated,
      errorCode: outcome.errorCode ?? null,
      latencyMs: Math.round(performance.now() - started),
      ttfbMs,
      createdAt: new Date(),
    })
  }

  return {
    firstByte,
    delivered,
    answered,
    finish,
    get finished() {
      return done
    },
  }
}

export type Meter = ReturnType<typeof createMeter>
