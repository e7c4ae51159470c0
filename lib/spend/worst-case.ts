// The most a call can cost, reserved before it goes upstream. Prompt tokens are bounded by the prompt's
// characters (a BPE tokenizer never makes more tokens than characters); output by the request's max_tokens, else
// the model's maxOutputTokens, else DEFAULT_MAX_OUTPUT_TOKENS. Calls billed per unit (images, seconds of audio)
// reserve their units. Priced by callCost, the one cost function.
import { emptyUsage } from '../../providers/types.ts'
import { usdToE10 } from '../money.ts'
import { callCost, type ModelPrices } from '../usage/cost.ts'
import type { CallCost } from './types.ts'

export interface WorstCaseInput {
  promptChars: number
  /** The request's output ceiling (max_tokens); 0 for calls with no output tokens (embeddings, speech). */
  outputTokens?: number | null
  /** Billable units (images, seconds of audio) when the call is billed per unit. */
  units?: number
}

export function worstCase(
  prices: ModelPrices,
  ceilings: { model: number | null; fallback: number },
  input: WorstCaseInput,
): CallCost {
  const promptTokens = Math.max(0, Math.ceil(input.promptChars))
  const usage = emptyUsage()
  usage.promptTokens = promptTokens
  if (input.units !== undefined) {
    return { costE10: usdToE10(callCost(usage, prices, input.units)), tokens: promptTokens }
  }
  usage.completionTokens = input.outputTokens ?? ceilings.model ?? ceilings.fallback
  return { costE10: usdToE10(callCost(usage, prices)), tokens: promptTokens + usage.completionTokens }
}
