// The one place a call's cost is computed: the usage record and what an AIGNE client is shown both come from here.
// Counts follow Hub's `Usage`: promptTokens is every input token, of which cachedTokens were read from the
// provider's prompt cache and cacheWriteTokens written to it; each part has its own price (per 1M tokens).
import type { Usage } from '../../providers/types.ts'
import { billableCount, formatPicoUsd } from '../money.ts'

/** A model's prices in micro-USD per 1M tokens; a null cache price means the input price. */
export interface ModelPrices {
  inputMicros: bigint
  outputMicros: bigint
  cachedInputMicros: bigint | null
  cacheWriteMicros: bigint | null
}

const nonNegative = (micros: bigint) => (micros > 0n ? micros : 0n)

/** Tokens priced per part, so a record can be explained: uncached + cached + cacheWrite = promptTokens. */
export function inputParts(usage: Usage) {
  const cached = Math.max(0, usage.cachedTokens)
  const cacheWrite = Math.max(0, usage.cacheWriteTokens)
  return { uncached: Math.max(0, usage.promptTokens - cached - cacheWrite), cached, cacheWrite }
}

/**
 * USD as an exact 10-decimal string. `units` (images, seconds of audio) replace the completion tokens and
 * cost outputPrice each: prices are per 1M tokens, so a unit weighs a million tokens.
 */
export function callCost(usage: Usage, prices: ModelPrices, units?: number): string {
  const { uncached, cached, cacheWrite } = inputParts(usage)
  const output = units === undefined ? billableCount(usage.completionTokens) : billableCount(units) * 1_000_000n
  // Counts are validated before metering (sanitize-usage.ts); billableCount and nonNegative keep this total anyway.
  const pico =
    billableCount(uncached) * nonNegative(prices.inputMicros) +
    billableCount(cached) * nonNegative(prices.cachedInputMicros ?? prices.inputMicros) +
    billableCount(cacheWrite) * nonNegative(prices.cacheWriteMicros ?? prices.inputMicros) +
    output * nonNegative(prices.outputMicros)
  return formatPicoUsd(pico)
}
