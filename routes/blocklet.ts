// GET /__blocklet__.js: Blocklet Server's app descriptor. The @aigne/aigne-hub client keeps only the origin of
// its baseURL and asks `?type=json` where the AIGNE Hub component (a fixed DID) is mounted; it caches a failure
// for good, so this is public and does no I/O. Without `type=json` Blocklet Server answers JavaScript.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import { blockletInfo } from '../lib/aigne/catalogue.ts'
import { BlockletInfo } from '../schemas/aigne.ts'
import { ref } from '../schemas/ref.ts'

const blocklet: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/__blocklet__.js',
    {
      config: { public: true },
      schema: {
        operationId: 'getBlockletInfo',
        tags: ['aigne'],
        summary: 'Where the AIGNE Hub API is mounted, for AIGNE clients',
        querystring: Type.Object({ type: Type.Optional(Type.String({ description: '"json" for JSON' })) }),
        response: {
          200: {
            description: 'JSON with `?type=json`, otherwise a script setting window.blocklet',
            content: {
              'application/json': { schema: ref(BlockletInfo) },
              'application/javascript': { schema: Type.String() },
            },
          },
        },
      },
    },
    async (request, reply) => {
      const info = blockletInfo()
      if (request.query.type === 'json') return info
      return reply.type('application/javascript; charset=utf-8').send(`window.blocklet = ${JSON.stringify(info)};\n`)
    },
  )
}

export default blocklet
