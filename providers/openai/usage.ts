import type { OpenAIUsage, Usage } from '../types.ts'

export function fromOpenAIUsage(usage: OpenAIUsage | null | undefined): Usage | null {
  if (!usage) return null
  return {
    promptTokens: usage.prompt_tokens ?? 0,
    completionTokens: usage.completion_tokens ?? 0,
    cachedTokens: usage.prompt_tokens_details?.cached_tokens ?? 0,
    reasoningTokens: usage.completion_tokens_details?.reasoning_tokens ?? 0,
  }
}
