// reasoning_effort → extended thinking for the Claude models Bedrock hosts: Converse passes
// `additionalModelRequestFields.thinking` to the model as Anthropic's Messages API takes it, so the budgets, the
// refusals and the tool-loop rule are Anthropic's own (anthropic/thinking.ts). Thinking comes back as
// reasoningContent (response.ts, stream.ts). Other Bedrock models (Nova, Llama, DeepSeek…) take reasoning settings
// of their own, or none: reasoning_effort is not sent to them, and the answer says so. A Claude model is known by
// its id (`anthropic.claude-…`, `us.anthropic.claude-…`); an application inference profile's ARN does not say.
import { DEFAULT_MAX_TOKENS } from '../anthropic/request.ts'
import { thinkingFor } from '../anthropic/thinking.ts'
import { thinkingBudget } from '../reasoning.ts'
import type { ChatRequest, UpstreamCall } from '../types.ts'

export interface ConverseThinking {
  additionalModelRequestFields: { thinking: { type: 'enabled'; budget_tokens: number } }
  maxTokens: number
}

const isClaude = (upstreamModel: string) => /claude/i.test(upstreamModel)

export function converseThinking(req: ChatRequest, call: UpstreamCall): ConverseThinking | null {
  if (req.reasoning_effort == null) return null
  if (!isClaude(call.target.upstreamModel)) {
    if (thinkingBudget(req.reasoning_effort) > 0) {
      call.warn?.('reasoning_effort is supported for Claude models on Bedrock only and was not sent')
    }
    return null
  }
  const { thinking, max_tokens } = thinkingFor(req, call, DEFAULT_MAX_TOKENS)
  return thinking ? { additionalModelRequestFields: { thinking }, maxTokens: max_tokens } : null
}
