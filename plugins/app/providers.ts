// The provider registry: providers, their decrypted credentials and the model catalogue, held in memory so the
// hot path makes no database query. Every admin write reloads it; a timer reloads it too, so replicas converge.
import fp from 'fastify-plugin'
import { decryptSecret } from '../../lib/crypto.ts'
import type { Db } from '../../lib/db/open.ts'
import { HubError } from '../../lib/errors.ts'
import { publishInvalidation } from '../../lib/invalidation.ts'
import { modelAllowed } from '../../lib/model-pattern.ts'
import { toMicros } from '../../lib/money.ts'
import { buildCandidates, type LoadedProvider, type RouteCandidate } from '../../lib/routing/candidates.ts'
import { type Strategy, strategyOf } from '../../lib/routing/load.ts'
import type { Principal } from '../../lib/tokens/principal.ts'
import { createUpstreamHttp, type UpstreamHttp } from '../../lib/upstream-http.ts'
import { headerValueProblem } from '../../lib/upstream-input.ts'
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
  /** Null: cached input and cache writes cost the input price. */
  cachedInputMicros: bigint | null
  cacheWriteMicros: bigint | null
  /** The most output a call may produce when it sets no max_tokens (what spend control reserves); null: unknown. */
  maxOutputTokens: number | null
  /** How a call picks among the candidates (lib/routing/pick.ts). */
  strategy: Strategy
  /** Other names clients may send for it, listed beside it where models are listed. */
  aliases: string[]
  createdAt: Date
  provider: { id: string; name: string; type: string; baseUrl: string }
  credentials: { id: string; apiKey: string; weight: number }[]
  /** Where a call for this model can go, one per usable credential (or one keyless): what the attempt loop picks. */
  candidates: RouteCandidate[]
  /** Enabled credentials this server cannot use (see UnusableCredential); none usable is a 503, not a keyless call. */
  unusableCredentials: number
}

/** A stored credential this server cannot send: it is left out, and reported once with what the operator can do. */
export interface UnusableCredential {
  provider: string
  credential: string
  reason: string
}

/** What a route needs to call a model: the adapter, the first target, the prices and every candidate. */
export interface ResolvedModel {
  adapter: ProviderAdapter
  target: UpstreamTarget
  model: CatalogModel
  candidates: readonly RouteCandidate[]
}

/** The key of a stored credential, or why this server cannot use it. Never throws. */
function openCredential(key: Buffer, row: { id: string; secret: string }): { apiKey: string } | { reason: string } {
  let apiKey: string
  try {
    apiKey = decryptSecret(key, row.secret, row.id)
  } catch {
    return {
      reason:
        'it cannot be decrypted: this server runs with another HUB_SECRET than the one that stored it ' +
        '(every server on one database needs the same HUB_SECRET), or the row was altered',
    }
  }
  // Stored before keys were checked on creation: every call with it would fail.
  const aws = apiKey.startsWith('{')
  if (!aws && headerValueProblem('apiKey', apiKey)) {
    return { reason: 'its key is not a valid HTTP header value; delete it and add the key again' }
  }
  return { apiKey }
}

