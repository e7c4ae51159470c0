// POST /api/v2/audio/transcriptions: OpenAI's speech to text, a multipart upload streamed on to the provider.
// The model is checked as soon as its field is read; the file streams through when the model comes first, and is
// held (bounded in size and in number) when the file comes first (lib/transcription-upload.ts). Billed from the
// provider's token counts, or per second of audio at outputPrice, in every response format
// (lib/usage/transcription-billing.ts).
import multipart from '@fastify/multipart'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { HubError } from '../../../../lib/errors.ts'
import { type SurfaceOptions, surfaceOf } from '../../../../lib/route-surface.ts'
import { transcriptionAnswer } from '../../../../lib/transcription-answer.ts'
import { type IncomingTranscription, readTranscriptionUpload } from '../../../../lib/transcription-upload.ts'
import { transcriptionBilling } from '../../../../lib/usage/transcription-billing.ts'
import { principalOf } from '../../../../plugins/app/auth.ts'
import { TranscriptionForm, TranscriptionResponse } from '../../../../schemas/openai-audio.ts'
import { ref } from '../../../../schemas/ref.ts'

/** Refuses a held upload when the token may use no audio model at all, or when every buffer slot is taken. */
function holdFile(app: FastifyInstance, request: FastifyRequest): () => void {
  if (!app.providers.visibleModels(principalOf(request), 'audio').length) {
    throw new HubError('model_not_allowed', 'This token may not use any audio model')
  }
  const release = app.uploadSlots.acquire()
  if (!release) {
    throw new HubError(
      'server_busy',
      'Too many uploads are waiting for their "model" field; send "model" before "file", or retry shortly',
      { retryAfter: 1 },
    )
  }
  return release
}

/** The lowest bitrate speech is sent at (4 kbit/s): bounds the seconds of an upload not yet read. */
const MIN_BYTES_PER_SECOND = 500

/**
 * The most seconds the call can bill, for spend control: a held file's measured duration, else what the upload's
 * size could hold at the lowest bitrate (a streamed file is measured only as it goes to the provider).
 */
async function worstSeconds(app: FastifyInstance, request: FastifyRequest, upload: IncomingTranscription) {
  const measured = upload.held ? await upload.duration() : undefined
  if (measured !== undefined) return Math.max(1, Math.ceil(measured))
  const limit = app.config.AUDIO_UPLOAD_LIMIT
  const bytes = Math.min(Number(request.headers['content-length']) || limit, limit)
  return Math.max(1, Math.ceil(bytes / MIN_BYTES_PER_SECOND))
}

const transcriptions: FastifyPluginAsyncTypebox<SurfaceOptions> = async (app, opts) => {
  const { surface, operationId, tags } = surfaceOf(opts)
  await app.register(multipart, {
    limits: { fileSize: app.config.AUDIO_UPLOAD_LIMIT, files: 1, fields: 32, fieldSize: 64 * 1024 },
  })
  app.post(
    '/transcriptions',
    {
      config: { scope: 'audio', surface },
      schema: {
        operationId: operationId('createTranscription'),
        tags: tags('audio'),
        summary: "OpenAI's speech to text; the upload is streamed to the provider",
        consumes: ['multipart/form-data'],
        // The form is read as a stream, not validated as a body; this documents it.
        body: { content: { 'multipart/form-data': { schema: ref(TranscriptionForm) } } },
        response: {
          200: {
            description: 'JSON for json/verbose_json, text for text/srt/vtt',
            content: {
              'application/json': { schema: ref(TranscriptionResponse) },
              'text/plain': { schema: { type: 'string' } },
            },
          },
        },
      },
      // Multipart bodies are not JSON-validated: the upload is read as a stream in the handler.
      validatorCompiler: () => () => true,
    },
    async (request, reply) => {
      if (!request.isMultipart()) {
        throw new HubError('unsupported_media_type', 'Send the audio as multipart/form-data')
      }
      const callOptions = (modelId: string) => ({
        modelId,
        modelType: 'audio',
        endpoint: 'audio.transcriptions',
        capability: 'transcription' as const,
        promptChars: 0,
      })
      const upload = await readTranscriptionUpload(request.parts(), {
        checkModel: (model) => app.calls.check(request, callOptions(model)),
        holdFile: () => holdFile(app, request),
      })
      try {
        const worst = app.spend.applies(principalOf(request)) ? await worstSeconds(app, request, upload) : undefined
        return await app.calls.run(
          request,
          reply,
          { ...callOptions(upload.model), worstUnits: worst },
          async (call) => {
            try {
              // The upload streams from the client to the provider as it arrives: it cannot be sent twice, so one
              // attempt (still on a healthy credential, and a refused credential is still disabled).
              const result = await call.attempt((adapter, upstream) => adapter.transcription!(upload, upstream), {
                repeatable: false,
              })
              call.answered(transcriptionBilling(result, await upload.duration()))
              const answer = transcriptionAnswer(upload.responseFormat(), result)
              return reply.type(answer.contentType).send(answer.body)
            } catch (err) {
              // A broken upload makes the provider call fail too; the client's fault is the one to report.
              throw upload.failure() ?? err
            }
          },
        )
      } finally {
        upload.release()
      }
    },
  )
}

export default transcriptions
