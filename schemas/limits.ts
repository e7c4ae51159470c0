// A budget and rate limits, as an account or a token is given them (admin API) and shows them.
import { Type } from '@sinclair/typebox'

/** USD as a decimal string: up to 10 digits before the point and 10 after (the ledger's precision). */
export const Usd = (description: string) =>
  Type.String({ pattern: '^\\d{1,10}(\\.\\d{1,10})?$', description, examples: ['10.00'] })

export const SignedUsd = (description: string) =>
  Type.String({ pattern: '^-?\\d{1,10}(\\.\\d{1,10})?$', description, examples: ['-2.50'] })

export const BudgetPeriod = Type.Union(
  [Type.Literal('day'), Type.Literal('week'), Type.Literal('month'), Type.Literal('lifetime')],
  { description: 'Calendar day, week or month (in BUDGET_TIME_ZONE), or never reset' },
)

export const Budget = Type.Object(
  { amount: Usd('USD that may be spent per period'), period: BudgetPeriod },
  { $id: 'Budget', additionalProperties: false },
)

const Limit = (description: string) =>
  Type.Union([Type.Integer({ minimum: 1, maximum: 2_147_483_647 }), Type.Null()], { description })

export const Limits = Type.Object(
  {
    rpm: Type.Optional(Limit('Requests per minute; null: none')),
    tpm: Type.Optional(Limit('Tokens (input + output) per minute; null: none')),
    concurrency: Type.Optional(Limit('Requests in flight at once; null: none')),
  },
  { $id: 'Limits', additionalProperties: false },
)

/** On create and PATCH: a budget, or null for none (left out: unchanged). */
export const BudgetInput = Type.Optional(
  Type.Union([Type.Ref(Budget), Type.Null()], { description: 'null removes the budget' }),
)
export const LimitsInput = Type.Optional(
  Type.Ref(Limits, { description: 'Each limit: a positive integer, null to remove it, left out: unchanged' }),
)

/** As views show them: every field present. */
export const LimitsView = Type.Object({
  budget: Type.Union([Type.Ref(Budget), Type.Null()]),
  rpm: Type.Union([Type.Integer(), Type.Null()]),
  tpm: Type.Union([Type.Integer(), Type.Null()]),
  concurrency: Type.Union([Type.Integer(), Type.Null()]),
})

export const limitSchemas = [Budget, Limits]
