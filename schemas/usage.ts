import { Type } from '@sinclair/typebox'
import { Page } from './pagination.ts'
import { Text } from './strings.ts'

export const UpstreamAttempt = Type.Object({
  provider: Type.String(),
  credentialId: Type.Union([Type.String(), Type.Null()]),
  deployment: Type.Optional(Type.String()),
  status: Type.Integer({ description: 'HTTP status the attempt ended with (200: it answered)' }),
  code: Type.String({ description: 'ok, or the error code of the failure' }),
  ms: Type.Integer(),
})

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
    attempts: Type.Union([Type.Array(UpstreamAttempt), Type.Null()], {
      description: 'Every upstream attempt when the call was retried or failed over; null when the first one answered',
    }),
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

export const UsageGroupBy = Type.Union(
  ['model', 'provider', 'token', 'account', 'app', 'day', 'hour'].map((g) => Type.Literal(g)),
  {
    description:
      'What to group by: a breakdown (model, provider, token, account, app) or a time series (day, hour, UTC)',
  },
)

export const UsageSummaryQuery = Type.Object({
  groupBy: UsageGroupBy,
  from: Type.Optional(
    Type.String({ format: 'date-time', description: 'Start (inclusive); default: 30 days before to' }),
  ),
  to: Type.Optional(Type.String({ format: 'date-time', description: 'End (exclusive); default: now' })),
  model: Type.Optional(Text({ maxLength: 200 })),
  token: Type.Optional(Type.String({ format: 'uuid', description: 'Token id' })),
  account: Type.Optional(Type.String({ format: 'uuid', description: 'Account id' })),
})

export const UsageSummary = Type.Object(
  {
    groupBy: UsageGroupBy,
    from: Type.String({ format: 'date-time' }),
    to: Type.String({ format: 'date-time' }),
    data: Type.Array(
      Type.Object({
        key: Type.String({
          description: 'Model id, provider name, token id, account id, app ("" for none) or bucket start',
        }),
        name: Type.Optional(Type.String({ description: "The token's or account's name" })),
        requests: Type.Integer(),
        errors: Type.Integer({ description: 'Answers with a status of 400 or more' }),
        promptTokens: Type.Integer(),
        completionTokens: Type.Integer(),
        cost: Type.String({ description: 'USD' }),
        avgLatencyMs: Type.Integer(),
        p95LatencyMs: Type.Integer(),
      }),
    ),
  },
  { $id: 'UsageSummary' },
)

export const UsageExportQuery = Type.Omit(AdminUsageQuery, ['limit', 'cursor'])

export const usageSchemas = [UsageRecord, UsagePage, UsageDeadLetter, UsageDeadLetterPage, UsageSummary]
