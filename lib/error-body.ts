// Renders an error in the envelope of the surface the route belongs to.
import type { HubError } from './errors.ts'

export type Surface = 'hub' | 'openai' | 'anthropic'

const openAIType = (status: number): string =>
  status === 401
    ? 'authentication_error'
    : status === 403
      ? 'permission_error'
      : status === 404
        ? 'not_found_error'
        : status === 429
          ? 'rate_limit_error'
          : status < 500
            ? 'invalid_request_error'
            : 'api_error'

/** Anthropic's error types (https://docs.anthropic.com/en/api/errors), by status. */
const anthropicType = (status: number): string =>
  status === 401
    ? 'authentication_error'
    : status === 403
      ? 'permission_error'
      : status === 404
        ? 'not_found_error'
        : status === 413
          ? 'request_too_large'
          : status === 429
            ? 'rate_limit_error'
            : status === 503 || status === 529
              ? 'overloaded_error'
              : status < 500
                ? 'invalid_request_error'
                : 'api_error'

export function errorBody(err: HubError, surface: Surface): object {
  if (surface === 'anthropic') {
    return { type: 'error', error: { type: anthropicType(err.statusCode), message: err.message, code: err.code } }
  }
  if (surface === 'openai') {
    return { error: { message: err.message, type: openAIType(err.statusCode), param: null, code: err.code } }
  }
  return { error: err.title, message: err.message, code: err.code }
}
