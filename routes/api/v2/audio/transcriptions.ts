// POST /api/v2/audio/transcriptions: OpenAI's speech to text, a multipart upload streamed on to the provider.
// The model field picks the provider, so the file streams through when the model comes first (as curl and most
// clients send it); when the file comes first it is held, up to AUDIO_UPLOAD_LIMIT, until the model is known.
// Billed from the provider's token counts, or per second of audio at outputPrice when it reports a duration.
import multipart, { type Multipart, type MultipartFile } from '@fastify/multipart'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyRequest } from 'fastify'
import { HubError } from '../../../../lib/errors.ts'
import type { Part } from '../../../../lib/multipart-body.ts'
import { beginCall, meterFailure } from '../../../../lib/proxied-call.ts'
import { type SurfaceOptions, surfaceOf } from '../../../../lib/route-surface.ts'
import { TranscriptionForm, TranscriptionResponse } from '../../../../schemas/openai-audio.ts'
import { ref } from '../../../../schemas/ref.ts'

interface Upload {
  model: string
  /** Set when reading the client's upload failed (too large, malformed) while it streamed to the provider. */
  failure(): HubError | null
  /** The parts before the file, the file, then the rest of the form as the client sends it. */
  parts(upstreamModel: string): AsyncIterable<Part>
}

const tooLarge = () =>
  new HubError('payload_too_large', 'The audio file is larger than this server accepts (AUDIO_UPLOAD_LIMIT)')

/**
 * The file's bytes. Past the upload limit busboy ends the stream early and flags it truncated: that is a 413,
 * also when it happens while the file streams to the provider (`onFailure` lets the route report it).
 */
async function* fileDataOf(file: MultipartFile, onFailure: (err: HubError) => void): AsyncGenerator<Uint8Array> {
  const fail = (err: HubError) => {
    onFailure(err)
    return err
  }
  try {
    for await (const chunk of file.file) yield chunk as Uint8Array
  } catch {
    throw fail(new HubError('validation_error', 'The upload was cut or malformed'))
  }
  if (file.file.truncated) throw fail(tooLarge())
}

/** Reads the form up to the point where the model is known and the file is in hand (streaming or held). */
async function readUpload(request: FastifyRequest): Promise<Upload> {
  const iterator = request.parts()[Symbol.asyncIterator]()
  const fields: { name: string; value: string }[] = []
  let model: string | undefined
  let file: MultipartFile | undefined
  let held: Buffer[] | undefined
  let failure: HubError | null = null
  const onFailure = (err: HubError) => {
    failure = err
  }

  while (!(model && file)) {
    const { value: part, done } = await iterator.next()
    if (done) break
    if (part.type === 'file') {
      if (file) throw new HubError('validation_error', 'Send one file per transcription')
      file = part
      // The model is still unknown: hold the file (bounded by the upload limit) and read on.
      if (!model) {
        held = []
        for await (const chunk of fileDataOf(part, onFailure)) held.push(chunk as Buffer)
      }
    } else if (part.fieldname === 'model') model = String(part.value)
    else fields.push({ name: part.fieldname, value: String(part.value) })
  }
  if (!file) throw new HubError('validation_error', 'The form needs a "file" part with the audio')
  if (!model) throw new HubError('validation_error', 'The form needs a "model" field')
  const chosen = file
  const heldData = held

  async function* rest(): AsyncGenerator<Part> {
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      const part = next.value as Multipart
      if (part.type === 'file') throw new HubError('validation_error', 'Send one file per transcription')
      if (part.fieldname !== 'model') yield { name: part.fieldname, value: String(part.value) }
    }
  }

  return {
    model,
    failure: () => failure,
    async *parts(upstreamModel) {
      yield { name: 'model', value: upstreamModel }
      yield* fields
      yield {
        name: chosen.fieldname,
        filename: chosen.filename || 'audio',
        contentType: chosen.mimetype || 'application/octet-stream',
        data: heldData
          ? (async function* () {
              yield* heldData
            })()
          : fileDataOf(chosen, onFailure),
      }
      yield* rest()
    },
  }
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
      const upload = await readUpload(request)
      const { resolved, signal, meter, call } = beginCall(app, request, reply, {
        modelId: upload.model,
        modelType: 'audio',
        endpoint: 'audio.transcriptions',
        capability: 'transcription',
        promptChars: 0,
      })
      try {
        const result = await resolved.adapter.transcription!(upload, call) // beginCall checked the capability
        meter.firstByte()
        const units = result.usage ? undefined : result.seconds !== undefined ? Math.ceil(result.seconds) : undefined
        meter.finish({ usage: result.usage, units, unitsEstimated: result.secondsEstimated, status: 200 })
        return reply.type(result.contentType).send(result.raw)
      } catch (err) {
        // A broken upload makes the provider call fail too; the client's fault is the one to report.
        const error = upload.failure() ?? err
        meterFailure(meter, error, signal)
        throw error
      }
    },
  )
}

export default transcriptions
