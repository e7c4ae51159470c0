// OpenAI's audio endpoints: speech streams the provider's audio bytes back as they come; transcription streams
// the client's upload on as a fresh multipart body (model renamed) and returns the answer as it came.

import { encodeMultipart, newBoundary } from '../../lib/multipart-body.ts'
import { toUpstreamError, type UpstreamHttp } from '../../lib/upstream-http.ts'
import type { ByteStream, SpeechRequest, TranscriptionResult, TranscriptionUpload, UpstreamCall } from '../types.ts'
import { upstreamError } from '../upstream-errors.ts'
import { endpointUrl, upstreamHeaders } from './request.ts'
import { transcriptionUsage } from './transcription-usage.ts'

export function createOpenAIAudio(http: UpstreamHttp) {
  async function speech(req: SpeechRequest, call: UpstreamCall): Promise<ByteStream> {
    const res = await http.postJson(
      endpointUrl(call.target.provider.baseUrl, 'audio/speech'),
      { ...upstreamHeaders(call, false), accept: '*/*' },
      JSON.stringify({ ...req, model: call.target.upstreamModel }),
      call.signal,
    )
    if (res.statusCode < 200 || res.statusCode >= 300) throw await upstreamError(res, call.target.provider.name)
    const contentType = String(res.headers['content-type'] ?? 'application/octet-stream')
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
    if (res.statusCode < 200 || res.statusCode >= 300) throw await upstreamError(res, call.target.provider.name)
    const contentType = String(res.headers['content-type'] ?? 'application/json')
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
