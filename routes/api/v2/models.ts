import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { type SurfaceOptions, surfaceOf } from '../../../lib/route-surface.ts'
import { principalOf } from '../../../plugins/app/auth.ts'
import { ModelList } from '../../../schemas/openai-models.ts'
import { ref } from '../../../schemas/ref.ts'

const models: FastifyPluginAsyncTypebox<SurfaceOptions> = async (app, opts) => {
  const { surface, operationId, tags } = surfaceOf(opts)
  app.get(
    '/models',
    {
      config: { scope: 'models', surface },
      schema: {
        operationId: operationId('listAvailableModels'),
        tags: tags('models'),
        summary: "The models this token may use, in OpenAI's list shape",
        response: { 200: ref(ModelList) },
      },
    },
    async (request) => ({
      object: 'list' as const,
      data: app.providers.visibleModels(principalOf(request)).map((m) => ({
        id: m.id,
        object: 'model' as const,
        created: Math.floor(m.createdAt.getTime() / 1000),
        owned_by: m.provider.name,
      })),
    }),
  )
}

export default models
