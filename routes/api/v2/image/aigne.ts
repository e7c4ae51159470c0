// POST /api/v2/image: the AIGNE framework's image endpoint, which the official @aigne/aigne-hub client calls.
// The request becomes OpenAI's image generation (provider options in `input` pass through); the answer is
// `{images: [{type: "url", url} | {type: "file", data}], usage, model, modelWithProvider}`. Provider URLs are
// public, so the client can download them without a token, as it does.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { Static } from '@sinclair/typebox'
import { HubError } from '../../../../lib/errors.ts'
import { proxiedJsonCall } from '../../../../plugins/app/calls.ts'
import type { ImagesRequest, ImagesResult } from '../../../../providers/types.ts'
import { AigneImageOutput, AigneImageRequest } from '../../../../schemas/aigne.ts'
import { ref } from '../../../../schemas/ref.ts'

type Body = Static<typeof AigneImageRequest>

/** AIGNE envelope fields that are not provider options. */
const ENVELOPE = new Set(['prompt', 'n', 'outputFileType', 'modelOptions', 'image', 'model'])

function toOpenAIImages(body: Body): ImagesRequest {
  const model = (body.input.modelOptions?.model ?? body.model)?.replace(/^aignehub[/:]/i, '')
  if (!model) throw new HubError('validation_error', 'input.modelOptions.model is required, e.g. "openai/dall-e-3"')
  if ((body.input as { image?: unknown }).image !== undefined) {
    throw new HubError('validation_error', 'Image edits are not supported yet; send a prompt only')
  }
  const options: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(body.input)) if (!ENVELOPE.has(key)) options[key] = value
  const { model: _, ...modelOptions } = body.input.modelOptions ?? {}
  return { ...options, ...modelOptions, model, prompt: body.input.prompt, ...(body.input.n ? { n: body.input.n } : {}) }
}

const image: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '',
    {
      config: { scope: 'images' },
      schema: {
        operationId: 'createAigneImage',
        tags: ['aigne'],
        summary: "Image generation in the AIGNE framework's format (the @aigne/aigne-hub client's ImageModel)",
        body: ref(AigneImageRequest),
        response: { 200: ref(AigneImageOutput) },
      },
    },
    async (request, reply) => {
      const req = toOpenAIImages(request.body)
      const units = (r: { response: ImagesResult; usage: unknown }) => (r.usage ? undefined : r.response.data.length)
      const result = await proxiedJsonCall<ImagesResult>(app, request, reply, {
        modelId: req.model,
        modelType: 'image',
        endpoint: 'image',
        capability: 'images',
        promptChars: req.prompt.length,
        worstUnits: typeof req.n === 'number' ? req.n : 1,
        invoke: (adapter, call) => adapter.images?.(req, call),
        units,
      })
      const images = result.response.data.map((d) =>
        d.b64_json
          ? { type: 'file' as const, data: d.b64_json, mimeType: 'image/png' }
          : { type: 'url' as const, url: d.url ?? '', mimeType: 'image/png' },
      )
      return {
        images,
        // Tokens as the provider counted them (none for images billed each); the cost as recorded.
        usage: {
          inputTokens: result.usage?.promptTokens ?? 0,
          outputTokens: result.usage?.completionTokens ?? 0,
          aigneHubCredits: Number(result.billed.cost),
          creditPrefix: '$' as const,
        },
        model: result.model.upstreamModel,
        modelWithProvider: req.model,
      }
    },
  )
}

export default image
