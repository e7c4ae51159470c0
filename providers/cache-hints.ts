// Prompt-cache breakpoints, for the provider types that take them (Anthropic's `cache_control` blocks). A client
// marks them the way OpenRouter and LiteLLM take them on Chat Completions: `cache_control: {type: "ephemeral",
// ttl?}` on a content part, a message or a tool, which an openai-type provider also gets as sent. Hub's own marks
// (from an AIGNE client's `cacheConfig` and `cacheControl`) ride under a symbol, which JSON.stringify never writes,
// so an OpenAI-compatible API never sees a field it did not ask for.
export const CACHE_HINT: unique symbol = Symbol('hub.cacheControl')

export interface CacheControl {
  type: 'ephemeral'
  ttl?: string
}

type Hinted = { cache_control?: unknown; [CACHE_HINT]?: CacheControl }

/** The breakpoint marked on a part, message or tool: Hub's own, else the client's. */
export function cacheControlOf(item: unknown): CacheControl | undefined {
  if (typeof item !== 'object' || item === null) return undefined
  const own = (item as Hinted)[CACHE_HINT]
  if (own) return own
  const mark = (item as Hinted).cache_control as { type?: unknown; ttl?: unknown } | undefined
  if (mark?.type !== 'ephemeral') return undefined
  return { type: 'ephemeral', ...(typeof mark.ttl === 'string' ? { ttl: mark.ttl } : {}) }
}

/** Marks a breakpoint on a request object without adding a field to what an openai-type provider is sent. */
export function withCacheHint<T extends object>(item: T, hint: CacheControl | null | undefined): T {
  if (hint) (item as Hinted)[CACHE_HINT] = hint
  return item
}
