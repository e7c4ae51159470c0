// Embeddings in two wire formats on one route: OpenAI's (`input` a string, strings or token arrays) and the
// AIGNE framework's (`input` an object holding the texts). The shape of `input` tells them apart.
import { type TSchema, Type } from '@sinclair/typebox'

const open = { additionalProperties: true }

const OpenAIInput = Type.Union([
  Type.String(),
  Type.Array(Type.String(), { minItems: 1, maxItems: 2048 }),
  Type.Array(Type.Integer(), { minItems: 1 }),
  Type.Array(Type.Array(Type.Integer(), { minItems: 1 }), { minItems: 1, maxItems: 2048 }),
])

export const EmbeddingRequest = Type.Object(
  {
    model: Type.String({ minLength: 1, description: 'A Hub model id, "provider/model"' }),
    input: OpenAIInput,
    encoding_format: Type.Optional(Type.Union([Type.Literal('float'), Type.Literal('base64')])),
    dimensions: Type.Optional(Type.Integer({ minimum: 1 })),
    user: Type.Optional(Type.String()),
  },
  { ...open, $id: 'CreateEmbeddingRequest' },
)

export const AigneEmbeddingRequest = Type.Object(
  {
    input: Type.Object(
      {
        input: Type.Union([Type.String(), Type.Array(Type.String(), { minItems: 1, maxItems: 2048 })]),
        modelOptions: Type.Optional(Type.Object({ model: Type.Optional(Type.String()) }, open)),
        dimensions: Type.Optional(Type.Integer({ minimum: 1 })),
      },
      open,
    ),
    model: Type.Optional(Type.String({ description: 'Used when input.modelOptions.model is absent' })),
  },
  { ...open, $id: 'AigneEmbeddingRequest' },
)

export const EmbeddingResponse = Type.Object(
  {
    object: Type.Literal('list'),
    data: Type.Array(
      Type.Object(
        {
          object: Type.Literal('embedding'),
          index: Type.Integer(),
          embedding: Type.Union([Type.Array(Type.Number()), Type.String({ description: 'base64 float32' })]),
        },
        open,
      ),
    ),
    model: Type.String(),
    usage: Type.Object({ prompt_tokens: Type.Integer(), total_tokens: Type.Integer() }, open),
  },
  { ...open, $id: 'CreateEmbeddingResponse' },
)

export const AigneEmbeddingResponse = Type.Object(
  {
    embeddings: Type.Array(Type.Array(Type.Number())),
    model: Type.String(),
    usage: Type.Object(
      {
        inputTokens: Type.Integer(),
        outputTokens: Type.Integer(),
        aigneHubCredits: Type.Optional(Type.Number({ description: "The cost in USD: the usage record's cost" })),
        creditPrefix: Type.Optional(Type.Literal('$')),
      },
      open,
    ),
  },
  { $id: 'AigneEmbeddingResponse' },
)

export const embeddingSchemas: TSchema[] = [
  EmbeddingRequest,
  AigneEmbeddingRequest,
  EmbeddingResponse,
  AigneEmbeddingResponse,
]
