import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import { modelView } from '../../../../lib/views/providers.ts'
import { catalogActor } from '../../../../plugins/app/audit.ts'
import { HubModel, HubModelList, ModelCreateBody, ModelPatchBody } from '../../../../schemas/models.ts'
import { ref } from '../../../../schemas/ref.ts'
import { Text } from '../../../../schemas/strings.ts'

const admin = { scope: 'admin' } as const
const tags = ['admin: models']
// Model ids contain "/" (and OpenRouter's contain several), so the id is the rest of the path.
const ModelPath = Type.Object({
  '*': Text({ minLength: 3, maxLength: 200, description: 'The model id, e.g. openai/gpt-4o-mini' }),
})

const models: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/',
    {
      config: admin,
      schema: {
        operationId: 'createModel',
        tags,
        summary: 'Add a model to the catalogue, with its prices per 1M tokens',
        body: ref(ModelCreateBody),
        response: { 201: ref(HubModel) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(modelView(await app.catalogue.createModel(request.body, catalogActor(request)))),
  )

  app.get(
    '/',
    {
      config: admin,
      schema: {
        operationId: 'listModels',
        summary: 'List every model in the catalogue, with prices',
        tags,
        response: { 200: ref(HubModelList) },
      },
    },
    async () => ({ data: (await app.catalogue.listModels()).map(modelView) }),
  )

  app.get(
    '/*',
    {
      config: admin,
      schema: {
        operationId: 'getModel',
        summary: 'Get one model by id (provider/model, URL-encoded or raw)',
        tags,
        params: ModelPath,
        response: { 200: ref(HubModel) },
      },
    },
    async (request) => modelView(await app.catalogue.findModel(request.params['*'])),
  )

  app.patch(
    '/*',
    {
      config: admin,
      schema: {
        operationId: 'updateModel',
        summary: 'Change a model: upstream name, type, prices, enabled',
        tags,
        params: ModelPath,
        body: ref(ModelPatchBody),
        response: { 200: ref(HubModel) },
      },
    },
    async (request) =>
      modelView(await app.catalogue.updateModel(request.params['*'], request.body, catalogActor(request))),
  )

  app.delete(
    '/*',
    {
      config: admin,
      schema: {
        operationId: 'deleteModel',
        summary: 'Delete a model from the catalogue',
        tags,
        params: ModelPath,
        response: { 204: { type: 'null', description: 'Deleted' } },
      },
    },
    async (request, reply) => {
      await app.catalogue.deleteModel(request.params['*'], catalogActor(request))
      return reply.code(204).send()
    },
  )
}

export default models
