// Writes to the provider catalogue: providers, their credentials (stored encrypted, shown masked) and models with
// their prices. The admin API and the operator CLI both call this factory, so a provider added either way is the
// same row, checked the same way and recorded in the audit log in the write's own transaction; every write tells
// the registry (here and on other servers) to reload.
import { randomUUID } from 'node:crypto'
import type { Static } from '@sinclair/typebox'
import fp from 'fastify-plugin'
import type { Actor } from '../../lib/audit/actor.ts'
import { encryptSecret, maskSecret } from '../../lib/crypto.ts'
import type { Db } from '../../lib/db/open.ts'
import { HubError } from '../../lib/errors.ts'
import { formatPrice, toMicros } from '../../lib/money.ts'
import { baseUrlProblem, headerValueProblem } from '../../lib/upstream-input.ts'
import { credentialView, modelView, providerView } from '../../lib/views/providers.ts'
import type { ModelCreateBody, ModelPatchBody } from '../../schemas/models.ts'
import type {
  CredentialCreateBody,
  CredentialPatchBody,
  ProviderCreateBody,
  ProviderPatchBody,
} from '../../schemas/providers.ts'
import type { AuditLog, Tx } from './audit.ts'

export interface CatalogueOptions {
  credentialKey: Buffer
  /** The base URL of a provider type when none is given (the adapter's). */
  defaultBaseUrl: (type: string) => string
  /** Called after every write: reload the registry and notify other servers. */
  changed: () => Promise<void>
}

const withProviderAliases = { provider: true, aliases: true } as const
const withCredentials = { credentials: { orderBy: { createdAt: 'asc' as const } } }
const price = (value: string | number | undefined) => (value === undefined ? undefined : formatPrice(toMicros(value)))
/** A cache price: null clears it (inputPrice applies), absent leaves it. */
const cachePrice = (value: string | number | null | undefined) => (value === null ? null : price(value))
const trimUrl = (url: string) => url.replace(/\/+$/, '')
const target = (type: string, id: string, verb: string) => ({
  action: `${type}.${verb}`,
  targetType: type,
  targetId: id,
})

/** Refuses with a 400 the first problem found. */
function refuse(...problems: (string | null)[]): void {
  const problem = problems.find((p) => p !== null)
  if (problem) throw new HubError('validation_error', problem)
}

