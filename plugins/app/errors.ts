// One error handler for the whole app: typed HubErrors and Fastify's own errors become a 4xx/5xx in the
// route's envelope; anything unexpected is a 500 whose details stay in the log. Also adds the error
// responses to every route's schema, so the OpenAPI document tells the truth about them.

import type {} from '@fastify/swagger'
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { errorBody, type Surface } from '../../lib/error-body.ts'
import { errorResponses } from '../../lib/error-responses.ts'
import { type ErrorCode, HubError } from '../../lib/errors.ts'
import { headerFailure } from './auth.ts'

/** Scopes of routes that call a provider, and so can answer 429/502/503/504. */
const PROXIED_SCOPES = new Set(['chat', 'embeddings', 'images', 'audio'])

/** RFC 6750's error_description: printable ASCII without `"` and `\`; anything else is dropped. */
const quotedText = (text: string) => text.replace(/[^\x20\x21\x23-\x5B\x5D-\x7E]/g, '')

const fastifyCodes: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'validation_error',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_EMPTY_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_TYPE: 'unsupported_media_type',
  // @fastify/multipart (audio uploads)
  FST_REQ_FILE_TOO_LARGE: 'payload_too_large',
  FST_FILES_LIMIT: 'payload_too_large',
  FST_FIELDS_LIMIT: 'payload_too_large',
  FST_PARTS_LIMIT: 'payload_too_large',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'unsupported_media_type',
}

/** Turns whatever was thrown into a HubError; unknown errors become an opaque 500. */
export function toHubError(err: FastifyError | Error, request: FastifyRequest): HubError {
  if (err instanceof HubError) return err
  if (request.authError) return request.authError
  const fe = err as FastifyError
  if (fe.code?.startsWith('FST_BEARER_AUTH')) return headerFailure(request)
  // Prisma: a unique constraint, or a row that vanished between read and write.
  if (fe.code === 'P2002') return new HubError('conflict', 'A record with the same unique name or id already exists')
  if (fe.code === 'P2025') return new HubError('not_found', 'The record does not exist')
  // A path that names no well-formed id (a truncated uuid, a NUL in a model id) names nothing: 404, as an
  // unknown id would get.
  if (fe.validation && fe.validationContext === 'params') {
    return new HubError('not_found', `Nothing exists at this path (${fe.message})`)
  }
  if (fe.validation) return new HubError('validation_error', fe.message)
  if (fe.code && fastifyCodes[fe.code]) return new HubError(fastifyCodes[fe.code], fe.message)
  if (fe.code === 'FST_ERR_REQ_TIMEOUT' || fe.statusCode === 408) return new HubError('request_timeout', fe.message)
  // A JSON.parse failure from the content-type parser.
  if (err instanceof SyntaxError || (fe.statusCode === 400 && /JSON/i.test(fe.message))) {
    return new HubError('invalid_json', `Body is not valid JSON: ${fe.message}`)
  }
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
    return new HubError('validation_error', fe.message, { status: fe.statusCode })
  }
  return new HubError(
    'internal_error',
    'Something went wrong on our side; the request id is in the x-request-id header',
  )
}

const surfaceOfUrl = (url: string): Surface =>
  url.startsWith('/v1/messages') ? 'anthropic' : url.startsWith('/v1/') ? 'openai' : 'hub'

const ERROR_SCHEMA: Record<Surface, string> = {
  hub: 'ErrorResponse',
  openai: 'OpenAIErrorResponse',
  anthropic: 'AnthropicErrorResponse',
}

export function sendError(err: HubError, request: FastifyRequest, reply: FastifyReply) {
  // For the request's metrics (the error code label, spend refusals).
  request.hubError = err
  if (err.statusCode === 401) {
    // Only Hub's own token verdicts name the token invalid; their messages are ours, and quoted safely anyway.
    const invalid = err.code.startsWith('token_') && request.headers.authorization !== undefined
    reply.header(
      'www-authenticate',
      invalid
        ? `Bearer realm="hub", error="invalid_token", error_description="${quotedText(err.message)}"`
        : 'Bearer realm="hub"',
    )
  } else if (err.code === 'insufficient_scope') {
    reply.header('www-authenticate', 'Bearer realm="hub", error="insufficient_scope"')
  }
  if (err.retryAfter !== undefined) reply.header('retry-after', String(err.retryAfter))
  // Unmatched URLs have no route config: /v1/… still answers in OpenAI's shape.
  const surface = request.routeOptions.config?.surface ?? surfaceOfUrl(request.url)
  return reply.code(err.statusCode).type('application/json; charset=utf-8').send(errorBody(err, surface))
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The error this request was answered with, if any. */
    hubError: HubError | null
  }
}

export default fp(
  async (app) => {
    app.decorateRequest('hubError', null)
    app.setErrorHandler((err: FastifyError, request, reply) => {
      const hubError = toHubError(err, request)
      if (hubError.statusCode >= 500) request.log.error({ err, code: hubError.code }, 'request failed')
      else request.log.debug({ code: hubError.code, status: hubError.statusCode }, hubError.message)
      return sendError(hubError, request, reply)
    })

    app.setNotFoundHandler((request, reply) =>
      sendError(
        new HubError('route_not_found', `Route ${request.method} ${request.url.split('?')[0]} does not exist`),
        request,
        reply,
      ),
    )

    app.addHook('onRoute', (route) => {
      const schema = route.schema
      if (!schema || schema.hide) return
      schema.response ??= {}
      const response = schema.response as Record<string, unknown>
      const config = route.config ?? {}
      const methods = Array.isArray(route.method) ? route.method : [route.method]
      const errors = errorResponses(
        {
          method: methods[0],
          isPublic: config.public === true,
          proxied: config.scope !== undefined && PROXIED_SCOPES.has(config.scope),
          hasBody: schema.body !== undefined,
          hasParams: schema.params !== undefined,
          hasQuery: schema.querystring !== undefined,
        },
        ERROR_SCHEMA[config.surface ?? 'hub'],
      )
      for (const [status, body] of Object.entries(errors)) response[status] ??= body
    })
  },
  { name: 'errors', dependencies: ['schemas'] },
)
