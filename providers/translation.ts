// Pieces every translating adapter (anthropic, bedrock, google) needs on the OpenAI side of its translation.
import { HubError } from '../lib/errors.ts'
import type { Usage } from './types.ts'

/** A request the provider cannot take as sent: the client's to fix, so a 400. */
export const invalid = (message: string) => new HubError('validation_error', message)

/** The text of an OpenAI message content: a string, or its text parts joined. */
export function textOf(content: unknown): string {
  if (typeof content === 'string') return content
  if (!Array.isArray(content)) return ''
  return content
    .map((part: { type?: string; text?: string }) => (part.type === 'text' ? (part.text ?? '') : ''))
    .join('')
}

/** An OpenAI tool call's arguments string as the object native APIs want. */
export function parseArguments(args: string, name: string): unknown {
  if (args.trim() === '') return {}
  try {
    return JSON.parse(args)
  } catch {
    throw invalid(`tool call "${name}" has arguments that are not JSON`)
  }
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
