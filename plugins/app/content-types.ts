// Hub's API takes JSON only. Fastify also parses text/plain by default, which would turn a mislabelled body
// into a confusing schema error; without that parser such a request gets 415 unsupported_media_type.
// JSON bodies go through Fastify's own parser (secure-json-parse, prototype poisoning refused), then a depth
// check, once, before anything recursive sees them.
import fp from 'fastify-plugin'
import { HubError } from '../../lib/errors.ts'
import { JSON_MAX_DEPTH, nestsDeeperThan } from '../../lib/json-depth.ts'

export default fp(
  async (app) => {
    app.removeContentTypeParser('text/plain')
    const parseJson = app.getDefaultJsonParser('error', 'error')
    app.removeContentTypeParser('application/json')
    app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body: string, done) => {
      parseJson(request, body, (err, value) => {
        if (err) return done(err, undefined)
        if (nestsDeeperThan(value, JSON_MAX_DEPTH)) {
          return done(new HubError('validation_error', `JSON nests deeper than ${JSON_MAX_DEPTH} levels`), undefined)
        }
        done(null, value)
      })
    })
  },
  { name: 'content-types' },
)
