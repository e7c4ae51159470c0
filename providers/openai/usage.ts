import type { OpenAIUsage, Usage } from '../types.ts'

/** What OpenAI-compatible APIs add to OpenAI's usage for their prompt caches. */
interface CompatibleUsage {
  /** DeepSeek: the prompt tokens that hit its cache (prompt_tokens = hit + miss). */
  prompt_cache_hit_tokens?: number
  prompt_tokens_details?: { cached_tokens?: number; cache_write_tokens?: number } | null
}

/**
 * OpenAI counts cached tokens inside prompt_tokens (`prompt_tokens_details.cached_tokens`), as Hub's Usage does;
 * OpenRouter adds the tokens written to the cache as `prompt_tokens_details.cache_write_tokens`.
 */
export function fromOpenAIUsage(usage: OpenAIUsage | null | undefined): Usage | null {
  if (!usage) return null
  const compatible = usage as CompatibleUsage
  return {
    promptTokens: usage.prompt_tokens ?? 0,
    completionTokens: usage.completion_tokens ?? 0,
    cachedTokens: compatible.prompt_tokens_details?.cached_tokens ?? compatible.prompt_cache_hit_tokens ?? 0,
    cacheWriteTokens: compatible.prompt_tokens_details?.cache_write_tokens ?? 0,
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
    cacheWriteTokens: 0,
    reasoningTokens: 0,
  }
}
