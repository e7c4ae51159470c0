import type { ModelDeployment, Provider } from '../../generated/prisma/client.ts'

export function deploymentView(row: ModelDeployment & { provider: Provider }) {
  return {
    id: row.id,
    modelId: row.modelId,
    provider: row.provider.name,
    providerId: row.providerId,
    upstreamModel: row.upstreamModel,
    credentialId: row.credentialId,
    weight: row.weight,
    priority: row.priority,
    enabled: row.enabled,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }
}
