// The OpenAPI document, generated from the same TypeBox schemas that validate requests, and Swagger UI.
import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import type { FastifySchema } from 'fastify'
import fp from 'fastify-plugin'
import { declareTags } from '../../lib/openapi-tags.ts'

/**
 * How a route appears in the document: collection routes without their trailing slash (`/api/admin/tokens`),
 * and a wildcard tail as a named parameter, so `/api/admin/models/*` is documented as `/api/admin/models/{id}`
 * (clients send the id URL-encoded, `openai%2Fgpt-4o`; the raw `openai/gpt-4o` works too).
 */
function documentedRoute({ schema, url }: { schema: FastifySchema; url: string }) {
  const path = url.length > 1 ? url.replace(/\/$/, '') : url
  if (!path.endsWith('/*')) return { schema, url: path }
  const params = schema.params as { properties: Record<string, unknown>; description?: string } | undefined
  const id = params?.properties['*']
  return {
    schema: { ...schema, params: { type: 'object', properties: { id }, required: ['id'] } },
    url: `${path.slice(0, -1)}:id`,
  }
}

export default fp(
  async (app) => {
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'Hub',
          version: '0.1.0',
          description:
            'An open, self-hostable AI gateway. Authenticate with `Authorization: Bearer <token>`; errors use `{"error", "message", "code"}`.',
        },
        // Relative: the document describes the Hub that serves it, wherever it is deployed.
        servers: [{ url: '/', description: 'This Hub' }],
        components: {
          securitySchemes: {
            bearer: { type: 'http', scheme: 'bearer', description: 'A Hub access token: hub_…' },
            anthropicApiKey: {
              type: 'apiKey',
              in: 'header',
              name: 'x-api-key',
              description: 'A Hub access token, as Anthropic clients send their key (Messages routes only)',
            },
            session: {
              type: 'apiKey',
              in: 'cookie',
              name: 'hub_session',
              description:
                "The admin console's session (POST /api/admin/session with an admin token); writes also need the x-hub-csrf header it returns",
            },
          },
        },
      },
      transform: documentedRoute,
      transformObject: (documentObject) =>
        'openapiObject' in documentObject ? declareTags(documentObject.openapiObject) : documentObject.swaggerObject,
      // Name components after their $id instead of def-0, def-1…
      refResolver: {
        buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`),
      },
    })
    await app.register(swaggerUi, { routePrefix: '/docs', uiConfig: { persistAuthorization: true } })
    app.get('/openapi.json', { schema: { hide: true }, config: { public: true } }, async () => app.swagger())
  },
  { name: 'swagger' },
)
