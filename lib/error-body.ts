// Renders an error in the envelope of the surface the route belongs to.
import type { HubError } from './errors.ts'

export type Surface = 'hub' | 'openai' | 'anthropic'

/** Error types OpenAI's and Anthropic's APIs share, by status. */
const SHARED_TYPES: Record<number, string> = {
  401: 'authentication_error',
  403: 'permission_error',
  404: 'not_found_error',
  429: 'rate_limit_error',
}
/** Anthropic's own on top (https://docs.anthropic.com/en/api/errors). */
const ANTHROPIC_TYPES: Record<number, string> = {
  ...SHARED_TYPES,
  413: 'request_too_large',
  503: 'overloaded_error',
  529: 'overloaded_error',
}
const otherwise = (status: number) => (status < 500 ? 'invalid_request_error' : 'api_error')
const openAIType = (status: number): string => SHARED_TYPES[status] ?? otherwise(status)
const anthropicType = (status: number): string => ANTHROPIC_TYPES[status] ?? otherwise(status)

export function errorBody(err: HubError, surface: Surface): object {
  if (surface === 'anthropic') {
    return { type: 'error', error: { type: anthropicType(err.statusCode), message: err.message, code: err.code } }
  }
  if (surface === 'openai') {
    return { error: { message: err.message, type: openAIType(err.statusCode), param: null, code: err.code } }
  }
  return { error: err.title, message: err.message, code: err.code }
}
