import type { UsageRecord } from '../../generated/prisma/client.ts'
import type { AttemptRecord } from '../routing/attempts.ts'

export function usageView(row: UsageRecord) {
  return {
    id: row.id.toString(),
    requestId: row.requestId,
    tokenId: row.tokenId,
    accountId: row.accountId,
    app: row.app,
    model: row.model,
    provider: row.providerName,
    credentialId: row.credentialId,
    endpoint: row.endpoint,
    promptTokens: row.promptTokens,
    completionTokens: row.completionTokens,
    cachedTokens: row.cachedTokens,
    cacheWriteTokens: row.cacheWriteTokens,
    reasoningTokens: row.reasoningTokens,
    cost: row.cost.toFixed(10),
    status: row.status,
    aborted: row.aborted,
    estimated: row.estimated,
    errorCode: row.errorCode,
    latencyMs: row.latencyMs,
    ttfbMs: row.ttfbMs,
    attempts: (row.attempts as AttemptRecord[] | null) ?? null,
    createdAt: row.createdAt.toISOString(),
  }
}
