// POST /api/v2/images/generations: OpenAI's image generation, to any provider with images. Billed from the
// provider's token counts (gpt-image-1) or, when it has none (DALL·E), per image at the model's outputPrice.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { type SurfaceOptions, surfaceOf } from '../../../../lib/route-surface.ts'
import { proxiedJsonCall, sendJsonResult } from '../../../../plugins/app/calls.ts'
import type { ImagesResult } from '../../../../providers/types.ts'
import { ImageGenerateRequest, ImagesResponse } from '../../../../schemas/openai-images.ts'
import { ref } from '../../../../schemas/ref.ts'

const images: FastifyPluginAsyncTypebox<SurfaceOptions> = async (app, opts) => {
  const { surface, operationId, tags } = surfaceOf(opts)
  app.post(
    '/generations',
    {
      config: { scope: 'images', surface },
      schema: {
        operationId: operationId('createImage'),
        tags: tags('images'),
        summary: "OpenAI's image generation, to any provider",
        body: ref(ImageGenerateRequest),
        response: { 200: ref(ImagesResponse) },
      },
    },
    async (request, reply) => {
      const req = request.body
      const result = await proxiedJsonCall<ImagesResult>(app, request, reply, {
        modelId: req.model,
        modelType: 'image',
        endpoint: 'images.generations',
        capability: 'images',
        promptChars: req.prompt.length,
        worstUnits: req.n ?? 1,
        invoke: (adapter, call) => adapter.images?.(req, call),
        units: (r) => r.response.data?.length ?? 0,
      })
      return sendJsonResult(reply, result, req.model)
    },
  )
}

export default images
