// POST /api/v2/image: the AIGNE framework's image endpoint, which the official @aigne/aigne-hub client calls.
// The request becomes OpenAI's image generation (provider options in `input` pass through); the answer is
// `{images: [{type: "url", url} | {type: "file", data}], usage, model, modelWithProvider}`. Provider URLs are
// public, so the client can download them without a token, as it does. With `input.image` (the images to edit) it
// becomes OpenAI's image edits instead (lib/aigne/image-edit.ts).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { Static } from '@sinclair/typebox'
import { toImageEditUpload } from '../../../../lib/aigne/image-edit.ts'
import { proxiedJsonCall } from '../../../../plugins/app/calls.ts'
import type { ImagesRequest, ImagesResult } from '../../../../providers/types.ts'
import { AigneImageOutput, AigneImageRequest } from '../../../../schemas/aigne.ts'
import { ref } from '../../../../schemas/ref.ts'

type Body = Static<typeof AigneImageRequest>

/** AIGNE envelope fields that are not provider options. */
const ENVELOPE = new Set(['prompt', 'n', 'outputFileType', 'modelOptions', 'image', 'model'])

function toOpenAIImages(body: Body): ImagesRequest {
  // No model named: "" is the admin's default image model (the registry's forModel).
  const model = (body.input.modelOptions?.model ?? body.model ?? '').replace(/^aignehub[/:]/i, '')
  const options: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(body.input)) if (!ENVELOPE.has(key)) options[key] = value
  // preferInputFileType tells the client how to send images; it is not the provider's.
  const { model: _, preferInputFileType: __, ...modelOptions }: Record<string, unknown> = body.input.modelOptions ?? {}
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
      const common = { modelId: req.model, modelType: 'image', promptChars: req.prompt.length, units }
      const image = (request.body.input as { image?: unknown }).image
      const { model: _, prompt, ...options } = req
      // Images to edit: OpenAI's /images/edits, as /v1/images/edits sends it.
      const edit =
        image === undefined ? null : toImageEditUpload(image, { prompt, ...options }, app.config.IMAGE_UPLOAD_LIMIT)
      const result = await proxiedJsonCall<ImagesResult>(
        app,
        request,
        reply,
        edit
          ? {
              ...common,
              endpoint: 'images.edits',
              capability: 'imageEdit',
              worstUnits: edit.count,
              invoke: (adapter, call) => adapter.imageEdit?.(edit, call),
            }
          : {
              ...common,
              endpoint: 'image',
              capability: 'images',
              worstUnits: typeof req.n === 'number' ? req.n : 1,
              invoke: (adapter, call) => adapter.images?.(req, call),
            },
      )
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
        modelWithProvider: result.model.id,
      }
    },
  )
}

export default image
