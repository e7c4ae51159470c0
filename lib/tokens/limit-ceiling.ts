// The admin ceiling for budgets and rate limits: a token that is not a full admin may only give a token limits
// at least as tight as its own. For each limit the holder has (rpm, tpm, concurrency, budget), what it grants
// must have that limit too, no higher; a budget must be over the same period and no larger. A limit the holder
// does not have may be set freely. (The account's own limits apply to every token of the account anyway.)
import { e10ToUsd } from '../money.ts'
import type { SpendLimits } from './principal.ts'

export function limitsExcess(own: SpendLimits, wanted: SpendLimits): string | null {
  for (const kind of ['rpm', 'tpm', 'concurrency'] as const) {
    const held = own[kind]
    if (held === null) continue
    const asked = wanted[kind]
    if (asked === null || asked > held)
      return `${kind} ${asked ?? 'unlimited'} is looser than this token's own (${held})`
  }
  if (own.budget) {
    const { amount, period } = own.budget
    const asked = wanted.budget
    if (!asked || asked.period !== period || asked.amount > amount) {
      const shown = asked ? `${e10ToUsd(asked.amount)}/${asked.period}` : 'no budget'
      return `${shown} is looser than this token's own budget (${e10ToUsd(amount)}/${period})`
    }
  }
  return null
}
