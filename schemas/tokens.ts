import { Type } from '@sinclair/typebox'
import { BudgetInput, LimitsInput, LimitsView } from './limits.ts'
import { Page } from './pagination.ts'
import { Text } from './strings.ts'

export const SCOPES = ['chat', 'embeddings', 'images', 'audio', 'models', 'usage', 'admin', 'metrics'] as const
export type Scope = (typeof SCOPES)[number]

/**
 * What `admin` also grants: `metrics` came after admin tokens existed, and an operator's admin token can scrape.
 * Applied when a token is read (its principal, the ceiling), never stored, so such tokens stay full admins.
 */
export function heldScopes(scopes: Iterable<Scope>): Set<Scope> {
  const held = new Set(scopes)
  if (held.has('admin')) held.add('metrics')
  return held
}

export const ScopeSchema = Type.Union(
  SCOPES.map((s) => Type.Literal(s)),
  { $id: 'Scope', description: 'A permission a token carries; deny by default' },
)

const ModelPatterns = Type.Array(
  // The same grammar as lib/model-pattern.ts: a family ("openai/gpt-4o*") is a pattern like any other.
  Text({ minLength: 1, maxLength: 200, pattern: '^(\\*|[A-Za-z0-9._-]+/[^\\s*]*\\*?)$' }),
  {
    maxItems: 100,
    description:
      'Allowed models: "*", "openai/*", "openai/gpt-4o*" (a trailing * matches any suffix) or exact ids; default ["*"]',
  },
)

export const TokenCreateBody = Type.Object(
  {
    name: Text({ minLength: 1, maxLength: 100 }),
    scopes: Type.Array(Type.Ref(ScopeSchema), { minItems: 1, uniqueItems: true }),
    models: Type.Optional(ModelPatterns),
    expiresAt: Type.Optional(Type.Union([Type.String({ format: 'date-time' }), Type.Null()])),
    budget: BudgetInput,
    limits: LimitsInput,
    account: Type.Optional(
      Text({
        minLength: 1,
        maxLength: 100,
        description: "Owner account id or name; it must exist (404 account_not_found). Default: the caller's account",
      }),
    ),
  },
  { $id: 'TokenCreateBody', additionalProperties: false },
)

export const TokenPatchBody = Type.Object(
  {
    name: Type.Optional(Text({ minLength: 1, maxLength: 100 })),
    scopes: Type.Optional(Type.Array(Type.Ref(ScopeSchema), { minItems: 1, uniqueItems: true })),
    models: Type.Optional(ModelPatterns),
    expiresAt: Type.Optional(Type.Union([Type.String({ format: 'date-time' }), Type.Null()])),
    budget: BudgetInput,
    limits: LimitsInput,
  },
  { $id: 'TokenPatchBody', additionalProperties: false, minProperties: 1 },
)

export const Token = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    name: Type.String(),
    account: Type.Object({ id: Type.String(), name: Type.String() }),
    hint: Type.String({ description: 'First 8 characters of the token' }),
    scopes: Type.Array(Type.Ref(ScopeSchema)),
    models: Type.Array(Type.String()),
    expiresAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    ...LimitsView.properties,
    revokedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    lastUsedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'Token' },
)

export const TokenWithSecret = Type.Intersect(
  [Type.Ref(Token), Type.Object({ token: Type.String({ description: 'The plaintext token; shown only this once' }) })],
  { $id: 'TokenWithSecret' },
)

export const TokenPage = Page(Type.Ref(Token), 'TokenPage')

export const tokenSchemas = [ScopeSchema, TokenCreateBody, TokenPatchBody, Token, TokenWithSecret, TokenPage]
