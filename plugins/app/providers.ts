// The provider registry: providers, their decrypted credentials and the model catalogue, held in memory so the
// hot path makes no database query. Every admin write reloads it; a timer reloads it too, so replicas converge.
import fp from 'fastify-plugin'
import { decryptSecret } from '../../lib/crypto.ts'
import type { Db } from '../../lib/db/open.ts'
import { HubError } from '../../lib/errors.ts'
import { publishInvalidation } from '../../lib/invalidation.ts'
import { modelAllowed } from '../../lib/model-pattern.ts'
import { toMicros } from '../../lib/money.ts'
import type { Principal } from '../../lib/tokens/principal.ts'
import { createUpstreamHttp, type UpstreamHttp } from '../../lib/upstream-http.ts'
import { createAnthropicAdapter } from '../../providers/anthropic/index.ts'
import { createBedrockAdapter } from '../../providers/bedrock/index.ts'
import { createGoogleAdapter } from '../../providers/google/index.ts'
import { createIdeogramAdapter } from '../../providers/ideogram/index.ts'
import { createOpenAIAdapter } from '../../providers/openai/index.ts'
import type { ProviderAdapter, UpstreamTarget } from '../../providers/types.ts'

export interface CatalogModel {
  id: string
  upstreamModel: string
  type: string
  inputMicros: bigint
  outputMicros: bigint
  createdAt: Date
  provider: { id: string; name: string; type: string; baseUrl: string }
  credentials: { id: string; apiKey: string }[]
}

/** What a route needs to call a model: the adapter, the target and the prices. */
export interface ResolvedModel {
  adapter: ProviderAdapter
  target: UpstreamTarget
  model: CatalogModel
}

export function createProviderRegistry(
  db: Db,
  opts: { credentialKey: Buffer; adapters: Record<string, ProviderAdapter> },
) {
  let models = new Map<string, CatalogModel>()
  let enabledProviders = 0
  let cursor = 0

  async function reload(): Promise<void> {
    const providers = await db.provider.findMany({
      include: { credentials: { where: { enabled: true }, orderBy: { createdAt: 'asc' } }, models: true },
    })
    const next = new Map<string, CatalogModel>()
    let enabled = 0
    for (const p of providers) {
      if (!p.enabled) continue
      enabled++
      const provider = { id: p.id, name: p.name, type: p.type, baseUrl: p.baseUrl }
      const credentials = p.credentials.map((c) => ({
        id: c.id,
        apiKey: decryptSecret(opts.credentialKey, c.secret, c.id),
      }))
      for (const m of p.models) {
        if (!m.enabled) continue
        next.set(m.id, {
          id: m.id,
          upstreamModel: m.upstreamModel,
          type: m.type,
          inputMicros: toMicros(m.inputPrice.toString()),
          outputMicros: toMicros(m.outputPrice.toString()),
          createdAt: m.createdAt,
          provider,
          credentials,
        })
      }
    }
    models = next
    enabledProviders = enabled
  }

  /** Resolves a model for a principal: 403 if the token may not use it, 404 if it is not served. */
  function forModel(principal: Principal, modelId: string, type: string): ResolvedModel {
    if (!modelAllowed(principal.models, modelId)) {
      throw new HubError('model_not_allowed', `This token may not use model "${modelId}"`)
    }
    const model = models.get(modelId)
    if (!model) {
      throw new HubError(
        'model_not_found',
        `Model "${modelId}" does not exist or is not enabled; ids look like "provider/model"`,
      )
    }
    if (model.type !== type) {
      throw new HubError('validation_error', `Model "${modelId}" is a ${model.type} model, not a ${type} model`)
    }
    const adapter = opts.adapters[model.provider.type]
    if (!adapter) throw new HubError('unavailable', `Provider type "${model.provider.type}" is not supported`)
    // Round-robin across the provider's keys spreads load and rate limits.
    const credential = model.credentials.length ? model.credentials[cursor++ % model.credentials.length] : null
    return {
      adapter,
      model,
      target: { modelId, upstreamModel: model.upstreamModel, provider: model.provider, credential },
    }
  }

  /** Every enabled model (optionally of one type): the public catalogue. */
  function catalogue(type?: string): CatalogModel[] {
    return [...models.values()].filter((m) => !type || m.type === type)
  }

  /** The models a principal may use, for GET /models. */
  function visibleModels(principal: Principal, type?: string): CatalogModel[] {
    return catalogue(type).filter((m) => modelAllowed(principal.models, m.id))
  }

  const stats = () => ({ providers: enabledProviders, models: models.size })

  /** After an admin write: reload here and tell other servers on the same database to reload. */
  async function changed(): Promise<void> {
    await reload()
    await publishInvalidation(db, { kind: 'registry' })
  }

  return { reload, changed, forModel, catalogue, visibleModels, stats }
}

export type ProviderRegistry = ReturnType<typeof createProviderRegistry>

/** One adapter per provider type, all sharing the upstream connection pools. */
export function createAdapters(http: UpstreamHttp): Record<string, ProviderAdapter> {
  return {
    openai: createOpenAIAdapter(http),
    anthropic: createAnthropicAdapter(http),
    bedrock: createBedrockAdapter(http),
    google: createGoogleAdapter(http),
    ideogram: createIdeogramAdapter(http),
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    providers: ProviderRegistry
    adapters: Record<string, ProviderAdapter>
  }
}

export default fp(
  async (app) => {
    const { config } = app
    const http = createUpstreamHttp({
      connectTimeoutMs: config.UPSTREAM_CONNECT_TIMEOUT_MS,
      firstByteTimeoutMs: config.UPSTREAM_FIRST_BYTE_TIMEOUT_MS,
      idleTimeoutMs: config.UPSTREAM_IDLE_TIMEOUT_MS,
      connections: config.UPSTREAM_CONNECTIONS,
    })
    const adapters = createAdapters(http)
    const registry = createProviderRegistry(app.db, { credentialKey: app.keys.credentialKey, adapters })
    await registry.reload()
    app.decorate('providers', registry)
    app.decorate('adapters', adapters)

    const timer = config.REGISTRY_REFRESH_MS
      ? setInterval(
          () => registry.reload().catch((err) => app.log.error({ err }, 'reloading providers failed')),
          config.REGISTRY_REFRESH_MS,
        )
      : null
    timer?.unref()
    app.addHook('onClose', async () => {
      if (timer) clearInterval(timer)
      await http.close()
    })
  },
  { name: 'providers', dependencies: ['config', 'db'] },
)
