import { Type } from '@sinclair/typebox'
import { Page } from './pagination.ts'
import { Text } from './strings.ts'

const AccountName = Text({ minLength: 1, maxLength: 100, pattern: '^\\S(.*\\S)?$' })

export const Account = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    name: Type.String(),
    disabled: Type.Boolean({ description: "A disabled account's tokens are refused (403 account_disabled)" }),
    disabledAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'Account' },
)

export const AccountCreateBody = Type.Object(
  { name: AccountName },
  { $id: 'AccountCreateBody', additionalProperties: false },
)

export const AccountPatchBody = Type.Object(
  {
    name: Type.Optional(AccountName),
    disabled: Type.Optional(
      Type.Boolean({ description: 'true refuses every token of the account from the next request' }),
    ),
  },
  { $id: 'AccountPatchBody', additionalProperties: false, minProperties: 1 },
)

export const AccountPage = Page(Type.Ref(Account), 'AccountPage')

export const accountSchemas = [Account, AccountCreateBody, AccountPatchBody, AccountPage]
