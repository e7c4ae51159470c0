import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { ProviderCredential } from '../../../../generated/prisma/client.ts'
import { credentialHealthPrefix } from '../../../../lib/routing/candidates.ts'
import { credentialHealthView, credentialView, providerView } from '../../../../lib/views/providers.ts'
import { catalogActor } from '../../../../plugins/app/audit.ts'
import { IdParams } from '../../../../schemas/pagination.ts'
import {
  CheckQuery,
  CreatedCredential,
  CredentialCreateBody,
  CredentialList,
  CredentialParams,
  CredentialPatchBody,
  Provider,
  ProviderCheck,
  ProviderCheckBody,
  ProviderCreateBody,
  ProviderHealth,
  ProviderList,
  ProviderPatchBody,
} from '../../../../schemas/providers.ts'
import { ref } from '../../../../schemas/ref.ts'

const admin = { scope: 'admin' } as const
const tags = ['admin: providers']

const providers: FastifyPluginAsyncTypebox = async (app) => {
  /**
   * A key just saved is checked with one small chat call (unless ?check=false): a key the provider refuses has
   * then been disabled, so the answer is the row as it now is.
   */
  async function checkedView(providerId: string, saved: ProviderCredential, check: boolean) {
    const result = check ? await app.upstreams.checkCredential(saved.id) : null
    const row = result?.result.ok === false ? await app.catalogue.findCredential(providerId, saved.id) : saved
    return { ...credentialView(row), check: result }
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
    async (request, reply) =>
      reply.code(201).send(providerView(await app.catalogue.createProvider(request.body, catalogActor(request)))),
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
    async () => ({ data: (await app.catalogue.listProviders()).map(providerView) }),
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
    async (request) => providerView(await app.catalogue.findProvider(request.params.id)),
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
    async (request) =>
      providerView(await app.catalogue.updateProvider(request.params.id, request.body, catalogActor(request))),
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
      await app.catalogue.deleteProvider(request.params.id, catalogActor(request))
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
        description:
          'Once saved, the key is checked with one small chat call (as POST /:id/check does); a key the provider refuses is kept disabled with the reason.',
        params: IdParams,
        querystring: CheckQuery,
        body: ref(CredentialCreateBody),
        response: { 201: ref(CreatedCredential) },
      },
    },
    async (request, reply) => {
      const { id } = request.params
      const saved = await app.catalogue.addCredential(id, request.body, catalogActor(request))
      return reply.code(201).send(await checkedView(id, saved, request.query.check !== false))
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
    async (request) => ({ data: (await app.catalogue.listCredentials(request.params.id)).map(credentialView) }),
  )

  app.patch(
    '/:id/credentials/:credentialId',
    {
      config: admin,
      schema: {
        operationId: 'updateCredential',
        summary:
          'Rename, reweigh, enable or disable a credential (enabling clears why Hub disabled it), or replace its key',
        description:
          "A new `apiKey` is checked once saved, as on create (`?check=false` skips it): a key the provider refuses is kept disabled with the reason. A new key ends the credential's cooldown and re-enables it if Hub had disabled it (not if the operator did, or the body says `enabled: false`). An explicit `enabled` is the operator's word and clears Hub's reason either way.",
        tags,
        params: CredentialParams,
        querystring: CheckQuery,
        body: ref(CredentialPatchBody),
        response: { 200: ref(CreatedCredential) },
      },
    },
    async (request) => {
      const { id, credentialId } = request.params
      const saved = await app.catalogue.updateCredential(id, credentialId, request.body, catalogActor(request))
      const rekeyed = request.body.apiKey !== undefined
      // The failures and cooldown were the old key's: the new one is used (and checked) at once.
      if (rekeyed) await app.upstreams.rekeyed(credentialId)
      return checkedView(id, saved, rekeyed && request.query.check !== false)
    },
  )

  app.get(
    '/:id/health',
    {
      config: admin,
      schema: {
        operationId: 'getProviderHealth',
        summary:
          "This server's view of the provider's credentials: healthy, cooling down or probing, or disabled, and their load",
        tags,
        params: IdParams,
        response: { 200: ref(ProviderHealth) },
      },
    },
    async (request) => {
      const provider = await app.catalogue.findProvider(request.params.id)
      const { health, load } = app.upstreams
      return {
        providerId: provider.id,
        data: provider.credentials.map((c) => {
          const prefix = credentialHealthPrefix(c.id)
          return credentialHealthView(
            c,
            health.keysWith(prefix).map((key) => ({ model: key.slice(prefix.length), health: health.view(key) })),
            load.keysWith(prefix).map((key) => ({ model: key.slice(prefix.length), load: load.view(key) })),
          )
        }),
      }
    },
  )

  app.post(
    '/:id/check',
    {
      config: admin,
      schema: {
        operationId: 'checkProvider',
        summary: 'Check each enabled credential with one small chat call (one output token, not metered)',
        description:
          'A refused credential (401/403) is disabled with the reason, as a refused call would have it; an answer ends its cooldown on this server.',
        tags,
        params: IdParams,
        body: ref(ProviderCheckBody),
        response: { 200: ref(ProviderCheck) },
      },
    },
    async (request) => {
      catalogActor(request)
      const provider = await app.catalogue.findProvider(request.params.id)
      return app.upstreams.check(provider.id, request.body.model)
    },
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
      await app.catalogue.removeCredential(request.params.id, request.params.credentialId, catalogActor(request))
      return reply.code(204).send()
    },
  )
}

export default providers
