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
