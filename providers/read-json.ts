// Reads a provider's 2xx JSON answer: its text (kept, so an answer already in the client's format can be sent
// as it came) and its parsed value. Invalid JSON is the provider's fault (502), a cut body a network failure, an
// answer over UPSTREAM_RESPONSE_LIMIT a 502 `upstream_response_too_large`.
import { HubError } from '../lib/errors.ts'
import { readUpstreamText } from '../lib/upstream-body.ts'
import type { UpstreamResponse } from '../lib/upstream-http.ts'

export async function readJson<T>(
  res: UpstreamResponse,
  providerName: string,
  signal: AbortSignal,
): Promise<{ raw: string; value: T }> {
  const raw = await readUpstreamText(res, signal)
  try {
    return { raw, value: JSON.parse(raw) as T }
  } catch {
    throw new HubError('upstream_error', `Provider "${providerName}" answered with invalid JSON`)
  }
}
