// Renders an error in the envelope of the surface the route belongs to.
import type { HubError } from './errors.ts'

export type Surface = 'hub' | 'openai'

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

export function errorBody(err: HubError, surface: Surface): object {
  if (surface === 'openai') {
    return { error: { message: err.message, type: openAIType(err.statusCode), param: null, code: err.code } }
  }
  return { error: err.title, message: err.message, code: err.code }
}
