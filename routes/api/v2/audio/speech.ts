// POST /api/v2/audio/speech: OpenAI's text to speech; the provider's audio is streamed back as it comes.
// Billed per input character at the model's inputPrice (per 1M), as OpenAI prices its TTS models.
import { Readable } from 'node:stream'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { type SurfaceOptions, surfaceOf } from '../../../../lib/route-surface.ts'
import type { Meter } from '../../../../lib/usage/meter.ts'
import { beginCall, meterFailure } from '../../../../plugins/app/calls.ts'
import { emptyUsage, type Usage } from '../../../../providers/types.ts'
import { SpeechRequest } from '../../../../schemas/openai-audio.ts'
import { ref } from '../../../../schemas/ref.ts'

/** Passes audio bytes through and records usage once they are all sent, or the client went away. */
async function* meteredBytes(body: AsyncIterable<Uint8Array>, meter: Meter, usage: Usage, signal: AbortSignal) {
  let completed = false
  try {
    for await (const chunk of body) yield chunk
    completed = true
  } finally {
    meter.finish({
      usage,
      status: 200,
      aborted: !completed && signal.aborted,
      errorCode: completed || signal.aborted ? null : 'upstream_error',
    })
  }
}

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
      const { signal, meter, attempt } = await beginCall(app, request, reply, {
        modelId: body.model,
        modelType: 'audio',
        endpoint: 'audio.speech',
        capability: 'speech',
        promptChars: body.input.length,
        // Billed per input character (below): the input is the whole cost.
        outputTokens: 0,
      })
      try {
        const audio = await attempt((adapter, call) => adapter.speech!(body, call)) // beginCall checked the capability
        meter.firstByte()
        const usage = { ...emptyUsage(), promptTokens: body.input.length }
        reply.type(audio.contentType)
        return reply.send(Readable.from(meteredBytes(audio.body, meter, usage, signal)) as never)
      } catch (err) {
        meterFailure(meter, err, signal)
        throw err
      }
    },
  )
}

export default speech
