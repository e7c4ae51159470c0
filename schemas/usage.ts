import { Type } from '@sinclair/typebox'
import { Page } from './pagination.ts'
import { Text } from './strings.ts'

export const UsageRecord = Type.Object(
  {
    id: Type.String(),
    requestId: Type.String(),
    tokenId: Type.String(),
    accountId: Type.String(),
    app: Type.Union([Type.String(), Type.Null()]),
    model: Type.String(),
    provider: Type.Union([Type.String(), Type.Null()]),
    credentialId: Type.Union([Type.String(), Type.Null()]),
    endpoint: Type.String(),
    promptTokens: Type.Integer(),
    completionTokens: Type.Integer(),
    cachedTokens: Type.Integer({ description: 'Of promptTokens: read from the prompt cache (cachedInputPrice)' }),
    cacheWriteTokens: Type.Integer({ description: 'Of promptTokens: written to the prompt cache (cacheWritePrice)' }),
    reasoningTokens: Type.Integer(),
    cost: Type.String({ description: 'USD' }),
    status: Type.Integer({ description: 'HTTP status the client got' }),
    aborted: Type.Boolean({ description: 'The client went away before the end' }),
    estimated: Type.Boolean({ description: 'Token counts estimated because the upstream never reported usage' }),
    errorCode: Type.Union([Type.String(), Type.Null()]),
    latencyMs: Type.Integer(),
    ttfbMs: Type.Union([Type.Integer(), Type.Null()]),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'UsageRecord' },
)

export const UsagePage = Page(Type.Ref(UsageRecord), 'UsagePage')

export const UsageQuery = Type.Object({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
  // 18 digits: every such number fits PostgreSQL's bigint.
  cursor: Type.Optional(Type.String({ pattern: '^\\d{1,18}$', description: 'nextCursor of the previous page' })),
  model: Type.Optional(Text({ maxLength: 200 })),
  from: Type.Optional(Type.String({ format: 'date-time' })),
  to: Type.Optional(Type.String({ format: 'date-time' })),
})

export const DeadLetterQuery = Type.Pick(UsageQuery, ['limit', 'cursor'])

export const AdminUsageQuery = Type.Composite([
  UsageQuery,
  Type.Object({ token: Type.Optional(Type.String({ format: 'uuid', description: 'Token id' })) }),
])

export const UsageDeadLetter = Type.Object(
  {
    id: Type.String(),
    requestId: Type.String(),
    record: Type.Object(
      {},
      { additionalProperties: true, description: 'The usage record as the database refused it (column names)' },
    ),
    error: Type.String({ description: "The database's error message" }),
    code: Type.Union([Type.String(), Type.Null()], { description: 'SQLSTATE, e.g. 22003 (value out of range)' }),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'UsageDeadLetter' },
)

export const UsageDeadLetterPage = Page(Type.Ref(UsageDeadLetter), 'UsageDeadLetterPage')

export const usageSchemas = [UsageRecord, UsagePage, UsageDeadLetter, UsageDeadLetterPage]
