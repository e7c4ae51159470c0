import { Type } from '@sinclair/typebox'
import { BudgetInput, LimitsInput, LimitsView } from './limits.ts'
import { Page } from './pagination.ts'
import { Text } from './strings.ts'

const BillingMode = Type.Union([Type.Literal('postpaid'), Type.Literal('credits')], {
  description: 'postpaid: metered only; credits: prepaid, a call is refused (402) when the balance cannot cover it',
})

const AccountName = Text({ minLength: 1, maxLength: 100, pattern: '^\\S(.*\\S)?$' })

export const Account = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    name: Type.String(),
    disabled: Type.Boolean({ description: "A disabled account's tokens are refused (403 account_disabled)" }),
    disabledAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    billingMode: BillingMode,
    ...LimitsView.properties,
    createdAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'Account' },
)

export const AccountCreateBody = Type.Object(
  {
    name: AccountName,
    billingMode: Type.Optional(BillingMode),
    budget: BudgetInput,
    limits: LimitsInput,
  },
  { $id: 'AccountCreateBody', additionalProperties: false },
)

export const AccountPatchBody = Type.Object(
  {
    name: Type.Optional(AccountName),
    disabled: Type.Optional(
      Type.Boolean({ description: 'true refuses every token of the account from the next request' }),
    ),
    billingMode: Type.Optional(BillingMode),
    budget: BudgetInput,
    limits: LimitsInput,
  },
  { $id: 'AccountPatchBody', additionalProperties: false, minProperties: 1 },
)

export const AccountPage = Page(Type.Ref(Account), 'AccountPage')

export const accountSchemas = [Account, AccountCreateBody, AccountPatchBody, AccountPage]
