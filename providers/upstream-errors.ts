// A non-2xx answer from a provider, as a HubError: the provider's message (scrubbed of
// anything that looks like a key) and its status class, so a 429 stays a 429 and a 400 stays a 400.
import { HubError } from '../lib/errors.ts'
import { toUpstreamError, type UpstreamResponse } from '../lib/upstream-http.ts'

const MAX_ERROR_BODY = 64 * 1024
const KEYISH = /(sk-[A-Za-z0-9_-]{4,}|Bearer\s+\S+|hub_[0-9A-Za-z]{20,}|[A-Za-z0-9_-]{32,})/g

export function scrubSecrets(text: string): string {
  return text.replace(KEYISH, '[redacted]')
}

/**
 * 4xx keep their status (the client's request or the provider's limits); 5xx become 502, except 503 and 504,
 * and Anthropic's 529 "overloaded", which is a 503 in HTTP's words.
 */
export function upstreamStatus(status: number): number {
  if (status >= 400 && status < 500) return status
  if (status === 503 || status === 504) return status
  if (status === 529) return 503
  return 502
}

async function readBounded(res: UpstreamResponse): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of res.body) {
    chunks.push(chunk)
    size += chunk.length
    if (size > MAX_ERROR_BODY) {
      res.body.destroy()
      break
    }
  }
  // Decoded once, so a character split across chunks stays whole.
  return Buffer.concat(chunks, size).subarray(0, MAX_ERROR_BODY).toString('utf8')
}

export function messageFrom(text: string): string | null {
  try {
    const parsed = JSON.parse(text) as {
      error?: { message?: unknown } | string
      message?: unknown
      detail?: unknown
    }
    if (typeof parsed.error === 'string') return parsed.error
    if (typeof parsed.error?.message === 'string') return parsed.error.message
    if (typeof parsed.message === 'string') return parsed.message
    // Ideogram (FastAPI style)
    if (typeof parsed.detail === 'string') return parsed.detail
  } catch {}
  return null
}

export async function upstreamError(res: UpstreamResponse, providerName: string): Promise<HubError> {
  const text = await readBounded(res).catch(() => '')
  const message = messageFrom(text) ?? `HTTP ${res.statusCode}`
  return new HubError(
    'upstream_error',
    `Provider "${providerName}" answered ${res.statusCode}: ${scrubSecrets(message)}`,
    {
      status: upstreamStatus(res.statusCode),
    },
  )
}

/** A started stream (the provider answered 2xx) that went wrong on the provider's side. */
export const streamFailure = (providerName: string, what: string) =>
  new HubError('upstream_error', `Provider "${providerName}" ${what}`)

/**
 * An error while reading a started stream. The provider was reachable, so a broken connection is a failed stream,
 * not an unreachable host; our own client leaving and timeouts keep their meaning.
 */
export function streamReadError(err: unknown, signal: AbortSignal, providerName: string): Error {
  const error = toUpstreamError(err, signal)
  if (error instanceof HubError && error.code === 'upstream_unreachable') {
    return streamFailure(providerName, 'dropped the connection mid-stream')
  }
  return error
}
