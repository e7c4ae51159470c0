// Token counts as Hub bills them, and as OpenAI's `usage` object: below both the provider adapters and the
// surfaces' encoders, which both speak them.

/**
 * Token counts as billed. `promptTokens` is every input token, whatever the provider calls it: of those,
 * `cachedTokens` were read from its prompt cache and `cacheWriteTokens` written to it (each priced apart).
 */
export interface Usage {
  promptTokens: number
  completionTokens: number
  cachedTokens: number
  cacheWriteTokens: number
  reasoningTokens: number
}

/** Hub's usage as OpenAI's `usage` object. */
export function toOpenAIUsage(usage: Usage) {
  return {
    prompt_tokens: usage.promptTokens,
    completion_tokens: usage.completionTokens,
    total_tokens: usage.promptTokens + usage.completionTokens,
    // cache_write_tokens as OpenRouter names them; OpenAI's own usage has no such field.
    prompt_tokens_details: {
      cached_tokens: usage.cachedTokens,
      ...(usage.cacheWriteTokens ? { cache_write_tokens: usage.cacheWriteTokens } : {}),
    },
    completion_tokens_details: { reasoning_tokens: usage.reasoningTokens },
  }
}
