// Hub's API takes JSON only. Fastify also parses text/plain by default, which would turn a mislabelled body
// into a confusing schema error; without that parser such a request gets 415 unsupported_media_type.
import fp from 'fastify-plugin'

export default fp(
  async (app) => {
    app.removeContentTypeParser('text/plain')
  },
  { name: 'content-types' },
)
