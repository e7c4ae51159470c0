// An active check of a provider's credentials: one smallest chat call (one output token) per enabled credential,
// outside any token's usage. A refused credential is disabled as a refused call would have it; an answer ends a
// cooldown. What an operator runs after fixing a key, instead of waiting for traffic to find out.
import { randomUUID } from 'node:crypto'
import { HubError } from '../errors.ts'
import type { RouteCandidate } from './candidates.ts'
import type { Health } from './health.ts'

export interface CheckResult {
  credentialId: string | null
  ok: boolean
  status: number
  code: string
  message: string | null
  ms: number
}

const CHECK_TIMEOUT_MS = 30_000

export async function checkCandidates(
  modelId: string,
  candidates: readonly RouteCandidate[],
  health: Health,
  onAuthFailure: (candidate: RouteCandidate, err: HubError) => void,
  timeoutMs = CHECK_TIMEOUT_MS,
): Promise<CheckResult[]> {
  const results: CheckResult[] = []
  for (const c of candidates) {
    const started = performance.now()
    const ms = () => Math.round(performance.now() - started)
    try {
      await c.adapter.chat(
        { model: modelId, messages: [{ role: 'user', content: 'ping' }], max_tokens: 1 },
        { target: c.target, signal: AbortSignal.timeout(timeoutMs), requestId: randomUUID() },
      )
      health.success(c.key)
      results.push({ credentialId: c.credentialId, ok: true, status: 200, code: 'ok', message: null, ms: ms() })
    } catch (err) {
      const hubError = err instanceof HubError ? err : new HubError('internal_error', 'the check failed')
      if (hubError.code === 'upstream_auth_failed') onAuthFailure(c, hubError)
      results.push({
        credentialId: c.credentialId,
        ok: false,
        status: hubError.statusCode,
        code: hubError.code,
        message: hubError.message,
        ms: ms(),
      })
    }
  }
  return results
}
