// What a caller is shown of its own spending: GET /api/v2/credits, and AIGNE's GET /api/user/info (the shape the
// `aigne hub status` command reads: creditBalance.{balance,total} as decimal strings, enableCredit).
import { e10ToUsd } from '../money.ts'
import type { SpendState } from '../spend/types.ts'
import type { grantView, ledgerView } from './credits.ts'

export function ownCreditsView(
  state: SpendState,
  grants: ReturnType<typeof grantView>[],
  recentCharges: ReturnType<typeof ledgerView>[],
) {
  return {
    billingMode: state.billingMode,
    balance: state.billingMode === 'credits' && state.balance !== null ? e10ToUsd(state.balance) : null,
    currency: 'USD' as const,
    grants,
    budgets: state.budgets.map((b) => ({
      scope: b.scope,
      amount: e10ToUsd(b.amount),
      period: b.period as 'day' | 'week' | 'month' | 'lifetime',
      spent: e10ToUsd(b.spent),
      remaining: e10ToUsd(b.amount > b.spent ? b.amount - b.spent : 0n),
      resetsAt: b.resetsAt ? b.resetsAt.toISOString() : null,
    })),
    limits: state.limits.map((l) => ({ ...l, resetsAt: l.resetsAt ? l.resetsAt.toISOString() : null })),
    recentCharges,
  }
}

export interface UserInfoInput {
  account: { id: string; name: string }
  state: SpendState
  /** Everything ever credited (grants, refunds, positive adjustments) and the ledger's sum, 1e-10 USD. */
  ledger: { credited: bigint; balance: bigint }
  openGrants: number
}

/** AIGNE Hub's user info: credits are USD ("$"); `pendingCredit` is what calls in flight have reserved. */
export function userInfoView({ account, state, ledger, openGrants }: UserInfoInput) {
  const credits = state.billingMode === 'credits' && state.balance !== null
  const live = state.balance ?? 0n
  return {
    user: { did: account.id, fullName: account.name, email: '' },
    enableCredit: credits,
    creditPrefix: '$' as const,
    creditBalance: credits
      ? {
          balance: e10ToUsd(live),
          total: e10ToUsd(ledger.credited),
          grantCount: openGrants,
          pendingCredit: e10ToUsd(ledger.balance > live ? ledger.balance - live : 0n),
        }
      : null,
    paymentLink: null,
    profileLink: '',
  }
}
