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

const NAMES = {
  rpm: ['x-ratelimit-limit-requests', 'x-ratelimit-remaining-requests', 'x-ratelimit-reset-requests'],
  tpm: ['x-ratelimit-limit-tokens', 'x-ratelimit-remaining-tokens', 'x-ratelimit-reset-tokens'],
} as const

/** Headers for the rpm/tpm checks, given each check's count after admission (or at refusal); null: none apply. */
export function rateLimitHeaders(checks: readonly Check[], counts: readonly bigint[], now: number) {
  let headers: Record<string, string> | null = null
  let requestsLeft = -1n
  let tokensLeft = -1n
  for (let i = 0; i < checks.length; i++) {
    const c = checks[i]
    if (c.kind !== 'rpm' && c.kind !== 'tpm') continue
    const left = c.limit > counts[i] ? c.limit - counts[i] : 0n
    // The token's and the account's limit: show the one with less left.
    const shown = c.kind === 'rpm' ? requestsLeft : tokensLeft
    if (shown >= 0n && shown <= left) continue
    if (c.kind === 'rpm') requestsLeft = left
    else tokensLeft = left
    const [limitName, remainingName, resetName] = NAMES[c.kind]
    headers ??= {}
    headers[limitName] = c.limit.toString()
    headers[remainingName] = left.toString()
    headers[resetName] = durationText((c.resetAt ?? now) - now)
  }
  return headers
}
