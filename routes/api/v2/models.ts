import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import { HubError } from '../../../lib/errors.ts'
import { withAliases } from '../../../lib/model-list.ts'
import { type SurfaceOptions, surfaceOf } from '../../../lib/route-surface.ts'
import { principalOf } from '../../../plugins/app/auth.ts'
import type { CatalogModel } from '../../../plugins/app/providers.ts'
import { ModelList, ModelObject } from '../../../schemas/openai-models.ts'
import { ref } from '../../../schemas/ref.ts'
import { Text } from '../../../schemas/strings.ts'

// SDKs' models.retrieve encodes the id's "/" as %2F, other clients send it raw (OpenRouter ids hold several):
// the id is the rest of the path, decoded.
const ModelPath = Type.Object({
  '*': Text({ minLength: 1, maxLength: 200, description: 'The model id, e.g. openai/gpt-4o-mini' }),
})

const modelObject = (m: CatalogModel, id = m.id) => ({
  id,
  object: 'model' as const,
  created: Math.floor(m.createdAt.getTime() / 1000),
  owned_by: m.provider.name,
})

const models: FastifyPluginAsyncTypebox<SurfaceOptions> = async (app, opts) => {
  const { surface, operationId, tags } = surfaceOf(opts)
  app.get(
    '/models',
    {
      config: { scope: 'models', surface },
      schema: {
        operationId: operationId('listAvailableModels'),
        tags: tags('models'),
        summary: "The models this token may use, in OpenAI's list shape, each followed by its aliases",
        response: { 200: ref(ModelList) },
      },
    },
    async (request) => ({
      object: 'list' as const,
      data: withAliases(app.providers.visibleModels(principalOf(request)), modelObject),
    }),
  )

  app.get(
    '/models/*',
    {
      config: { scope: 'models', surface },
      schema: {
        operationId: operationId('retrieveModel'),
        tags: tags('models'),
        summary: 'One model this token may use (its id URL-encoded or raw, or an alias); any other id is a 404',
        params: ModelPath,
        response: { 200: ref(ModelObject) },
      },
    },
    async (request) => {
      const id = request.params['*']
      // A model the token may not use is not revealed (nor its aliases): the same 404 as an unknown one.
      const model = app.providers.visibleModels(principalOf(request)).find((m) => m.id === id || m.aliases.includes(id))
      if (!model)
        throw new HubError('model_not_found', `Model "${id}" does not exist or is not available to this token`)
      return modelObject(model, id)
    },
  )
}

export default models
