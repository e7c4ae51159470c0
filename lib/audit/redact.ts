// The audit log stores API views, which hold no secret; this is the second lock on that door: any field whose
// name says secret is dropped, at any depth, whatever a future view starts to carry.
const SECRET_KEYS = /^(token|hash|secret|apikey|api_key|secretaccesskey|sessiontoken|password|authorization)$/i

export function redactSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactSecrets)
  if (value === null || typeof value !== 'object') return value
  if (value instanceof Date) return value.toISOString()
  const out: Record<string, unknown> = {}
  for (const [key, field] of Object.entries(value)) {
    if (!SECRET_KEYS.test(key)) out[key] = redactSecrets(field)
  }
  return out
}
