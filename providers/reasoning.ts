// How much a model may think, in the two ways providers take it: OpenAI's `reasoning_effort` level, and a budget in
// tokens (Gemini's thinkingBudget, Anthropic's and AIGNE's budget_tokens). Levels become budgets as Google's own
// OpenAI-compatible API maps them; budgets become levels at the thresholds of the AIGNE framework's OpenAI model,
// so one setting means the same thing whichever way it reaches Hub.
import { invalid } from './translation.ts'

const BUDGETS: Record<string, number> = { none: 0, minimal: 0, low: 1024, medium: 8192, high: 24576 }

/** The thinking budget for a reasoning_effort level (0: no thinking); an unknown level is a 400. */
export function thinkingBudget(effort: string): number {
  const budget = BUDGETS[effort]
  if (budget === undefined)
    throw invalid(`reasoning_effort "${effort}" is not one of ${Object.keys(BUDGETS).join(', ')}`)
  return budget
}

/** The reasoning_effort level for a thinking budget in tokens. */
export function effortForBudget(budget: number): string | undefined {
  if (budget > 5000) return 'high'
  if (budget > 1000) return 'medium'
  if (budget > 500) return 'low'
  if (budget > 0) return 'minimal'
  return undefined
}

/**
 * The exact budget a client that speaks in tokens asked for (the Messages API's thinking.budget_tokens), kept beside
 * the reasoning_effort it also becomes. Claude models (on Bedrock) need it exact: max_tokens must exceed it. A symbol
 * key, so it never reaches an upstream's wire (JSON leaves symbols out) nor the Chat Completions schema.
 */
export const ASKED_BUDGET = Symbol('askedThinkingBudget')

export type WithAskedBudget = { [ASKED_BUDGET]?: number }
