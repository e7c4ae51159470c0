// One table of error codes: the HTTP status and the public error title for each. Thrown anywhere as a
// HubError; the error handler (plugins/app/errors.ts) renders it in the surface's envelope.

export const errorCodes = {
  token_missing: { status: 401, error: 'Unauthorized' },
  token_malformed: { status: 401, error: 'Unauthorized' },
  token_invalid: { status: 401, error: 'Unauthorized' },
  token_expired: { status: 401, error: 'Unauthorized' },
  token_revoked: { status: 401, error: 'Unauthorized' },
  insufficient_scope: { status: 403, error: 'Forbidden' },
  // The console's session cookie: missing, tampered with or past its expiry (sign in again).
  session_invalid: { status: 401, error: 'Unauthorized' },
  // A write made with the session cookie without its x-hub-csrf header (or with another session's).
  csrf_failed: { status: 403, error: 'Forbidden' },
  model_not_allowed: { status: 403, error: 'Forbidden' },
  // The token's account is disabled; its tokens are refused until it is enabled again.
  account_disabled: { status: 403, error: 'Forbidden' },
  // The admin ceiling: a token may only grant, and only manage tokens, within what it holds itself.
  grant_exceeds_own: { status: 403, error: 'Forbidden' },
  // Accounts, and other accounts' tokens, are managed by full admins only (every scope, every model, no expiry).
  full_admin_required: { status: 403, error: 'Forbidden' },
  validation_error: { status: 400, error: 'Bad Request' },
  // A token or key in the query string (RFC 6750 §2.3): it would be logged on the way; send a header instead.
  credentials_in_url: { status: 400, error: 'Bad Request' },
  invalid_json: { status: 400, error: 'Bad Request' },
  unsupported_media_type: { status: 415, error: 'Unsupported Media Type' },
  payload_too_large: { status: 413, error: 'Payload Too Large' },
  not_found: { status: 404, error: 'Not Found' },
  route_not_found: { status: 404, error: 'Not Found' },
  model_not_found: { status: 404, error: 'Not Found' },
  account_not_found: { status: 404, error: 'Not Found' },
  conflict: { status: 409, error: 'Conflict' },
  rate_limited: { status: 429, error: 'Too Many Requests' },
  // Spend control: a credits account whose balance cannot cover the call's worst case, or a budget spent.
  insufficient_credits: { status: 402, error: 'Payment Required' },
  budget_exceeded: { status: 402, error: 'Payment Required' },
  no_credentials: { status: 503, error: 'Service Unavailable' },
  upstream_error: { status: 502, error: 'Bad Gateway' },
  // The provider refused Hub's own credential for it: the operator's problem, never a 401 to the caller.
  upstream_auth_failed: { status: 502, error: 'Bad Gateway' },
  upstream_unreachable: { status: 502, error: 'Bad Gateway' },
  // A provider's answer (or one event of its stream) larger than UPSTREAM_RESPONSE_LIMIT / UPSTREAM_EVENT_LIMIT.
  upstream_response_too_large: { status: 502, error: 'Bad Gateway' },
  upstream_timeout: { status: 504, error: 'Gateway Timeout' },
  unavailable: { status: 503, error: 'Service Unavailable' },
  // A bounded resource is in use (AUDIO_BUFFER_CONCURRENCY uploads held); sent with Retry-After.
  server_busy: { status: 503, error: 'Service Unavailable' },
  request_timeout: { status: 408, error: 'Request Timeout' },
  // nginx's convention: the client closed the connection before the answer; recorded on usage, rarely seen.
  client_closed: { status: 499, error: 'Client Closed Request' },
  internal_error: { status: 500, error: 'Internal Server Error' },
} as const satisfies Record<string, { status: number; error: string }>

export type ErrorCode = keyof typeof errorCodes

export class HubError extends Error {
  readonly code: ErrorCode
  readonly statusCode: number
  readonly title: string
  /** Seconds for a Retry-After header, when trying again later can succeed. */
  readonly retryAfter?: number
  /** A provider's own delay before trying again (retry-after-ms / retry-after), which the attempt loop honours. */
  readonly retryAfterMs?: number

  /** `status` overrides the table, e.g. an upstream 429 or 400 keeps its status class. */
  constructor(
    code: ErrorCode,
    message: string,
    opts: { status?: number; cause?: unknown; retryAfter?: number; retryAfterMs?: number } = {},
  ) {
    super(message, { cause: opts.cause })
    this.retryAfter = opts.retryAfter
    this.retryAfterMs = opts.retryAfterMs
    this.name = 'HubError'
    this.code = code
    this.statusCode = opts.status ?? errorCodes[code].status
    this.title = opts.status ? statusTitle(opts.status) : errorCodes[code].error
  }
}

const titles: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  402: 'Payment Required',
  403: 'Forbidden',
  404: 'Not Found',
  408: 'Request Timeout',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
}

export function statusTitle(status: number): string {
  return titles[status] ?? (status >= 500 ? 'Upstream Error' : 'Error')
}
