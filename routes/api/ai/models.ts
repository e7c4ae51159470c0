// GET /api/ai/models: AIGNE Hub's public model catalogue, in the shape the @aigne/aigne-hub client checks with
// zod (`models()`): credits per token are decimal strings, `status` an object. Public, as AIGNE Hub's is.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import { AIGNE_TYPE_FILTERS, toAigneModel } from '../../../lib/aigne/catalogue.ts'
import { withAliases } from '../../../lib/model-list.ts'
import { AigneModelList } from '../../../schemas/aigne.ts'
import { ref } from '../../../schemas/ref.ts'

const models: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/models',
    {
      config: { public: true },
      schema: {
        operationId: 'listAigneModels',
        tags: ['aigne'],
        summary: 'Every enabled model with its prices, as AIGNE Hub lists them, each followed by its aliases',
        querystring: Type.Object({
          type: Type.Optional(
            Type.Union(
              Object.keys(AIGNE_TYPE_FILTERS).map((t) => Type.Literal(t)),
              { description: 'chat, image (image_generation), embedding, audio or video' },
            ),
          ),
        }),
        response: { 200: ref(AigneModelList) },
      },
    },
    async (request) => {
      const filter = request.query.type
      const type = filter ? AIGNE_TYPE_FILTERS[filter as keyof typeof AIGNE_TYPE_FILTERS] : undefined
      return withAliases(app.providers.catalogue(type), toAigneModel)
    },
  )
}

export default models
