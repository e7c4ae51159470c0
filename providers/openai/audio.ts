// OpenAI's audio endpoints: speech streams the provider's audio bytes back as they come; transcription streams
// the client's upload on as a fresh multipart body (model renamed) and returns the answer as it came.

import { safeMediaType } from '../../lib/media-type.ts'
import { encodeMultipart, newBoundary } from '../../lib/multipart-body.ts'
import { toUpstreamError, type UpstreamHttp } from '../../lib/upstream-http.ts'
import type {
  ByteStream,
  SpeechRequest,
  TranscriptionResult,
  TranscriptionUpload,
  UpstreamCall,
  Usage,
} from '../types.ts'
import { upstreamError } from '../upstream-errors.ts'
import { endpointUrl, upstreamHeaders } from './request.ts'

interface TranscriptionUsage {
  type?: 'tokens' | 'duration'
  input_tokens?: number
  output_tokens?: number
  seconds?: number
}

function transcriptionUsage(raw: string, contentType: string): { usage: Usage | null; seconds?: number } {
  if (!contentType.includes('json')) return { usage: null }
  try {
    const body = JSON.parse(raw) as { usage?: TranscriptionUsage; duration?: number }
    const usage = body.usage
    if (usage?.type === 'tokens' || usage?.input_tokens !== undefined) {
      return {
        usage: {
          promptTokens: usage?.input_tokens ?? 0,
          completionTokens: usage?.output_tokens ?? 0,
          cachedTokens: 0,
          reasoningTokens: 0,
        },
      }
    }
    const seconds = usage?.seconds ?? body.duration
    return { usage: null, seconds: typeof seconds === 'number' ? seconds : undefined }
  } catch {
    return { usage: null }
  }
}

export function createOpenAIAudio(http: UpstreamHttp) {
  async function speech(req: SpeechRequest, call: UpstreamCall): Promise<ByteStream> {
    const res = await http.postJson(
      endpointUrl(call.target.provider.baseUrl, 'audio/speech'),
      { ...upstreamHeaders(call, false), accept: '*/*' },
      JSON.stringify({ ...req, model: call.target.upstreamModel }),
      call.signal,
    )
    if (res.statusCode < 200 || res.statusCode >= 300) throw await upstreamError(res, call.target)
    const contentType = safeMediaType(res.headers['content-type'], 'application/octet-stream')
    return { contentType, body: res.body }
  }

  async function transcription(upload: TranscriptionUpload, call: UpstreamCall): Promise<TranscriptionResult> {
    const boundary = newBoundary()
    const res = await http.post(
      endpointUrl(call.target.provider.baseUrl, 'audio/transcriptions'),
      {
        ...upstreamHeaders(call, false),
        accept: '*/*',
        'content-type': `multipart/form-data; boundary=${boundary}`,
      },
      encodeMultipart(boundary, upload.parts(call.target.upstreamModel)),
      call.signal,
    )
    if (res.statusCode < 200 || res.statusCode >= 300) throw await upstreamError(res, call.target)
    const contentType = safeMediaType(res.headers['content-type'], 'application/json')
    let raw: string
    try {
      raw = await res.body.text()
    } catch (err) {
      throw toUpstreamError(err, call.signal)
    }
    return { contentType, raw, ...transcriptionUsage(raw, contentType) }
  }

  return { speech, transcription }
}
