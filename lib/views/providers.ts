import type { Model, Provider, ProviderCredential } from '../../generated/prisma/client.ts'

export function credentialView(row: ProviderCredential) {
  return {
    id: row.id,
    name: row.name,
    masked: row.masked,
    enabled: row.enabled,
    createdAt: row.createdAt.toISOString(),
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

export function modelView(row: Model & { provider: Provider }) {
  return {
    id: row.id,
    provider: row.provider.name,
    upstreamModel: row.upstreamModel,
    type: row.type,
    inputPrice: row.inputPrice.toFixed(6),
    outputPrice: row.outputPrice.toFixed(6),
    cachedInputPrice: row.cachedInputPrice?.toFixed(6) ?? null,
    cacheWritePrice: row.cacheWritePrice?.toFixed(6) ?? null,
    maxOutputTokens: row.maxOutputTokens,
    enabled: row.enabled,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }
}
