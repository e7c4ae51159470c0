// Principals with spend limits, as the token cache builds them, for tests of spend control without HTTP.
import type { BillingMode, Principal, SpendLimits } from '../../lib/tokens/principal.ts'

export const noLimits = (): SpendLimits => ({ budget: null, rpm: null, tpm: null, concurrency: null })

export function principalWith(opts: {
  accountId: string
  tokenId: string
  billingMode?: BillingMode
  token?: Partial<SpendLimits>
  account?: Partial<SpendLimits>
}): Principal {
  return {
    tokenId: opts.tokenId,
    tokenName: 'test',
    tokenHint: 'hub_test',
    accountId: opts.accountId,
    scopes: new Set(['chat']),
    models: ['*'],
    expiresAt: null,
    limits: { ...noLimits(), ...opts.token },
    account: { billingMode: opts.billingMode ?? 'postpaid', limits: { ...noLimits(), ...opts.account } },
  }
}
