// Reads a transcription form (OpenAI's multipart upload) as a stream. The model field picks the provider and is
// checked the moment it is read. When it comes before the file (curl, most clients), the file streams straight
// on to the provider. When the file comes first (the openai Node SDK appends a File where the caller wrote it,
// and its examples put `file` first), it must be held until the model is known: only if the token may use
// some audio model at all, and only while one of AUDIO_BUFFER_CONCURRENCY slots is free, so held uploads are
// bounded in number as AUDIO_UPLOAD_LIMIT bounds each. Every byte also goes through a duration probe, the
// transcription's billing basis. The part types are structural, so this stays free of Fastify.
import { type DurationProbe, probeDuration } from './audio-duration.ts'
import { HubError } from './errors.ts'
import type { Part } from './multipart-body.ts'

export interface FormFile {
  type: 'file'
  fieldname: string
  filename: string
  mimetype: string
  /** busboy's file stream: flagged `truncated` when it stopped at the size limit. */
  file: AsyncIterable<unknown> & { truncated?: boolean }
}
export interface FormField {
  type: 'field'
  fieldname: string
  value: unknown
}
export type FormPart = FormFile | FormField

export interface UploadPolicy {
  /** Throws (403, 404, 400) when the model may not be used: called as soon as the model field is read. */
  checkModel(model: string): void
  /** Before a file is held for a model not yet known: throws when it may not be, else returns the release. */
  holdFile(): () => void
}

export interface IncomingTranscription {
  model: string
  /** The file came before the model and was read whole: its duration is known before the call. */
  held: boolean
  /** The client's response_format (json when absent), read before the file or after it; "text" goes up as json. */
  responseFormat(): string
  /** Set when reading the client's upload failed (too large, malformed) while it streamed to the provider. */
  failure(): HubError | null
  /** The parts before the file, the file, then the rest of the form as the client sends it. */
  parts(upstreamModel: string): AsyncIterable<Part>
  /** Seconds of audio, once the whole file was read; undefined when it is not audio the probe can read. */
  duration(): Promise<number | undefined>
  /** Frees what the upload holds (its buffer slot, the probe): call once the request is answered. */
  release(): void
}

const tooLarge = () =>
  new HubError('payload_too_large', 'The audio file is larger than this server accepts (AUDIO_UPLOAD_LIMIT)')

/**
 * The file's bytes, also fed to the probe. Past the upload limit busboy ends the stream early and flags it
 * truncated: that is a 413, also when it happens while the file streams to the provider (`onFailure` lets the
 * route report it).
 */
async function* fileDataOf(
  file: FormFile,
  probe: DurationProbe,
  onFailure: (err: HubError) => void,
): AsyncGenerator<Uint8Array> {
  const fail = (err: HubError) => {
    probe.abort()
    onFailure(err)
    return err
  }
  try {
    for await (const chunk of file.file) {
      await probe.feed(chunk as Uint8Array)
      yield chunk as Uint8Array
    }
  } catch {
    throw fail(new HubError('validation_error', 'The upload was cut or malformed'))
  }
  if (file.file.truncated) throw fail(tooLarge())
  void probe.end()
}

/** Reads the form up to the point where the model is known (and allowed) and the file is in hand. */
export async function readTranscriptionUpload(
  form: AsyncIterable<FormPart>,
  policy: UploadPolicy,
): Promise<IncomingTranscription> {
  const iterator = form[Symbol.asyncIterator]()
  const fields: { name: string; value: string }[] = []
  const probe = probeDuration()
  let responseFormat = 'json'
  let model: string | undefined
  let file: FormFile | undefined
  let held: Uint8Array[] | undefined
  let releaseSlot = () => {}
  let failure: HubError | null = null
  const onFailure = (err: HubError) => {
    failure = err
  }
  const release = () => {
    releaseSlot()
    releaseSlot = () => {}
    probe.abort()
  }
  const field = (part: FormField) => {
    const value = String(part.value)
    if (part.fieldname !== 'response_format') return { name: part.fieldname, value }
    responseFormat = value
    // Plain text reports no usage: the provider is asked for json, which does, and its text is sent as text.
    return { name: part.fieldname, value: value === 'text' ? 'json' : value }
  }

  try {
    while (!(model && file)) {
      const { value: part, done } = await iterator.next()
      if (done) break
      if (part.type === 'file') {
        if (file) throw new HubError('validation_error', 'Send one file per transcription')
        file = part
        if (!model) {
          releaseSlot = policy.holdFile()
          held = []
          for await (const chunk of fileDataOf(part, probe, onFailure)) held.push(chunk)
        }
      } else if (part.fieldname === 'model') {
        model = String(part.value)
        policy.checkModel(model)
      } else fields.push(field(part))
    }
    if (!file) throw new HubError('validation_error', 'The form needs a "file" part with the audio')
    if (!model) throw new HubError('validation_error', 'The form needs a "model" field')
  } catch (err) {
    release()
    throw err
  }
  const chosen = file
  const heldData = held

  async function* rest(): AsyncGenerator<Part> {
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      const part = next.value
      if (part.type === 'file') throw new HubError('validation_error', 'Send one file per transcription')
      if (part.fieldname !== 'model') yield field(part)
    }
  }

  return {
    model,
    held: heldData !== undefined,
    responseFormat: () => responseFormat,
    failure: () => failure,
    duration: () => probe.end(),
    release,
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
          : fileDataOf(chosen, probe, onFailure),
      }
      yield* rest()
    },
  }
}
