import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import { HubError } from '../../../../lib/errors.ts'
import { formatPrice, toMicros } from '../../../../lib/money.ts'
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

const modelTarget = (id: string, verb: string) => ({ action: `model.${verb}`, targetType: 'model', targetId: id })

const price = (value: string | number | undefined) => (value === undefined ? undefined : formatPrice(toMicros(value)))
/** A cache price: null clears it (inputPrice applies), absent leaves it. */
const cachePrice = (value: string | number | null | undefined) => (value === null ? null : price(value))

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
      const { id, upstreamModel, type, inputPrice, outputPrice, cachedInputPrice, cacheWritePrice, enabled } =
        request.body
      const actor = catalogActor(request)
      const providerName = id.slice(0, id.indexOf('/'))
      const provider = await app.db.provider.findUnique({ where: { name: providerName } })
      if (!provider)
        throw new HubError('validation_error', `Provider "${providerName}" does not exist; create it first`)
      const row = await app.audit.change(actor, async (tx) => {
        const row = await tx.model.create({
          data: {
            id,
            providerId: provider.id,
            upstreamModel: upstreamModel ?? id.slice(providerName.length + 1),
            type,
            inputPrice: price(inputPrice),
            outputPrice: price(outputPrice),
            cachedInputPrice: cachePrice(cachedInputPrice),
            cacheWritePrice: cachePrice(cacheWritePrice),
            enabled,
          },
          include: { provider: true },
        })
        return { result: row, audit: { ...modelTarget(id, 'create'), after: modelView(row) } }
      })
      await app.providers.changed()
      return reply.code(201).send(modelView(row))
    },
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
    async () => ({
      data: (await app.db.model.findMany({ include: { provider: true }, orderBy: { id: 'asc' } })).map(modelView),
    }),
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
    async (request) => modelView(await find(request.params['*'])),
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
    async (request) => {
      const id = request.params['*']
      const actor = catalogActor(request)
      const before = await find(id)
      const { inputPrice, outputPrice, cachedInputPrice, cacheWritePrice, ...rest } = request.body
      const row = await app.audit.change(actor, async (tx) => {
        const row = await tx.model.update({
          where: { id },
          data: {
            ...rest,
            inputPrice: price(inputPrice),
            outputPrice: price(outputPrice),
            cachedInputPrice: cachePrice(cachedInputPrice),
            cacheWritePrice: cachePrice(cacheWritePrice),
          },
          include: { provider: true },
        })
        return {
          result: row,
          audit: { ...modelTarget(id, 'update'), before: modelView(before), after: modelView(row) },
        }
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
        summary: 'Delete a model from the catalogue',
        tags,
        params: ModelPath,
        response: { 204: { type: 'null', description: 'Deleted' } },
      },
    },
    async (request, reply) => {
      const id = request.params['*']
      const actor = catalogActor(request)
      const before = await find(id)
      await app.audit.change(actor, async (tx) => {
        await tx.model.delete({ where: { id } })
        return { result: null, audit: { ...modelTarget(id, 'delete'), before: modelView(before) } }
      })
      await app.providers.changed()
      return reply.code(204).send()
    },
  )
}

export default models
