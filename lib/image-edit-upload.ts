// Reads an image edit form (OpenAI's multipart `POST /images/edits`: the image, or several as `image[]`, an
// optional mask, the prompt and options) whole into memory: images are a few MB, a provider needs all of them
// before it starts, and the model field may come last. What is held is bounded twice: IMAGE_UPLOAD_LIMIT for the
// whole form, and one of the server's held-upload slots per request. The part types are structural (see
// transcription-upload.ts), so this stays free of Fastify.
import { HubError } from './errors.ts'
import type { FormPart } from './transcription-upload.ts'

export interface ImageEditForm {
  model: string
  prompt: string
  /** Images the provider makes (n, 1 by default): what spend control reserves. */
  count: number
  fields: { name: string; value: string }[]
  files: { name: string; filename: string; contentType: string; data: Buffer }[]
}

const invalid = (message: string) => new HubError('validation_error', message)
const tooLarge = () =>
  new HubError('payload_too_large', 'The images are larger than this server accepts (IMAGE_UPLOAD_LIMIT)')

export async function readImageEditForm(parts: AsyncIterable<FormPart>, limit: number): Promise<ImageEditForm> {
  const fields: ImageEditForm['fields'] = []
  const files: ImageEditForm['files'] = []
  let model = ''
  let size = 0
  for await (const part of parts) {
    if (part.type === 'field') {
      const value = String(part.value ?? '')
      if (part.fieldname === 'model') model = value
      else fields.push({ name: part.fieldname, value })
      continue
    }
    const chunks: Buffer[] = []
    for await (const chunk of part.file) {
      const bytes = chunk as Buffer
      size += bytes.length
      if (size > limit) throw tooLarge()
      chunks.push(bytes)
    }
    if (part.file.truncated) throw tooLarge()
    files.push({
      name: part.fieldname,
      filename: part.filename || 'image.png',
      contentType: part.mimetype || 'application/octet-stream',
      data: Buffer.concat(chunks),
    })
  }
  if (!model) throw invalid('The form needs a "model" field, e.g. "openai/gpt-image-1"')
  const prompt = fields.find((f) => f.name === 'prompt')?.value ?? ''
  if (!prompt) throw invalid('The form needs a "prompt" field')
  if (!files.some((f) => f.name === 'image' || f.name === 'image[]')) {
    throw invalid('The form needs the image to edit as an "image" file (several as "image[]")')
  }
  const n = fields.find((f) => f.name === 'n')?.value
  const count = n === undefined ? 1 : Number(n)
  if (!Number.isInteger(count) || count < 1 || count > 10) throw invalid('"n" is a whole number from 1 to 10')
  return { model, prompt, count, fields, files }
}
