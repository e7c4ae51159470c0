// Writes to the provider catalogue: providers, their credentials (stored encrypted, shown masked) and models with
// their prices. The admin API and the operator CLI both call this factory, so a provider added either way is the
// same row; every write tells the registry (here and on other servers) to reload.
import { randomUUID } from 'node:crypto'
import type { Static } from '@sinclair/typebox'
import fp from 'fastify-plugin'
import { encryptSecret, maskSecret } from '../../lib/crypto.ts'
import type { Db } from '../../lib/db/open.ts'
import { HubError } from '../../lib/errors.ts'
import { formatPrice, toMicros } from '../../lib/money.ts'
import type { ModelCreateBody, ModelPatchBody } from '../../schemas/models.ts'
import type { CredentialCreateBody, ProviderCreateBody, ProviderPatchBody } from '../../schemas/providers.ts'

export interface CatalogueOptions {
  credentialKey: Buffer
  /** The base URL of a provider type when none is given (the adapter's). */
  defaultBaseUrl: (type: string) => string
  /** Called after every write: reload the registry and notify other servers. */
  changed: () => Promise<void>
}

const withCredentials = { credentials: { orderBy: { createdAt: 'asc' as const } } }
const price = (value: string | number | undefined) => (value === undefined ? undefined : formatPrice(toMicros(value)))
const trimUrl = (url: string) => url.replace(/\/+$/, '')

export function createCatalogue(db: Db, opts: CatalogueOptions) {
  async function findProvider(id: string) {
    const row = await db.provider.findUnique({ where: { id }, include: withCredentials })
    if (!row) throw new HubError('not_found', `Provider ${id} does not exist`)
    return row
  }

  async function findModel(id: string) {
    const row = await db.model.findUnique({ where: { id }, include: { provider: true } })
    if (!row) throw new HubError('not_found', `Model ${id} does not exist`)
    return row
  }

  async function createProvider({ name, type, baseUrl, enabled }: Static<typeof ProviderCreateBody>) {
    const row = await db.provider.create({
      data: { name, type, baseUrl: trimUrl(baseUrl ?? opts.defaultBaseUrl(type)), enabled },
      include: withCredentials,
    })
    await opts.changed()
    return row
  }

  const listProviders = () => db.provider.findMany({ include: withCredentials, orderBy: { name: 'asc' } })

  async function updateProvider(id: string, { baseUrl, enabled }: Static<typeof ProviderPatchBody>) {
    await findProvider(id)
    const row = await db.provider.update({
      where: { id },
      data: { baseUrl: baseUrl === undefined ? undefined : trimUrl(baseUrl), enabled },
      include: withCredentials,
    })
    await opts.changed()
    return row
  }

  /** Deletes a provider with its credentials and models. */
  async function deleteProvider(id: string) {
    const row = await findProvider(id)
    await db.provider.delete({ where: { id } })
    await opts.changed()
    return row
  }

  async function addCredential(providerId: string, body: Static<typeof CredentialCreateBody>) {
    const provider = await findProvider(providerId)
    const { name, ...key } = body
    const aws = 'accessKeyId' in key
    if (aws !== (provider.type === 'bedrock')) {
      throw new HubError(
        'validation_error',
        aws
          ? `A ${provider.type} provider takes an apiKey, not AWS access keys`
          : 'A bedrock provider takes AWS access keys: accessKeyId, secretAccessKey, region (and sessionToken)',
      )
    }
    const id = randomUUID()
    // AWS keys are one JSON secret, encrypted like an API key; only the access key id is ever shown, masked.
    const row = await db.providerCredential.create({
      data: {
        id,
        providerId,
        name,
        secret: encryptSecret(opts.credentialKey, aws ? JSON.stringify(key) : key.apiKey, id),
        masked: maskSecret(aws ? key.accessKeyId : key.apiKey),
      },
    })
    await opts.changed()
    return row
  }

  const listCredentials = async (providerId: string) => (await findProvider(providerId)).credentials

  async function removeCredential(providerId: string, credentialId: string) {
    const { count } = await db.providerCredential.deleteMany({ where: { id: credentialId, providerId } })
    if (count === 0)
      throw new HubError('not_found', `Credential ${credentialId} does not exist on provider ${providerId}`)
    await opts.changed()
  }

  async function createModel(body: Static<typeof ModelCreateBody>) {
    const { id, upstreamModel, type, inputPrice, outputPrice, enabled } = body
    const providerName = id.slice(0, id.indexOf('/'))
    const provider = await db.provider.findUnique({ where: { name: providerName } })
    if (!provider) throw new HubError('validation_error', `Provider "${providerName}" does not exist; create it first`)
    const row = await db.model.create({
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
    await opts.changed()
    return row
  }

  const listModels = () => db.model.findMany({ include: { provider: true }, orderBy: { id: 'asc' } })

  async function updateModel(id: string, body: Static<typeof ModelPatchBody>) {
    await findModel(id)
    const { inputPrice, outputPrice, ...rest } = body
    const row = await db.model.update({
      where: { id },
      data: { ...rest, inputPrice: price(inputPrice), outputPrice: price(outputPrice) },
      include: { provider: true },
    })
    await opts.changed()
    return row
  }

  async function deleteModel(id: string) {
    const row = await findModel(id)
    await db.model.delete({ where: { id } })
    await opts.changed()
    return row
  }

  return {
    findProvider,
    createProvider,
    listProviders,
    updateProvider,
    deleteProvider,
    addCredential,
    listCredentials,
    removeCredential,
    findModel,
    createModel,
    listModels,
    updateModel,
    deleteModel,
  }
}

export type Catalogue = ReturnType<typeof createCatalogue>

declare module 'fastify' {
  interface FastifyInstance {
    catalogue: Catalogue
  }
}

export default fp(
  async (app) => {
    const catalogue = createCatalogue(app.db, {
      credentialKey: app.keys.credentialKey,
      defaultBaseUrl: (type) => app.adapters[type].defaultBaseUrl,
      changed: () => app.providers.changed(),
    })
    app.decorate('catalogue', catalogue)
  },
  { name: 'catalogue', dependencies: ['config', 'db', 'providers'] },
)
