import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import { HubError } from '../../../../lib/errors.ts'
import { formatPrice, toMicros } from '../../../../lib/money.ts'
import { modelView } from '../../../../lib/views/providers.ts'
import { HubModel, HubModelList, ModelCreateBody, ModelPatchBody } from '../../../../schemas/models.ts'
import { ref } from '../../../../schemas/ref.ts'
import { Text } from '../../../../schemas/strings.ts'

const admin = { scope: 'admin' } as const
const tags = ['admin: models']
// Model ids contain "/" (and OpenRouter's contain several), so the id is the rest of the path.
const ModelPath = Type.Object({
  '*': Text({ minLength: 3, maxLength: 200, description: 'The model id, e.g. openai/gpt-4o-mini' }),
})

const price = (value: string | number | undefined) => (value === undefined ? undefined : formatPrice(toMicros(value)))

const models: FastifyPluginAsyncTypebox = async (app) => {
  const find = async (id: string) => {
    const row = await app.db.model.findUnique({ where: { id }, include: { provider: true } })
    if (!row) throw new HubError('not_found', `Model ${id} does not exist`)
    return row
  }

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
    async (request, reply) => {
      const { id, upstreamModel, type, inputPrice, outputPrice, enabled } = request.body
      const providerName = id.slice(0, id.indexOf('/'))
      const provider = await app.db.provider.findUnique({ where: { name: providerName } })
      if (!provider)
        throw new HubError('validation_error', `Provider "${providerName}" does not exist; create it first`)
      const row = await app.db.model.create({
        data: {
          id,
          providerId: provider.id,
          upstreamModel: upstreamModel ?? id.slice(providerName.length + 1),
          type,
          inputPrice: price(inputPrice),
          outputPrice: price(outputPrice),
          enabled,
        },
        include: { provider: true },
      })
      await app.providers.changed()
      return reply.code(201).send(modelView(row))
    },
  )

  app.get(
    '/',
    { config: admin, schema: { operationId: 'listModels', tags, response: { 200: ref(HubModelList) } } },
    async () => ({
      data: (await app.db.model.findMany({ include: { provider: true }, orderBy: { id: 'asc' } })).map(modelView),
    }),
  )

  app.get(
    '/*',
    { config: admin, schema: { operationId: 'getModel', tags, params: ModelPath, response: { 200: ref(HubModel) } } },
    async (request) => modelView(await find(request.params['*'])),
  )

  app.patch(
    '/*',
    {
      config: admin,
      schema: {
        operationId: 'updateModel',
        tags,
        params: ModelPath,
        body: ref(ModelPatchBody),
        response: { 200: ref(HubModel) },
      },
    },
    async (request) => {
      const id = request.params['*']
      await find(id)
      const { inputPrice, outputPrice, ...rest } = request.body
      const row = await app.db.model.update({
        where: { id },
        data: { ...rest, inputPrice: price(inputPrice), outputPrice: price(outputPrice) },
        include: { provider: true },
      })
      await app.providers.changed()
      return modelView(row)
    },
  )

  app.delete(
    '/*',
    {
      config: admin,
      schema: {
        operationId: 'deleteModel',
        tags,
        params: ModelPath,
        response: { 204: { type: 'null', description: 'Deleted' } },
      },
    },
    async (request, reply) => {
      const id = request.params['*']
      await find(id)
      await app.db.model.delete({ where: { id } })
      await app.providers.changed()
      return reply.code(204).send()
    },
  )
}

export default models
