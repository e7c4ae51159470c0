// Rate-limit headers as OpenAI sends them: x-ratelimit-{limit,remaining,reset}-{requests,tokens}, the reset as
// a duration ("850ms", "12s", "1m0s"). With both a token and an account limit, the one with less left is shown.
import type { Check } from './store.ts'

/** "850ms", "12s", "1.5s", "1m0s": OpenAI's duration text. */
export function durationText(ms: number): string {
  const whole = Math.max(0, Math.ceil(ms))
  if (whole < 1000) return `${whole}ms`
  if (whole < 60_000) return `${Number((whole / 1000).toFixed(3))}s`
  return `${Math.floor(whole / 60_000)}m${Math.floor((whole % 60_000) / 1000)}s`
}

const NAMES = { rpm: 'requests', tpm: 'tokens' } as const

/** Headers for the rpm/tpm checks, given each check's count after admission (or at refusal). */
export function rateLimitHeaders(checks: readonly Check[], counts: readonly bigint[], now: number) {
  let headers: Record<string, string> | null = null
  const shown: Record<string, bigint> = {}
  for (let i = 0; i < checks.length; i++) {
    const c = checks[i]
    if (c.kind !== 'rpm' && c.kind !== 'tpm') continue
    const name = NAMES[c.kind]
    const left = c.limit > counts[i] ? c.limit - counts[i] : 0n
    if (shown[name] !== undefined && shown[name] <= left) continue
    shown[name] = left
    headers ??= {}
    headers[`x-ratelimit-limit-${name}`] = c.limit.toString()
    headers[`x-ratelimit-remaining-${name}`] = left.toString()
    headers[`x-ratelimit-reset-${name}`] = durationText((c.resetAt ?? now) - now)
  }
  return headers
}
