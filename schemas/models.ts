import { Type } from '@sinclair/typebox'
import { STRATEGIES } from '../lib/routing/load.ts'
import { Text } from './strings.ts'

export const MODEL_TYPES = ['chat', 'embedding', 'image', 'audio', 'video'] as const

const Price = Type.Union(
  [Type.Number({ minimum: 0, maximum: 1e9 }), Type.String({ pattern: '^\\d{1,9}(\\.\\d{1,6})?$' })],
  {
    description: 'USD per 1M tokens (up to 6 decimals)',
  },
)

/** A cache price: null (or absent) bills those tokens at inputPrice. */
const CachePrice = (what: string) =>
  Type.Union([Price, Type.Null()], {
    description: `USD per 1M input tokens ${what} (up to 6 decimals); null: inputPrice`,
  })
const MaxOutputTokens = Type.Optional(
  Type.Union([Type.Integer({ minimum: 1, maximum: 2_147_483_647 }), Type.Null()], {
    description:
      'Most output tokens a call may produce when it sets no max_tokens: what a credits account reserves for it; null: none',
  }),
)

const Aliases = Type.Optional(
  Type.Array(Text({ minLength: 1, maxLength: 100, pattern: '^[A-Za-z0-9][A-Za-z0-9._:-]*$' }), {
    maxItems: 20,
    uniqueItems: true,
    description:
      'Other names clients may send ("gpt-4o", "fast"), unique across models; a token may use an alias exactly when it may use this model. PATCH replaces them',
  }),
)

const Strategy = Type.Union(
  STRATEGIES.map((s) => Type.Literal(s)),
  {
    description:
      "How a call picks among the model's healthy candidates (deployments × credentials) in its best priority group: weighted (random by weight, the default), least-busy (fewest calls in flight on this server) or lowest-latency (fastest recent answers measured by this server; a candidate not measured within ROUTING_REMEASURE_MS gets the next call)",
  },
)

const cachePrices = {
  cachedInputPrice: Type.Optional(CachePrice("read from the provider's prompt cache")),
  cacheWritePrice: Type.Optional(CachePrice("written to the provider's prompt cache (Anthropic, Bedrock)")),
}

const IsDefault = Type.Optional(
  Type.Boolean({
    description:
      'The model of its type used when an AIGNE request names none (one per type: setting it unsets the previous one)',
  }),
)

export const ModelCreateBody = Type.Object(
  {
    id: Text({
      minLength: 3,
      maxLength: 200,
      pattern: '^[a-z0-9][a-z0-9._-]*/[^\\s*]+$',
      description: '"provider/model"; the provider must exist',
    }),
    upstreamModel: Type.Optional(
      Text({ minLength: 1, maxLength: 200, description: 'default: the id without the prefix' }),
    ),
    type: Type.Union(MODEL_TYPES.map((t) => Type.Literal(t))),
    inputPrice: Type.Optional(Price),
    outputPrice: Type.Optional(Price),
    ...cachePrices,
    maxOutputTokens: MaxOutputTokens,
    aliases: Aliases,
    default: IsDefault,
    strategy: Type.Optional(Strategy),
    enabled: Type.Optional(Type.Boolean()),
  },
  { $id: 'ModelCreateBody', additionalProperties: false },
)

export const ModelPatchBody = Type.Object(
  {
    upstreamModel: Type.Optional(Text({ minLength: 1, maxLength: 200 })),
    type: Type.Optional(Type.Union(MODEL_TYPES.map((t) => Type.Literal(t)))),
    inputPrice: Type.Optional(Price),
    outputPrice: Type.Optional(Price),
    ...cachePrices,
    maxOutputTokens: MaxOutputTokens,
    aliases: Aliases,
    default: IsDefault,
    strategy: Type.Optional(Strategy),
    enabled: Type.Optional(Type.Boolean()),
  },
  { $id: 'ModelPatchBody', additionalProperties: false, minProperties: 1 },
)

export const HubModel = Type.Object(
  {
    id: Type.String(),
    provider: Type.String({ description: 'Provider name' }),
    upstreamModel: Type.String(),
    type: Type.String(),
    inputPrice: Type.String({ description: 'USD per 1M input tokens' }),
    outputPrice: Type.String({ description: 'USD per 1M output tokens' }),
    cachedInputPrice: Type.Union([Type.String(), Type.Null()], {
      description: 'USD per 1M input tokens read from the prompt cache; null: inputPrice',
    }),
    cacheWritePrice: Type.Union([Type.String(), Type.Null()], {
      description: 'USD per 1M input tokens written to the prompt cache; null: inputPrice',
    }),
    maxOutputTokens: Type.Union([Type.Integer(), Type.Null()], {
      description: 'Output ceiling reserved for a call that sets no max_tokens; null: none',
    }),
    aliases: Type.Array(Type.String(), { description: 'Other names clients may send for this model' }),
    default: Type.Boolean({ description: 'Used when an AIGNE request of its type names no model' }),
    strategy: Strategy,
    enabled: Type.Boolean(),
    createdAt: Type.String({ format: 'date-time' }),
    updatedAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'HubModel' },
)

export const HubModelList = Type.Object({ data: Type.Array(Type.Ref(HubModel)) }, { $id: 'HubModelList' })

export const modelSchemas = [ModelCreateBody, ModelPatchBody, HubModel, HubModelList]
