import { randomUUID } from 'node:crypto'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { encryptSecret, maskSecret } from '../../../../lib/crypto.ts'
import { HubError } from '../../../../lib/errors.ts'
import { baseUrlProblem, headerValueProblem } from '../../../../lib/upstream-input.ts'
import { credentialView, providerView } from '../../../../lib/views/providers.ts'
import { catalogActor } from '../../../../plugins/app/audit.ts'
import { IdParams } from '../../../../schemas/pagination.ts'
import {
  Credential,
  CredentialCreateBody,
  CredentialList,
  CredentialParams,
  Provider,
  ProviderCreateBody,
  ProviderList,
  ProviderPatchBody,
} from '../../../../schemas/providers.ts'
import { ref } from '../../../../schemas/ref.ts'

const admin = { scope: 'admin' } as const
const tags = ['admin: providers']
const withCredentials = { credentials: { orderBy: { createdAt: 'asc' as const } } }
const providerTarget = (id: string, verb: string) => ({
  action: `provider.${verb}`,
  targetType: 'provider',
  targetId: id,
})
const credentialTarget = (id: string, verb: string) => ({
  action: `credential.${verb}`,
  targetType: 'credential',
  targetId: id,
})

/** Refuses with a 400 the first problem found. */
function refuse(...problems: (string | null)[]): void {
  const problem = problems.find((p) => p !== null)
  if (problem) throw new HubError('validation_error', problem)
}

