// Token model allow-lists: "*" (everything), "openai/*" (one provider), "openai/gpt-4o*" (a family) or exact
// ids "openai/gpt-4o-mini". A `*` may only end a pattern, so matching is a prefix test.
const PATTERN = /^(\*|[A-Za-z0-9._-]+\/[^\s*]*\*?)$/

export const isValidModelPattern = (pattern: string): boolean => PATTERN.test(pattern)

export function modelAllowed(patterns: readonly string[], modelId: string): boolean {
  for (const pattern of patterns) {
    if (pattern === '*' || pattern === modelId) return true
    if (pattern.endsWith('*') && modelId.startsWith(pattern.slice(0, -1))) return true
  }
  return false
}

/**
 * True when every model id `pattern` matches is matched by one pattern of `set`. Every pattern is an exact id or a
 * prefix ("*" is the empty prefix), so one pattern covers another when its prefix starts the other's id or prefix.
 * A union of prefixes could in theory cover a prefix none of them covers alone (one pattern for each possible next
 * character); that is refused, as is any malformed pattern: when unsure, the answer is no.
 */
export function patternWithin(pattern: string, set: readonly string[]): boolean {
  if (!isValidModelPattern(pattern)) return false
  const wanted = pattern.endsWith('*') ? pattern.slice(0, -1) : pattern
  return set.some((held) => {
    if (!isValidModelPattern(held)) return false
    if (!held.endsWith('*')) return !pattern.endsWith('*') && held === pattern
    return wanted.startsWith(held.slice(0, -1))
  })
}

/** Every pattern of `patterns` lies within `set`; the first that does not, or null. */
export function patternOutside(patterns: readonly string[], set: readonly string[]): string | null {
  return patterns.find((pattern) => !patternWithin(pattern, set)) ?? null
}
