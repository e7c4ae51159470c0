import { Type } from '@sinclair/typebox'
import { BudgetPeriod, SignedUsd, Usd } from './limits.ts'
import { Page } from './pagination.ts'
import { Text } from './strings.ts'

const Nullable = <T extends ReturnType<typeof Type.String>>(schema: T) => Type.Union([schema, Type.Null()])
const DateTime = () => Type.String({ format: 'date-time' })
const Note = Text({ minLength: 1, maxLength: 500 })

export const CreditGrant = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    accountId: Type.String({ format: 'uuid' }),
    amount: Type.String({ description: 'USD granted' }),
    remaining: Type.String({ description: 'USD still held; 0 once spent or expired' }),
    expiresAt: Nullable(DateTime()),
    expiredAt: Nullable(Type.String({ format: 'date-time', description: 'When its expiry was booked' })),
    note: Nullable(Type.String()),
    createdAt: DateTime(),
  },
  { $id: 'CreditGrant' },
)

export const LedgerKind = Type.Union(
  ['grant', 'charge', 'refund', 'expiry', 'adjustment'].map((k) => Type.Literal(k)),
  { description: 'grant (+), charge (−, one per billed call), refund (+), expiry (−), adjustment (±)' },
)

export const CreditLedgerEntry = Type.Object(
  {
    id: Type.String({ description: 'Increasing; the cursor of the page that ends here' }),
    accountId: Type.String({ format: 'uuid' }),
    kind: LedgerKind,
    amount: Type.String({ description: 'Signed USD; the balance is the sum of every entry' }),
    grantId: Nullable(Type.String({ description: 'The grant it created, expired or was drawn from (the first)' })),
    tokenId: Nullable(Type.String()),
    requestId: Nullable(Type.String()),
    note: Nullable(Type.String()),
    createdAt: DateTime(),
  },
  { $id: 'CreditLedgerEntry' },
)

export const CreditGrantBody = Type.Object(
  {
    amount: Usd('USD to grant (> 0, at most 10 decimals)'),
    expiresAt: Type.Optional(Nullable(Type.String({ format: 'date-time', description: 'In the future; null: never' }))),
    note: Type.Optional(Note),
  },
  { $id: 'CreditGrantBody', additionalProperties: false },
)

export const CreditAdjustmentBody = Type.Object(
  {
    amount: SignedUsd('Signed USD (not 0); a refund is positive'),
    note: Text({ minLength: 1, maxLength: 500, description: 'Why: required, kept in the ledger' }),
    kind: Type.Optional(Type.Union([Type.Literal('adjustment'), Type.Literal('refund')], { default: 'adjustment' })),
    requestId: Type.Optional(Text({ minLength: 1, maxLength: 200, description: 'The call a refund is for' })),
  },
  { $id: 'CreditAdjustmentBody', additionalProperties: false },
)

export const CreditGrantPage = Page(Type.Ref(CreditGrant), 'CreditGrantPage')
export const CreditLedgerPage = Page(Type.Ref(CreditLedgerEntry), 'CreditLedgerPage')

export const LedgerQuery = Type.Object({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
  cursor: Type.Optional(Type.String({ pattern: '^\\d{1,18}$', description: 'nextCursor of the previous page' })),
  kind: Type.Optional(LedgerKind),
})

/** GET /api/v2/credits: what the caller may still spend. */
export const OwnCredits = Type.Object(
  {
    billingMode: Type.Union([Type.Literal('postpaid'), Type.Literal('credits')]),
    balance: Nullable(
      Type.String({
        description: 'USD the account may still spend (credits accounts): the ledger less calls in flight',
      }),
    ),
    currency: Type.Literal('USD'),
    grants: Type.Array(Type.Ref(CreditGrant), { description: 'Grants that still hold credits, in spending order' }),
    budgets: Type.Array(
      Type.Object({
        scope: Type.Union([Type.Literal('token'), Type.Literal('account')]),
        amount: Type.String(),
        period: BudgetPeriod,
        spent: Type.String(),
        remaining: Type.String(),
        resetsAt: Nullable(DateTime()),
      }),
    ),
    limits: Type.Array(
      Type.Object({
        scope: Type.Union([Type.Literal('token'), Type.Literal('account')]),
        kind: Type.Union([Type.Literal('rpm'), Type.Literal('tpm'), Type.Literal('concurrency')]),
        limit: Type.Integer(),
        remaining: Type.Integer(),
        resetsAt: Nullable(DateTime()),
      }),
    ),
    recentCharges: Type.Array(Type.Ref(CreditLedgerEntry), { description: 'The latest 20 charges, newest first' }),
  },
  { $id: 'OwnCredits' },
)

/** GET /api/user/info: AIGNE Hub's shape, as the `aigne` CLI reads it (`aigne hub status`). */
export const AigneUserInfo = Type.Object(
  {
    user: Type.Object({
      did: Type.String({ description: "The token's account id" }),
      fullName: Type.String({ description: "The account's name" }),
      email: Type.String(),
    }),
    enableCredit: Type.Boolean({ description: 'Whether the account is on credits' }),
    creditPrefix: Type.Literal('$'),
    creditBalance: Type.Union([
      Type.Object({
        balance: Type.String({ description: 'USD left (live: less what calls in flight reserved)' }),
        total: Type.String({ description: 'USD ever credited' }),
        grantCount: Type.Integer({ description: 'Grants that still hold credits' }),
        pendingCredit: Type.String({ description: 'USD reserved by calls in flight' }),
      }),
      Type.Null(),
    ]),
    paymentLink: Type.Union([Type.String(), Type.Null()]),
    profileLink: Type.String(),
  },
  { $id: 'AigneUserInfo' },
)

export const creditSchemas = [
  AigneUserInfo,
  CreditGrant,
  CreditLedgerEntry,
  CreditGrantBody,
  CreditAdjustmentBody,
  CreditGrantPage,
  CreditLedgerPage,
  OwnCredits,
]
