// Writes a multipart/form-data body as a stream (RFC 7578), so an uploaded file goes on to the provider as it
// arrives instead of being held in memory.
import { randomBytes } from 'node:crypto'

export interface FieldPart {
  name: string
  value: string
}
export interface FilePart {
  name: string
  filename: string
  contentType: string
  data: AsyncIterable<Uint8Array>
}
export type Part = FieldPart | FilePart

export const newBoundary = () => `----HubFormBoundary${randomBytes(12).toString('hex')}`

// Quotes and line breaks cannot appear inside a quoted header parameter.
const quoted = (text: string) => `"${text.replace(/[\r\n]/g, ' ').replace(/"/g, '%22')}"`

export async function* encodeMultipart(boundary: string, parts: AsyncIterable<Part>): AsyncGenerator<Uint8Array> {
  for await (const part of parts) {
    if ('value' in part) {
      yield Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name=${quoted(part.name)}\r\n\r\n${part.value}\r\n`,
      )
      continue
    }
    yield Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name=${quoted(part.name)}; filename=${quoted(part.filename)}\r\n` +
        `Content-Type: ${part.contentType.replace(/[\r\n]/g, '')}\r\n\r\n`,
    )
    for await (const chunk of part.data) yield chunk
    yield Buffer.from('\r\n')
  }
  yield Buffer.from(`--${boundary}--\r\n`)
}
