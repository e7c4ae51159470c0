import { Type } from '@sinclair/typebox'
import { Page } from './pagination.ts'
import { Text } from './strings.ts'

export const AuditEvent = Type.Object(
  {
    id: Type.String({ description: 'Increasing; the cursor of the page that ends here' }),
    actor: Type.Object({
      type: Type.Union([Type.Literal('token'), Type.Literal('cli'), Type.Literal('system')], {
        description: 'An admin token through the API, the operator CLI, or Hub itself (first-start bootstrap)',
      }),
      tokenId: Type.Union([Type.String(), Type.Null()]),
      hint: Type.Union([Type.String(), Type.Null()], { description: 'First 8 characters of the acting token' }),
    }),
    action: Type.String({ description: 'e.g. token.create, token.update, account.update, provider.delete' }),
    target: Type.Object({ type: Type.String(), id: Type.String() }),
    before: Type.Unknown({ description: 'The target as the API showed it before the change; null on create' }),
    after: Type.Unknown({ description: 'The target as the API shows it after the change; null on delete' }),
    requestId: Type.Union([Type.String(), Type.Null()]),
    ip: Type.Union([Type.String(), Type.Null()]),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'AuditEvent' },
)

export const AuditPage = Page(Type.Ref(AuditEvent), 'AuditPage')

export const AuditQuery = Type.Object({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
  cursor: Type.Optional(Type.String({ pattern: '^\\d{1,18}$', description: 'nextCursor of the previous page' })),
  action: Type.Optional(Text({ minLength: 1, maxLength: 100 })),
  targetType: Type.Optional(Text({ minLength: 1, maxLength: 100 })),
  targetId: Type.Optional(Text({ minLength: 1, maxLength: 200 })),
  actorTokenId: Type.Optional(Type.String({ format: 'uuid' })),
  from: Type.Optional(Type.String({ format: 'date-time', description: 'Inclusive' })),
  to: Type.Optional(Type.String({ format: 'date-time', description: 'Exclusive' })),
})

export const auditSchemas = [AuditEvent, AuditPage]
