// When a provider says to come back: OpenAI sends `retry-after-ms` beside RFC 9110's `retry-after` (seconds or
// an HTTP date). Read once, when its error is built, so the attempt loop can wait exactly that long.
import type { IncomingHttpHeaders } from 'node:http'

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/** Milliseconds to wait, or undefined when the provider named no (valid) delay. */
export function retryAfterMs(headers: IncomingHttpHeaders, now = Date.now()): number | undefined {
  const ms = Number(first(headers['retry-after-ms']))
  if (Number.isFinite(ms) && ms >= 0 && first(headers['retry-after-ms'])?.trim()) return Math.ceil(ms)
  const value = first(headers['retry-after'])?.trim()
  if (!value) return undefined
  if (/^\d+(\.\d+)?$/.test(value)) return Math.ceil(Number(value) * 1000)
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}
