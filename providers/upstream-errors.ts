// A non-2xx answer from a provider, as a HubError: the provider's message (without its credential, nor anything
// that looks like a key) and its status class, so a 429 stays a 429 and a 400 stays a 400. A provider refusing
// Hub's own credential is the operator's problem, never the caller's: 502 upstream_auth_failed, not a 401.
import { HubError } from '../lib/errors.ts'
import { type Redact, secretRedactor } from '../lib/redact.ts'
import { retryAfterMs } from '../lib/routing/retry-after.ts'
import { toUpstreamError, type UpstreamResponse } from '../lib/upstream-http.ts'
import { parseAwsCredentials } from './bedrock/sign.ts'
import type { UpstreamTarget } from './types.ts'

const MAX_ERROR_BODY = 64 * 1024
const KEYISH = /(sk-[A-Za-z0-9_-]{4,}|Bearer\s+\S+|hub_[0-9A-Za-z]{20,}|[A-Za-z0-9_-]{32,})/g

export function scrubSecrets(text: string): string {
  return text.replace(KEYISH, '[redacted]')
}

const redactors = new WeakMap<object, Redact>()

/** Cleans a provider's text: its own credential (and long pieces of it) and anything key-shaped. */
export function redactorFor(target: UpstreamTarget): Redact {
  const credential = target.credential
  if (!credential) return scrubSecrets
  let redact = redactors.get(credential)
  if (!redact) {
    const aws = parseAwsCredentials(credential.apiKey)
    const secrets = aws ? [aws.secretAccessKey, aws.accessKeyId, aws.sessionToken ?? ''] : [credential.apiKey]
    const known = secretRedactor(secrets)
    redact = (text) => scrubSecrets(known(text))
    redactors.set(credential, redact)
  }
  return redact
}

/** Who answered, as the stream readers need it: a name for messages, and the redaction of its text. */
export interface UpstreamSource {
  providerName: string
  redact: Redact
}

export const sourceOf = (target: UpstreamTarget): UpstreamSource => ({
  providerName: target.provider.name,
  redact: redactorFor(target),
})

/** The provider refused the credential Hub sent (or sent none): 401, 403, or a proxy's 407. */
const isAuthStatus = (status: number) => status === 401 || status === 403 || status === 407

/**
 * 4xx keep their status (the client's request or the provider's limits), except auth failures (502);
 * 5xx become 502, except 503 and 504, and Anthropic's 529 "overloaded", which is a 503 in HTTP's words.
 */
export function upstreamStatus(status: number): number {
  if (isAuthStatus(status)) return 502
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

export async function upstreamError(res: UpstreamResponse, target: UpstreamTarget): Promise<HubError> {
  const text = await readBounded(res).catch(() => '')
  const message = redactorFor(target)(messageFrom(text) ?? `HTTP ${res.statusCode}`)
  const name = target.provider.name
  if (isAuthStatus(res.statusCode)) {
    return new HubError(
      'upstream_auth_failed',
      `Provider "${name}" refused Hub's credential (${res.statusCode}): ${message}. ` +
        'An administrator must fix the provider credential; your Hub token is fine',
    )
  }
  const waitMs = retryAfterMs(res.headers)
  return new HubError('upstream_error', `Provider "${name}" answered ${res.statusCode}: ${message}`, {
    status: upstreamStatus(res.statusCode),
    retryAfterMs: waitMs,
    // Passed on to the client when no other attempt answered.
    retryAfter: waitMs === undefined ? undefined : Math.max(1, Math.ceil(waitMs / 1000)),
  })
}

/** A started stream (the provider answered 2xx) that went wrong on the provider's side. */
export const streamFailure = (providerName: string, what: string) =>
  new HubError('upstream_error', `Provider "${providerName}" ${what}`)

// How providers name an auth failure inside a stream: OpenAI and Anthropic error types and codes, Gemini's
// status, Bedrock's exception names (camelCase inside an event stream).
const AUTH_ERRORS =
  /^(authentication_error|permission_error|invalid_api_key|unauthorized|forbidden|UNAUTHENTICATED|PERMISSION_DENIED|AccessDeniedException|UnrecognizedClientException|ExpiredTokenException|InvalidSignatureException|401|403)$/i

function namesAuthFailure(payload: string, kind?: string): boolean {
  const names: unknown[] = [kind]
  try {
    const parsed = JSON.parse(payload) as { error?: Record<string, unknown>; type?: unknown; __type?: unknown }
    names.push(parsed.type, parsed.__type, parsed.error?.type, parsed.error?.code, parsed.error?.status)
  } catch {}
  return names.some((name) => (typeof name === 'string' || typeof name === 'number') && AUTH_ERRORS.test(String(name)))
}

/**
 * An error event inside a started stream (`payload` is its JSON text; `kind` and `fallback` what the framing said
 * about it). The provider's message is redacted; an auth failure keeps its own code, so no client takes it for
 * a problem with its Hub token.
 */
export function midStreamError(
  source: UpstreamSource,
  payload: string,
  opts: { kind?: string; fallback?: string } = {},
): HubError {
  const message = source.redact(messageFrom(payload) ?? opts.fallback ?? 'stream failed')
  const what = `failed mid-stream: ${opts.kind ? `${opts.kind}: ` : ''}${message}`
  if (!namesAuthFailure(payload, opts.kind)) return streamFailure(source.providerName, what)
  return new HubError('upstream_auth_failed', `Provider "${source.providerName}" ${what}`)
}

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
