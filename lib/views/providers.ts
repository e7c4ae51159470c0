import type { Model, Provider, ProviderCredential } from '../../generated/prisma/client.ts'
import type { HealthView } from '../routing/health.ts'
import { type LoadView, strategyOf } from '../routing/load.ts'

export function credentialView(row: ProviderCredential) {
  return {
    id: row.id,
    name: row.name,
    masked: row.masked,
    enabled: row.enabled,
    weight: row.weight,
    disabledReason: row.disabledReason,
    disabledAt: row.disabledAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  }
}

const severity = { healthy: 0, probing: 1, cooling: 2 }

/**
 * A credential with this server's view of its health per model (only models it failed for are listed); its own
 * state is its worst model's, and a disabled credential is only that. With the load measurements the least-busy and
 * lowest-latency strategies pick by, also this server's own.
 */
export function credentialHealthView(
  row: ProviderCredential,
  models: { model: string; health: HealthView }[],
  load: { model: string; load: LoadView }[],
) {
  let state: HealthView['state'] = 'healthy'
  for (const m of models) if (severity[m.health.state] > severity[state]) state = m.health.state
  return {
    credentialId: row.id,
    name: row.name,
    enabled: row.enabled,
    weight: row.weight,
    disabledReason: row.disabledReason,
    state: row.enabled ? state : ('disabled' as const),
    models: models.map(({ model, health }) => ({ model, ...health })),
    load: load.map(({ model, load }) => ({ model, ...load })),
  }
}

export function providerView(row: Provider & { credentials: ProviderCredential[] }) {
  return {
    id: row.id,
    name: row.name,
    type: row.type,
    baseUrl: row.baseUrl,
    enabled: row.enabled,
    credentials: row.credentials.map(credentialView),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }
}

export function modelView(row: Model & { provider: Provider; aliases?: { name: string }[] }) {
  return {
    id: row.id,
    aliases: (row.aliases ?? []).map((a) => a.name).sort(),
    provider: row.provider.name,
    upstreamModel: row.upstreamModel,
    type: row.type,
    inputPrice: row.inputPrice.toFixed(6),
    outputPrice: row.outputPrice.toFixed(6),
    cachedInputPrice: row.cachedInputPrice?.toFixed(6) ?? null,
    cacheWritePrice: row.cacheWritePrice?.toFixed(6) ?? null,
    maxOutputTokens: row.maxOutputTokens,
    default: row.isDefault,
    strategy: strategyOf(row.strategy),
    enabled: row.enabled,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }
}
