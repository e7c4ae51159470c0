// POST /api/v2/embeddings in two formats: OpenAI's (`input` a string, strings or tokens) answered in OpenAI's
// list shape, and the AIGNE framework's (`input` an object with the texts) answered as `{embeddings, usage}`.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { type Static, Type } from '@sinclair/typebox'
import { type SurfaceOptions, surfaceOf } from '../../../lib/route-surface.ts'
import type { UsageEntry } from '../../../lib/usage/insert.ts'
import { proxiedJsonCall, sendJsonResult } from '../../../plugins/app/calls.ts'
import type { EmbeddingsRequest, EmbeddingsResponse } from '../../../providers/types.ts'
import {
  AigneEmbeddingRequest,
  AigneEmbeddingResponse,
  EmbeddingRequest,
  EmbeddingResponse,
} from '../../../schemas/openai-embeddings.ts'
import { ref } from '../../../schemas/ref.ts'

type Aigne = Static<typeof AigneEmbeddingRequest>
const isAigne = (body: EmbeddingsRequest | Aigne): body is Aigne =>
  typeof body.input === 'object' && body.input !== null && !Array.isArray(body.input)

/** The AIGNE request as the OpenAI one every adapter takes. */
function fromAigne(body: Aigne): EmbeddingsRequest {
  // No model named: "" is the admin's default embedding model (the registry's forModel).
  const model = body.input.modelOptions?.model ?? body.model ?? ''
  return {
    model: model.replace(/^aignehub\//, ''),
    input: body.input.input,
    ...(body.input.dimensions ? { dimensions: body.input.dimensions } : {}),
  }
}

/** AIGNE's answer, with the tokens and cost as recorded (estimated when the provider counts none). */
function toAigne(response: EmbeddingsResponse, billed: UsageEntry) {
  return {
    embeddings: [...response.data].sort((a, b) => a.index - b.index).map((d) => d.embedding as number[]),
    model: response.model,
    usage: {
      inputTokens: billed.promptTokens,
      outputTokens: 0,
      aigneHubCredits: Number(billed.cost),
      creditPrefix: '$' as const,
    },
  }
}

const textSize = (input: EmbeddingsRequest['input']): number =>
  typeof input === 'string' ? input.length : JSON.stringify(input).length

const embeddings: FastifyPluginAsyncTypebox<SurfaceOptions> = async (app, opts) => {
  const { surface, operationId, tags } = surfaceOf(opts)
  app.post(
    '/embeddings',
    {
      config: { scope: 'embeddings', surface },
      schema: {
        operationId: operationId('createEmbeddings'),
        tags: tags('embeddings'),
        summary: "Embeddings, in OpenAI's format or the AIGNE framework's",
        description:
          "With `input` a string, an array of strings or of token arrays, this is OpenAI's endpoint. With `input` an object (`{input: {input, modelOptions: {model}}}`), it is the AIGNE framework's, answered as `{embeddings, model, usage}`.",
        body:
          surface === 'openai'
            ? ref(EmbeddingRequest)
            : Type.Union([ref(EmbeddingRequest), ref(AigneEmbeddingRequest)]),
        response: {
          200:
            surface === 'openai'
              ? ref(EmbeddingResponse)
              : Type.Union([ref(EmbeddingResponse), ref(AigneEmbeddingResponse)]),
        },
      },
    },
    async (request, reply) => {
      const body = request.body as EmbeddingsRequest | Aigne
      const aigne = isAigne(body)
      const req = aigne ? fromAigne(body) : body
      const result = await proxiedJsonCall<EmbeddingsResponse>(app, request, reply, {
        modelId: req.model,
        modelType: 'embedding',
        endpoint: 'embeddings',
        capability: 'embeddings',
        promptChars: textSize(req.input),
        outputTokens: 0,
        invoke: (adapter, call) => adapter.embeddings?.(req, call),
      })
      return aigne ? toAigne(result.response, result.billed) : sendJsonResult(reply, result, req.model)
    },
  )
}

export default embeddings
