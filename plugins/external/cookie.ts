// Cookie parsing and serialising for the admin console's session (plugins/app/session.ts). No onRequest hook:
// only /api/admin routes read the Cookie header, so no other request pays for parsing it.
import cookie from '@fastify/cookie'
import fp from 'fastify-plugin'

export default fp(
  async (app) => {
    await app.register(cookie, { hook: false })
  },
  { name: 'cookie' },
)