export function createCatalogue(db: Db, audit: AuditLog, opts: CatalogueOptions) {
  async function findProvider(id: string) {
    const row = await db.provider.findUnique({ where: { id }, include: withCredentials })
    if (!row) throw new HubError('not_found', `Provider ${id} does not exist`)
    return row
  }

  async function findModel(id: string) {
    const row = await db.model.findUnique({ where: { id }, include: withProviderAliases })
    if (!row) throw new HubError('not_found', `Model ${id} does not exist`)
    return row
  }

  async function createProvider({ name, type, baseUrl, enabled }: Static<typeof ProviderCreateBody>, actor: Actor) {
    if (baseUrl !== undefined) refuse(baseUrlProblem(baseUrl))
    const row = await audit.change(actor, async (tx) => {
      const row = await tx.provider.create({
        data: { name, type, baseUrl: trimUrl(baseUrl ?? opts.defaultBaseUrl(type)), enabled },
        include: withCredentials,
      })
      return { result: row, audit: { ...target('provider', row.id, 'create'), after: providerView(row) } }
    })
    await opts.changed()
    return row
  }

  const listProviders = () => db.provider.findMany({ include: withCredentials, orderBy: { name: 'asc' } })

  async function updateProvider(id: string, { baseUrl, enabled }: Static<typeof ProviderPatchBody>, actor: Actor) {
    if (baseUrl !== undefined) refuse(baseUrlProblem(baseUrl))
    const before = await findProvider(id)
    const row = await audit.change(actor, async (tx) => {
      const row = await tx.provider.update({
        where: { id },
        data: { baseUrl: baseUrl === undefined ? undefined : trimUrl(baseUrl), enabled },
        include: withCredentials,
      })
      const change = { ...target('provider', id, 'update'), before: providerView(before), after: providerView(row) }
      return { result: row, audit: change }
    })
    await opts.changed()
    return row
  }

  /** Deletes a provider with its credentials and models. */
  async function deleteProvider(id: string, actor: Actor) {
    const before = await findProvider(id)
    await audit.change(actor, async (tx) => {
      await tx.provider.delete({ where: { id } })
      return { result: null, audit: { ...target('provider', id, 'delete'), before: providerView(before) } }
    })
    await opts.changed()
    return before
  }

  async function addCredential(providerId: string, body: Static<typeof CredentialCreateBody>, actor: Actor) {
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
    // The key travels in an HTTP header: one that cannot be a header value would fail every call routed to it.
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
    const row = await audit.change(actor, async (tx) => {
      const row = await tx.providerCredential.create({
        data: {
          id,
          providerId,
          name,
          secret: encryptSecret(opts.credentialKey, aws ? JSON.stringify(key) : key.apiKey, id),
          masked: maskSecret(aws ? key.accessKeyId : key.apiKey),
        },
      })
      return { result: row, audit: { ...target('credential', id, 'create'), after: credentialView(row) } }
    })
    await opts.changed()
    return row
  }

  const listCredentials = async (providerId: string) => (await findProvider(providerId)).credentials

  async function removeCredential(providerId: string, credentialId: string, actor: Actor) {
    await audit.change(actor, async (tx) => {
      const before = await tx.providerCredential.findFirst({ where: { id: credentialId, providerId } })
      if (!before)
        throw new HubError('not_found', `Credential ${credentialId} does not exist on provider ${providerId}`)
      await tx.providerCredential.delete({ where: { id: credentialId } })
      return {
        result: null,
        audit: { ...target('credential', credentialId, 'delete'), before: credentialView(before) },
      }
    })
    await opts.changed()
  }

  async function findCredential(providerId: string, credentialId: string) {
    const row = await db.providerCredential.findFirst({ where: { id: credentialId, providerId } })
    if (!row) throw new HubError('not_found', `Credential ${credentialId} does not exist on provider ${providerId}`)
    return row
  }

  /**
   * Renames, reweighs, enables or disables a credential, or replaces its API key (encrypted as on create); enabling
   * one clears why Hub had disabled it, and so does a new key (the caller checks it: refused, it is disabled again).
   */
  async function updateCredential(
    providerId: string,
    credentialId: string,
    body: Static<typeof CredentialPatchBody>,
    actor: Actor,
  ) {
    const before = await findCredential(providerId, credentialId)
    const { apiKey, ...fields } = body
    if (apiKey !== undefined) {
      if ((await findProvider(providerId)).type === 'bedrock') {
        throw new HubError(
          'validation_error',
          'A bedrock credential holds AWS access keys: add a new credential instead',
        )
      }
      refuse(headerValueProblem('apiKey', apiKey))
    }
    const key =
      apiKey === undefined
        ? {}
        : { secret: encryptSecret(opts.credentialKey, apiKey, credentialId), masked: maskSecret(apiKey) }
    // A new key undoes Hub's own disabling (a reason is set only then), not the operator's, nor an explicit false.
    const rekeyed = apiKey !== undefined && !before.enabled && before.disabledReason !== null
    const enabled = body.enabled ?? (rekeyed ? true : undefined)
    // The operator's explicit word, either way, replaces Hub's: a credential they disabled has no reason of Hub's
    // left, so a later key does not re-enable it behind their back.
    const cleared = enabled === undefined ? {} : { enabled, disabledReason: null, disabledAt: null }
    const row = await audit.change(actor, async (tx) => {
      const data = { ...fields, ...key, ...cleared }
      const row = await tx.providerCredential.update({ where: { id: credentialId }, data })
      const change = target('credential', credentialId, 'update')
      return { result: row, audit: { ...change, before: credentialView(before), after: credentialView(row) } }
    })
    await opts.changed()
    return row
  }

  /** Hub's own write when a provider refuses a credential: disabled everywhere, with the reason. Idempotent. */
  async function disableCredential(providerId: string, credentialId: string, reason: string, actor: Actor) {
    const before = await db.providerCredential.findFirst({ where: { id: credentialId, providerId, enabled: true } })
    if (!before) return false
    await audit.change(actor, async (tx) => {
      const row = await tx.providerCredential.update({
        where: { id: credentialId },
        data: { enabled: false, disabledReason: reason, disabledAt: new Date() },
      })
      const change = target('credential', credentialId, 'disable')
      return { result: row, audit: { ...change, before: credentialView(before), after: credentialView(row) } }
    })
    await opts.changed()
    return true
  }

  /** One default model per type: a model made the default (or moved to a type) takes it from the one before. */
  async function keepOneDefault(tx: Tx, row: { id: string; type: string; isDefault: boolean }) {
    if (!row.isDefault) return
    await tx.model.updateMany({
      where: { type: row.type, isDefault: true, id: { not: row.id } },
      data: { isDefault: false },
    })
  }

  async function createModel(body: Static<typeof ModelCreateBody>, actor: Actor) {
    const { id, upstreamModel, type, inputPrice, outputPrice, cachedInputPrice, cacheWritePrice, enabled } = body
    const { maxOutputTokens, aliases, default: isDefault, strategy } = body
    const providerName = id.slice(0, id.indexOf('/'))
    const provider = await db.provider.findUnique({ where: { name: providerName } })
    if (!provider) throw new HubError('validation_error', `Provider "${providerName}" does not exist; create it first`)
    const row = await audit.change(actor, async (tx) => {
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
          maxOutputTokens,
          isDefault,
          strategy,
          enabled,
          aliases: aliases?.length ? { create: aliases.map((name) => ({ name })) } : undefined,
        },
        include: withProviderAliases,
      })
      await keepOneDefault(tx, row)
      return { result: row, audit: { ...target('model', id, 'create'), after: modelView(row) } }
    })
    await opts.changed()
    return row
  }

  const listModels = () => db.model.findMany({ include: withProviderAliases, orderBy: { id: 'asc' } })

  async function updateModel(id: string, body: Static<typeof ModelPatchBody>, actor: Actor) {
    const before = await findModel(id)
    const { inputPrice, outputPrice, cachedInputPrice, cacheWritePrice, aliases, default: isDefault, ...rest } = body
    const row = await audit.change(actor, async (tx) => {
      const row = await tx.model.update({
        where: { id },
        data: {
          ...rest,
          isDefault,
          inputPrice: price(inputPrice),
          outputPrice: price(outputPrice),
          cachedInputPrice: cachePrice(cachedInputPrice),
          cacheWritePrice: cachePrice(cacheWritePrice),
          // Replaced as a whole; a name another model holds is a 409.
          aliases: aliases && { deleteMany: {}, create: aliases.map((name) => ({ name })) },
        },
        include: withProviderAliases,
      })
      await keepOneDefault(tx, row)
      return {
        result: row,
        audit: { ...target('model', id, 'update'), before: modelView(before), after: modelView(row) },
      }
    })
    await opts.changed()
    return row
  }

  async function deleteModel(id: string, actor: Actor) {
    const before = await findModel(id)
    await audit.change(actor, async (tx) => {
      await tx.model.delete({ where: { id } })
      return { result: null, audit: { ...target('model', id, 'delete'), before: modelView(before) } }
    })
    await opts.changed()
    return before
  }

  return {
    findProvider,
    createProvider,
    listProviders,
    updateProvider,
    deleteProvider,
    addCredential,
    listCredentials,
    findCredential,
    removeCredential,
    updateCredential,
    disableCredential,
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
    const catalogue = createCatalogue(app.db, app.audit, {
      credentialKey: app.keys.credentialKey,
      defaultBaseUrl: (type) => app.adapters[type].defaultBaseUrl,
      changed: () => app.providers.changed(),
    })
    app.decorate('catalogue', catalogue)
  },
  { name: 'catalogue', dependencies: ['config', 'db', 'providers', 'audit'] },
)
