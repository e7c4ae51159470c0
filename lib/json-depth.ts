// How deep a request's JSON may nest. V8 parses any depth, but everything after the parser recurses: Ajv on
// open schemas, JSON.stringify when the body is forwarded, provider translation of tool schemas. 10,000 levels
// in an unknown field overflowed the stack (a 500). Real payloads stay far below: a chat request with tool
// schemas nests a few dozen levels. 128 is serde_json's default recursion limit.
export const JSON_MAX_DEPTH = 128

/**
 * True when `value` holds objects or arrays nested more than `limit` levels (the top-level object is level 1).
 * Visits each container once and stops at the limit, so the recursion itself stays shallow.
 */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  if (typeof value !== 'object' || value === null) return false
  if (limit === 0) return true
  // Primitives are skipped without a call: arrays of numbers (token ids, vectors) are the bulkiest bodies.
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i]
      if (typeof item === 'object' && item !== null && nestsDeeperThan(item, limit - 1)) return true
    }
    return false
  }
  const record = value as Record<string, unknown>
  for (const key in record) {
    const item = record[key]
    if (typeof item === 'object' && item !== null && nestsDeeperThan(item, limit - 1)) return true
  }
  return false
}
