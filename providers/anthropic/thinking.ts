// reasoning_effort → Anthropic's extended thinking (`thinking: {type: "enabled", budget_tokens}`), at the budgets
// Gemini gets (providers/reasoning.ts). What thinking forbids is refused, not changed: a temperature other than 1, a
// top_p under 0.95, a forced tool (tool_choice required or named), a max_tokens not above the budget. A request left
// without max_tokens gets the budget plus Hub's default answer length. One case cannot be served: in the middle of a
// tool loop Anthropic wants the assistant turn to start with its signed thinking block, which Chat Completions does
// not carry back; that turn is sent without thinking, and the answer says so in x-hub-warnings.
import { ASKED_BUDGET, thinkingBudget, type WithAskedBudget } from '../reasoning.ts'
import { invalid } from '../translation.ts'
import type { ChatRequest, UpstreamCall } from '../types.ts'

export interface Thinking {
  thinking?: { type: 'enabled'; budget_tokens: number }
  max_tokens: number
}

/** True when the request continues a tool loop: tool results after the last assistant turn, which called tools. */
function inToolLoop(req: ChatRequest): boolean {
  const messages = req.messages as { role: string; tool_calls?: unknown[] }[]
  const last = messages.findLastIndex((m) => m.role === 'assistant')
  return last >= 0 && (messages[last].tool_calls?.length ?? 0) > 0 && messages.at(-1)?.role === 'tool'
}

export function thinkingFor(req: ChatRequest, call: UpstreamCall, defaultMaxTokens: number): Thinking {
  const asked = req.max_completion_tokens ?? req.max_tokens
  const none = { max_tokens: asked ?? defaultMaxTokens }
  if (req.reasoning_effort == null) return none
  // A Messages client's own budget when it came with one (Bedrock-hosted Claude), else the level's.
  const budget = (req as WithAskedBudget)[ASKED_BUDGET] ?? thinkingBudget(req.reasoning_effort)
  if (budget === 0) return none
  if (inToolLoop(req)) {
    call.warn?.(
      'reasoning_effort was not sent for this turn: Anthropic needs the signed thinking of the tool-calling turn, ' +
        'which Chat Completions does not carry back',
    )
    return none
  }
  if (req.temperature != null && req.temperature !== 1) {
    throw invalid('Anthropic models think (reasoning_effort) only at temperature 1; leave temperature out')
  }
  if (req.top_p != null && req.top_p < 0.95) {
    throw invalid('Anthropic models think (reasoning_effort) only with top_p from 0.95 to 1')
  }
  if (req.tool_choice === 'required' || (typeof req.tool_choice === 'object' && req.tool_choice !== null)) {
    throw invalid('Anthropic models cannot be made to call a tool while they think (reasoning_effort); use "auto"')
  }
  if (asked != null && asked <= budget) {
    throw invalid(
      `reasoning_effort "${req.reasoning_effort}" thinks up to ${budget} tokens on Anthropic models, which ` +
        `max_tokens must exceed (it is ${asked})`,
    )
  }
  return { thinking: { type: 'enabled', budget_tokens: budget }, max_tokens: asked ?? budget + defaultMaxTokens }
}
