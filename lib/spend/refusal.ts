// Why a call is not admitted, as the HubError the error handler renders in the surface's shape. A rate-limit
// refusal carries OpenAI's x-ratelimit-* headers and Retry-After (seconds to the window's reset).
import { HubError } from '../errors.ts'
import { e10ToUsd } from '../money.ts'
import { rateLimitHeaders } from './headers.ts'
import type { Check } from './store.ts'
import type { CallCost } from './types.ts'

/** A refusal with the headers to send with it. */
export class SpendRefusal extends HubError {
  readonly headers: Readonly<Record<string, string>>
  constructor(
    code: 'insufficient_credits' | 'budget_exceeded' | 'rate_limited',
    message: string,
    opts: { retryAfter?: number; headers?: Record<string, string> | null } = {},
  ) {
    super(code, message, { retryAfter: opts.retryAfter })
    this.headers = opts.headers ?? {}
  }
}

const usd = (e10: bigint) => `$${e10ToUsd(e10).replace(/\.?0+$/, '')}`
const whose = (c: Check) => (c.scope === 'token' ? "This token's" : "The token's account's")

function of(c: Check, worst: CallCost, now: number): SpendRefusal {
  switch (c.kind) {
    case 'balance':
      return new SpendRefusal(
        'insufficient_credits',
        `The account's credit balance does not cover this call's worst-case cost (${usd(worst.costE10)}); ` +
          'add credits, or lower max_tokens',
      )
    case 'budget':
      return new SpendRefusal(
        'budget_exceeded',
        `${whose(c)} ${c.period} budget of ${usd(c.limit)} does not cover this call's worst-case cost ` +
          `(${usd(worst.costE10)})${c.resetAt === null ? '' : `; it resets at ${new Date(c.resetAt).toISOString()}`}`,
      )
    case 'concurrency':
      return new SpendRefusal('rate_limited', `${whose(c)} limit of ${c.limit} concurrent requests is reached`, {
        retryAfter: 1,
      })
    default: {
      const resetAt = c.resetAt ?? now
      const retryAfter = Math.max(1, Math.ceil((resetAt - now) / 1000))
      const what =
        c.kind === 'rpm'
          ? `limit of ${c.limit} requests per minute is reached`
          : c.take > c.limit
            ? `limit of ${c.limit} tokens per minute is below this call's worst case (${c.take} tokens); lower max_tokens`
            : `limit of ${c.limit} tokens per minute is reached`
      return new SpendRefusal('rate_limited', `${whose(c)} ${what}; retry after ${retryAfter}s`, {
        retryAfter,
        headers: rateLimitHeaders([c], [c.limit], now),
      })
    }
  }
}

export const refusal = {
  of,
  unavailable: () =>
    new HubError(
      'unavailable',
      'Spend control cannot reach its counter store (Redis), so no call can be admitted; try again shortly',
      { retryAfter: 1 },
    ),
}
