// The console's only way to Hub: the SDK generated from Hub's OpenAPI document, with the session cookie (sent by
// the browser, never readable here) and the session's CSRF token on every write.
import { client } from '@hub/api/client.gen.ts'

client.setConfig({ baseUrl: window.location.origin, credentials: 'same-origin' })

let csrfToken: string | null = null
export const setCsrfToken = (token: string | null) => {
  csrfToken = token
}

client.interceptors.request.use((request) => {
  if (csrfToken && request.method !== 'GET' && request.method !== 'HEAD') request.headers.set('x-hub-csrf', csrfToken)
  return request
})

/** An answer outside 2xx, with the API's own message. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code?: string,
  ) {
    super(message)
  }
}

/** Fired when Hub says the session is over (expired, signed out elsewhere, token revoked). */
export const SESSION_ENDED = 'hub:session-ended'

interface Result<T> {
  data?: T
  error?: unknown
  response?: Response
}

/** The data of a generated SDK call, or an ApiError carrying Hub's `message`. */
export async function call<T>(pending: Promise<Result<T>>): Promise<T> {
  const result = await pending
  const status = result.response?.status ?? 0
  if (result.error === undefined && status >= 200 && status < 300) return result.data as T
  const body = (result.error ?? {}) as { message?: string; code?: string }
  const error = new ApiError(body.message ?? `Hub answered ${status || 'nothing'}`, status, body.code)
  if (status === 401) window.dispatchEvent(new CustomEvent(SESSION_ENDED, { detail: error.message }))
  return Promise.reject(error)
}

export const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err))
