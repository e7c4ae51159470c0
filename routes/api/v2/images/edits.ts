// POST /api/v2/images/edits: OpenAI's image edits, a multipart form (the image, or several as `image[]`, an optional
// mask, the prompt), read whole within IMAGE_UPLOAD_LIMIT and one held-upload slot, then sent on to providers
// that edit images (the openai type). Billed like generations: the provider's tokens (gpt-image-1) or per image.
import multipart from '@fastify/multipart'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { HubError } from '../../../../lib/errors.ts'
import { readImageEditForm } from '../../../../lib/image-edit-upload.ts'
import { type SurfaceOptions, surfaceOf } from '../../../../lib/route-surface.ts'
import { proxiedJsonCall, sendJsonResult } from '../../../../plugins/app/calls.ts'
import type { ImagesResult } from '../../../../providers/types.ts'
import { ImageEditForm, ImagesResponse } from '../../../../schemas/openai-images.ts'
import { ref } from '../../../../schemas/ref.ts'

const edits: FastifyPluginAsyncTypebox<SurfaceOptions> = async (app, opts) => {
  const { surface, operationId, tags } = surfaceOf(opts)
  const limit = app.config.IMAGE_UPLOAD_LIMIT
  await app.register(multipart, { limits: { fileSize: limit, files: 17, fields: 32, fieldSize: 64 * 1024 } })
  app.post(
    '/edits',
    {
      config: { scope: 'images', surface },
      schema: {
        operationId: operationId('createImageEdit'),
        tags: tags('images'),
        summary: "OpenAI's image edits (multipart), to providers that edit images",
        consumes: ['multipart/form-data'],
        // The form is read in the handler, not validated as a body; this documents it.
        body: { content: { 'multipart/form-data': { schema: ref(ImageEditForm) } } },
        response: { 200: ref(ImagesResponse) },
      },
      validatorCompiler: () => () => true,
    },
    async (request, reply) => {
      if (!request.isMultipart()) throw new HubError('unsupported_media_type', 'Send the image as multipart/form-data')
      const release = app.uploadSlots.acquire()
      if (!release) {
        throw new HubError('server_busy', 'Too many uploads are being held; retry shortly', { retryAfter: 1 })
      }
      try {
        const form = await readImageEditForm(request.parts(), limit)
        const result = await proxiedJsonCall<ImagesResult>(app, request, reply, {
          modelId: form.model,
          modelType: 'image',
          endpoint: 'images.edits',
          capability: 'imageEdit',
          promptChars: form.prompt.length,
          worstUnits: form.count,
          invoke: (adapter, upstream) => adapter.imageEdit?.(form, upstream),
          units: (r) => r.response.data?.length ?? 0,
        })
        return sendJsonResult(reply, result, form.model)
      } finally {
        release()
      }
    },
  )
}

export default edits