const providers: FastifyPluginAsyncTypebox = async (app) => {
  const find = async (id: string) => {
    const row = await app.db.provider.findUnique({ where: { id }, include: withCredentials })
    if (!row) throw new HubError('not_found', `Provider ${id} does not exist`)
    return row
  }

  app.post(
    '/',
    {
      config: admin,
      schema: {
        operationId: 'createProvider',
        tags,
        summary: 'Register a provider; its name is the prefix of its model ids',
        body: ref(ProviderCreateBody),
        response: { 201: ref(Provider) },
      },
    },
    async (request, reply) => {
      const { name, type, baseUrl, enabled } = request.body
      if (baseUrl !== undefined) refuse(baseUrlProblem(baseUrl))
      const adapter = app.adapters[type]
      const row = await app.audit.change(catalogActor(request), async (tx) => {
        const row = await tx.provider.create({
          data: { name, type, baseUrl: (baseUrl ?? adapter.defaultBaseUrl).replace(/\/+$/, ''), enabled },
          include: withCredentials,
        })
        return { result: row, audit: { ...providerTarget(row.id, 'create'), after: providerView(row) } }
      })
      await app.providers.changed()
      return reply.code(201).send(providerView(row))
    },
  )

  app.get(
    '/',
    {
      config: admin,
      schema: {
        operationId: 'listProviders',
        summary: 'List providers with their credentials (masked)',
        tags,
        response: { 200: ref(ProviderList) },
      },
    },
    async () => ({
      data: (await app.db.provider.findMany({ include: withCredentials, orderBy: { name: 'asc' } })).map(providerView),
    }),
  )

  app.get(
    '/:id',
    {
      config: admin,
      schema: {
        operationId: 'getProvider',
        summary: 'Get one provider',
        tags,
        params: IdParams,
        response: { 200: ref(Provider) },
      },
    },
    async (request) => providerView(await find(request.params.id)),
  )

  app.patch(
    '/:id',
    {
      config: admin,
      schema: {
        operationId: 'updateProvider',
        summary: 'Change a provider: name, base URL, enabled',
        tags,
        params: IdParams,
        body: ref(ProviderPatchBody),
        response: { 200: ref(Provider) },
      },
    },
    async (request) => {
      const actor = catalogActor(request)
      const before = await find(request.params.id)
      const { baseUrl, enabled } = request.body
      if (baseUrl !== undefined) refuse(baseUrlProblem(baseUrl))
      const row = await app.audit.change(actor, async (tx) => {
        const row = await tx.provider.update({
          where: { id: request.params.id },
          data: { baseUrl: baseUrl?.replace(/\/+$/, ''), enabled },
          include: withCredentials,
        })
        const audit = { ...providerTarget(row.id, 'update'), before: providerView(before), after: providerView(row) }
        return { result: row, audit }
      })
      await app.providers.changed()
      return providerView(row)
    },
  )

  app.delete(
    '/:id',
    {
      config: admin,
      schema: {
        operationId: 'deleteProvider',
        tags,
        summary: 'Delete a provider with its credentials and models',
        params: IdParams,
        response: { 204: { type: 'null', description: 'Deleted' } },
      },
    },
    async (request, reply) => {
      const actor = catalogActor(request)
      const before = await find(request.params.id)
      await app.audit.change(actor, async (tx) => {
        await tx.provider.delete({ where: { id: request.params.id } })
        return { result: null, audit: { ...providerTarget(before.id, 'delete'), before: providerView(before) } }
      })
      await app.providers.changed()
      return reply.code(204).send()
    },
  )

  app.post(
    '/:id/credentials',
    {
      config: admin,
      schema: {
        operationId: 'createCredential',
        tags,
        summary: 'Add an API key (AWS access keys for bedrock); it is stored encrypted and only ever shown masked',
        params: IdParams,
        body: ref(CredentialCreateBody),
        response: { 201: ref(Credential) },
      },
    },
    async (request, reply) => {
      const actor = catalogActor(request)
      const provider = await find(request.params.id)
      const { name, ...key } = request.body
      const aws = 'accessKeyId' in key
      if (aws !== (provider.type === 'bedrock')) {
        throw new HubError(
          'validation_error',
          aws
            ? `A ${provider.type} provider takes an apiKey, not AWS access keys`
            : 'A bedrock provider takes AWS access keys: accessKeyId, secretAccessKey, region (and sessionToken)',
        )
      }
      refuse(
        ...(aws
          ? [
              headerValueProblem('secretAccessKey', key.secretAccessKey),
              key.sessionToken === undefined ? null : headerValueProblem('sessionToken', key.sessionToken),
            ]
          : [headerValueProblem('apiKey', key.apiKey)]),
      )
      const id = randomUUID()
      // AWS keys are one JSON secret, encrypted like an API key; only the access key id is ever shown, masked.
      const row = await app.audit.change(actor, async (tx) => {
        const row = await tx.providerCredential.create({
          data: {
            id,
            providerId: request.params.id,
            name,
            secret: encryptSecret(app.keys.credentialKey, aws ? JSON.stringify(key) : key.apiKey, id),
            masked: maskSecret(aws ? key.accessKeyId : key.apiKey),
          },
        })
        return { result: row, audit: { ...credentialTarget(row.id, 'create'), after: credentialView(row) } }
      })
      await app.providers.changed()
      return reply.code(201).send(credentialView(row))
    },
  )

  app.get(
    '/:id/credentials',
    {
      config: admin,
      schema: {
        operationId: 'listCredentials',
        summary: "List a provider's credentials (masked)",
        tags,
        params: IdParams,
        response: { 200: ref(CredentialList) },
      },
    },
    async (request) => ({ data: (await find(request.params.id)).credentials.map(credentialView) }),
  )

  app.delete(
    '/:id/credentials/:credentialId',
    {
      config: admin,
      schema: {
        operationId: 'deleteCredential',
        summary: "Delete one of a provider's credentials",
        tags,
        params: CredentialParams,
        response: { 204: { type: 'null', description: 'Deleted' } },
      },
    },
    async (request, reply) => {
      const { id, credentialId } = request.params
      await app.audit.change(catalogActor(request), async (tx) => {
        const before = await tx.providerCredential.findFirst({ where: { id: credentialId, providerId: id } })
        if (!before) throw new HubError('not_found', `Credential ${credentialId} does not exist on provider ${id}`)
        await tx.providerCredential.delete({ where: { id: credentialId } })
        return { result: null, audit: { ...credentialTarget(credentialId, 'delete'), before: credentialView(before) } }
      })
      await app.providers.changed()
      return reply.code(204).send()
    },
  )
}

export default providers
