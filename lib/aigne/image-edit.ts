// AIGNE image edits: `input.image`, the images to edit as AIGNE file parts, becomes the multipart form OpenAI's
// /images/edits takes (the same ImageEditUpload that /v1/images/edits sends). The client turns local files and
// URLs into `file` parts (base64) before it sends them; a `url` part reaches Hub only when the client asked for
// it (preferInputFileType "url"), and Hub takes it only as a data: URL: it does not fetch addresses a caller
// names (that would let a token make Hub reach its own network).
import type { ImageEditUpload } from '../../providers/types.ts'
import { HubError } from '../errors.ts'

export interface AigneImagePart {
  type?: unknown
  data?: unknown
  url?: unknown
  mimeType?: unknown
  filename?: unknown
}

const invalid = (message: string) => new HubError('validation_error', message)
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/
const DATA_URL = /^data:([\w.+-]+\/[\w.+-]+)?(?:;[^,]*)?;base64,(.*)$/s

/** The image type from its first bytes (what OpenAI checks), for parts that name none. */
function sniff(bytes: Buffer): string | null {
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png'
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg'
  if (bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP') {
    return 'image/webp'
  }
  return null
}

function bytesOf(part: AigneImagePart, at: string): { data: Buffer; declared: string | null } {
  let text: string
  let declared = typeof part.mimeType === 'string' ? part.mimeType : null
  if (part.type === 'file' && typeof part.data === 'string') {
    text = part.data
  } else if (part.type === 'url' && typeof part.url === 'string') {
    const match = DATA_URL.exec(part.url)
    if (!match) {
      throw invalid(
        `${at} is a URL: Hub does not fetch images a request points at; send the image itself ({type: "file", ` +
          'data: <base64>}), which the AIGNE client does unless modelOptions.preferInputFileType is "url"',
      )
    }
    declared ??= match[1] ?? null
    text = match[2]
  } else {
    throw invalid(`${at} must be {type: "file", data: <base64>} or {type: "url", url: "data:…;base64,…"}`)
  }
  const compact = text.replace(/\s+/g, '')
  if (!BASE64.test(compact) || compact.length === 0) throw invalid(`${at} is not base64 image data`)
  return { data: Buffer.from(compact, 'base64'), declared }
}

const EXTENSIONS: Record<string, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp' }

/** The edit form for `input.image`: the images (`image`, several as `image[]`), the prompt and the options. */
export function toImageEditUpload(
  images: unknown,
  fields: Record<string, unknown>,
  limit: number,
): ImageEditUpload & { count: number } {
  if (!Array.isArray(images) || images.length === 0 || images.length > 16) {
    throw invalid('input.image must be an array of 1 to 16 images')
  }
  let size = 0
  const name = images.length === 1 ? 'image' : 'image[]'
  const files = images.map((part: AigneImagePart, i) => {
    const { data, declared } = bytesOf(part ?? {}, `input.image[${i}]`)
    size += data.length
    if (size > limit) {
      throw new HubError('payload_too_large', 'The images are larger than this server accepts (IMAGE_UPLOAD_LIMIT)')
    }
    const contentType = declared ?? sniff(data) ?? 'application/octet-stream'
    const filename =
      typeof part.filename === 'string' ? part.filename : `image-${i}.${EXTENSIONS[contentType] ?? 'bin'}`
    return { name, filename, contentType, data }
  })
  const form: ImageEditUpload['fields'] = []
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined || value === null) continue
    if (typeof value === 'object') throw invalid(`input.${key} must be a string, number or boolean for an image edit`)
    form.push({ name: key, value: String(value) })
  }
  const n = Number(fields.n ?? 1)
  return { fields: form, files, count: Number.isInteger(n) && n > 0 ? n : 1 }
}
