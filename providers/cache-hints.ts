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

/** A client's mark (`{type: "ephemeral", ttl?}`, as Chat Completions and AIGNE clients write it) as a breakpoint. */
export function toCacheControl(mark: unknown): CacheControl | undefined {
  const { type, ttl } = (mark ?? {}) as { type?: unknown; ttl?: unknown }
  if (type !== 'ephemeral') return undefined
  return { type: 'ephemeral', ...(typeof ttl === 'string' ? { ttl } : {}) }
}

/** The breakpoint marked on a part, message or tool: Hub's own, else the client's. */
export function cacheControlOf(item: unknown): CacheControl | undefined {
  if (typeof item !== 'object' || item === null) return undefined
  return (item as Hinted)[CACHE_HINT] ?? toCacheControl((item as Hinted).cache_control)
}

/** Marks a breakpoint on a request object without adding a field to what an openai-type provider is sent. */
export function withCacheHint<T extends object>(item: T, hint: CacheControl | null | undefined): T {
  if (hint) (item as Hinted)[CACHE_HINT] = hint
  return item
}
