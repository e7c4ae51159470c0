// The error responses each route declares in the OpenAPI document: explicit statuses (400, 401, 403, 404, 409,
// 413, 429, 502, 504…) instead of 4XX/5XX ranges, chosen from what the route can actually answer, each with the
// body of the route's surface. Generated clients then type every error they can meet.

export interface RouteTraits {
  method: string
  /** No token needed. */
  isPublic: boolean
  /** The route calls a provider (chat, embeddings, images, audio). */
  proxied: boolean
  hasBody: boolean
  hasParams: boolean
  hasQuery: boolean
}

const descriptions: Record<number, string> = {
  400: 'Bad Request: the body, query or parameters are invalid (`validation_error`, `invalid_json`)',
  401: 'Unauthorized: the token is missing, malformed, unknown, expired or revoked (`token_*`)',
  402: 'Payment Required: the credit balance or a budget does not cover the call (`insufficient_credits`, `budget_exceeded`)',
  403: 'Forbidden: the token lacks the scope or the model (`insufficient_scope`, `model_not_allowed`)',
  404: 'Not Found: the record or model does not exist',
  409: 'Conflict: a record with the same unique name or id exists',
  413: 'Payload Too Large: the body is over the configured limit',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests: a rate limit of the token or account (`rate_limited`, with x-ratelimit-* headers) or the provider refused the rate; see retry-after',
  500: 'Internal Server Error: the request id is in the x-request-id header',
  502: 'Bad Gateway: the provider failed, was unreachable or answered with an error (`upstream_*`)',
  503: 'Service Unavailable: the database or the provider is unavailable',
  504: 'Gateway Timeout: the provider did not answer in time (`upstream_timeout`)',
}

/** The statuses a route with these traits can answer with an error. */
export function errorStatuses(route: RouteTraits): number[] {
  const statuses = new Set<number>([500])
  const hasInput = route.hasBody || route.hasParams || route.hasQuery
  if (hasInput) statuses.add(400)
  if (!route.isPublic) {
    statuses.add(401)
    statuses.add(403)
  }
  if (route.hasParams || route.proxied) statuses.add(404)
  if (route.hasBody) {
    statuses.add(413)
    statuses.add(415)
  }
  const write = route.method === 'POST' || route.method === 'PATCH' || route.method === 'PUT'
  if (write && !route.proxied && !route.isPublic) statuses.add(409)
  if (route.proxied) for (const s of [402, 429, 502, 503, 504]) statuses.add(s)
  return [...statuses].sort((a, b) => a - b)
}

/** `{status: {description, $ref}}` for each error status the route does not declare itself. */
export function errorResponses(route: RouteTraits, errorSchemaId: string): Record<string, object> {
  const responses: Record<string, object> = {}
  for (const status of errorStatuses(route)) {
    responses[status] = { description: descriptions[status], $ref: `${errorSchemaId}#` }
  }
  return responses
}
