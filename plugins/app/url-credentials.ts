// Refuses a request that carries a credential in its query string (?access_token=, ?api_key=, a hub_ token…)
// before anything else reads it: a 400 that says where the token belongs, never a silent acceptance.
import fp from 'fastify-plugin'
import { HubError } from '../../lib/errors.ts'
import { credentialInQuery } from '../../lib/url-credentials.ts'

export default fp(
  async (app) => {
    // Callback style, and nothing to do for the usual request without a query string.
    app.addHook('onRequest', (request, _reply, done) => {
      const name = request.url.includes('?') ? credentialInQuery(request.url) : null
      if (!name) return done()
      done(
        new HubError(
          'credentials_in_url',
          `Credentials do not belong in the URL (query parameter "${encodeURIComponent(name).slice(0, 64)}"): ` +
            'send the token as "Authorization: Bearer <token>". A token sent in a URL may have been logged on the way; ' +
            'consider rotating it',
        ),
      )
    })
  },
  { name: 'url-credentials', dependencies: ['errors'] },
)
