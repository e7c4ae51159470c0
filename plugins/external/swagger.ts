// The OpenAPI document, generated from the same TypeBox schemas that validate requests, and Swagger UI.
import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import fp from 'fastify-plugin'

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
        components: {
          securitySchemes: {
            bearer: { type: 'http', scheme: 'bearer', description: 'A Hub access token: hub_…' },
          },
        },
      },
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