export function createProviderRegistry(
  db: Db,
  opts: {
    credentialKey: Buffer
    adapters: Record<string, ProviderAdapter>
    onUnusable?: (credential: UnusableCredential) => void
  },
) {
  let models = new Map<string, CatalogModel>()
  let enabledProviders = 0
  let aliases = new Map<string, string>()
  /** Model type → the enabled model used when a request names none. */
  let defaults = new Map<string, string>()
  // Reported once per credential, not at every periodic reload.
  let reported = new Set<string>()

  async function reload(): Promise<void> {
    const providers = await db.provider.findMany({
      include: {
        credentials: { orderBy: { createdAt: 'asc' } },
        models: { include: { deployments: { orderBy: { createdAt: 'asc' } }, aliases: true } },
      },
    })
    const loaded = new Map<string, LoadedProvider>()
    const unusable = new Set<string>()
    const unusableOf = new Map<string, number>()
    for (const p of providers) {
      if (!p.enabled) continue
      const credentials: LoadedProvider['credentials'] = []
      for (const c of p.credentials) {
        if (!c.enabled) continue
        const opened = openCredential(opts.credentialKey, c)
        if ('apiKey' in opened) {
          credentials.push({ id: c.id, apiKey: opened.apiKey, weight: c.weight })
          continue
        }
        unusable.add(c.id)
        if (!reported.has(c.id)) opts.onUnusable?.({ provider: p.name, credential: c.name, reason: opened.reason })
      }
      unusableOf.set(p.id, p.credentials.filter((c) => c.enabled).length - credentials.length)
      loaded.set(p.id, {
        provider: { id: p.id, name: p.name, type: p.type, baseUrl: p.baseUrl },
        adapter: opts.adapters[p.type],
        credentials,
        // A provider without credentials is called without a key (a local server); one whose credentials are all
        // disabled or unreadable is not called at all.
        keyless: p.credentials.length === 0,
      })
    }
    const next = new Map<string, CatalogModel>()
    const nextAliases = new Map<string, string>()
    const nextDefaults = new Map<string, string>()
    for (const p of providers) {
      const own = loaded.get(p.id)
      if (!own) continue
      for (const m of p.models) {
        if (!m.enabled) continue
        for (const alias of m.aliases) nextAliases.set(alias.name, m.id)
        if (m.isDefault) nextDefaults.set(m.type, m.id)
        next.set(m.id, {
          id: m.id,
          upstreamModel: m.upstreamModel,
          type: m.type,
          inputMicros: toMicros(m.inputPrice.toString()),
          outputMicros: toMicros(m.outputPrice.toString()),
          cachedInputMicros: m.cachedInputPrice === null ? null : toMicros(m.cachedInputPrice.toString()),
          cacheWriteMicros: m.cacheWritePrice === null ? null : toMicros(m.cacheWritePrice.toString()),
          maxOutputTokens: m.maxOutputTokens,
          strategy: strategyOf(m.strategy),
          aliases: m.aliases.map((a) => a.name).sort(),
          createdAt: m.createdAt,
          provider: own.provider,
          credentials: own.credentials,
          candidates: buildCandidates(m, m.deployments, loaded),
          unusableCredentials: unusableOf.get(p.id) ?? 0,
        })
      }
    }
    models = next
    aliases = nextAliases
    defaults = nextDefaults
    enabledProviders = loaded.size
    reported = unusable
  }

  /** A model id, or the id an alias ("gpt-4o", "fast") names; unknown names stay as they are. */
  const resolveName = (name: string) => (models.has(name) ? name : (aliases.get(name) ?? name))

  /** The admin's default model of a type (Model.isDefault), for a request that names none. */
  function defaultModel(type: string): string {
    const id = defaults.get(type)
    if (id) return id
    throw new HubError(
      'validation_error',
      `The request names no model (input.modelOptions.model) and no default ${type} model is set; ` +
        'name one, e.g. "provider/model"',
    )
  }

  /** Resolves a model for a principal: 403 if the token may not use it, 404 if it is not served. */
  function forModel(principal: Principal, name: string, type: string): ResolvedModel {
    // An alias, or the default for a request that names no model (""), never widens a token: it is allowed
    // exactly when the model it names is.
    const modelId = name === '' ? defaultModel(type) : resolveName(name)
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
    if (!model.candidates.length) {
      throw new HubError(
        'no_credentials',
        `Provider "${model.provider.name}" has no credential this server can use for model "${modelId}": they are ` +
          'disabled (the admin API says why) or unreadable (the server log says why)',
      )
    }
    // The attempt loop picks among the candidates (weighted, health-aware); target is the first, for callers
    // that make no attempt of their own.
    return { adapter, model, target: model.candidates[0].target, candidates: model.candidates }
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
      limits: { responseBytes: config.UPSTREAM_RESPONSE_LIMIT, eventBytes: config.UPSTREAM_EVENT_LIMIT },
      tracer: app.tracing?.upstream,
    })
    const adapters = createAdapters(http)
    const registry = createProviderRegistry(app.db, {
      credentialKey: app.keys.credentialKey,
      adapters,
      onUnusable: ({ provider, credential, reason }) =>
        app.log.error(
          { provider, credential },
          `credential "${credential}" of provider "${provider}" is disabled on this server: ${reason}`,
        ),
    })
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
  { name: 'providers', dependencies: ['config', 'db', 'tracing'] },
)
