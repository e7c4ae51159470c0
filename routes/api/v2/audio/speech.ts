// POST /api/v2/audio/speech: OpenAI's text to speech; the provider's audio is streamed back as it comes.
// Billed per input character at the model's inputPrice (per 1M), as OpenAI prices its TTS models.
import { Readable } from 'node:stream'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { type SurfaceOptions, surfaceOf } from '../../../../lib/route-surface.ts'
import { emptyUsage } from '../../../../providers/types.ts'
import { SpeechRequest } from '../../../../schemas/openai-audio.ts'
import { ref } from '../../../../schemas/ref.ts'

const speech: FastifyPluginAsyncTypebox<SurfaceOptions> = async (app, opts) => {
  const { surface, operationId, tags } = surfaceOf(opts)
  app.post(
    '/speech',
    {
      config: { scope: 'audio', surface },
      schema: {
        operationId: operationId('createSpeech'),
        tags: tags('audio'),
        summary: "OpenAI's text to speech, streamed back",
        body: ref(SpeechRequest),
        response: {
          200: {
            description: 'The audio, in the requested format',
            content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
          },
        },
      },
    },
    async (request, reply) => {
      const body = request.body
      const opts = {
        modelId: body.model,
        modelType: 'audio',
        endpoint: 'audio.speech',
        capability: 'speech' as const,
        promptChars: body.input.length,
        // Billed per input character (below): the input is the whole cost.
        outputTokens: 0,
      }
      return app.calls.run(request, reply, opts, async (call) => {
        const audio = await call.attempt((adapter, upstream) => adapter.speech!(body, upstream)) // capability checked
        const usage = { ...emptyUsage(), promptTokens: body.input.length }
        reply.type(audio.contentType)
        return reply.send(Readable.from(call.bytes(audio.body, usage)) as never)
      })
    },
  )
}

export default speech
