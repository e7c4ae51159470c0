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

/** gpt-image-1 reports tokens; DALL·E reports nothing and is billed per image. */
export function fromImagesUsage(usage: { input_tokens?: number; output_tokens?: number } | undefined): Usage | null {
  if (!usage) return null
  return {
    promptTokens: usage.input_tokens ?? 0,
    completionTokens: usage.output_tokens ?? 0,
    cachedTokens: 0,
    reasoningTokens: 0,
  }
}
