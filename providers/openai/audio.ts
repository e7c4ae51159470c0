// OpenAI's audio endpoints: speech streams the provider's audio bytes back as they come; transcription streams
// the client's upload on as a fresh multipart body (model renamed) and returns the answer as it came.

import { safeMediaType } from '../../lib/media-type.ts'
import { encodeMultipart, newBoundary } from '../../lib/multipart-body.ts'
import { parseSse } from '../../lib/sse.ts'
import { readUpstreamText } from '../../lib/upstream-body.ts'
import type { UpstreamHttp } from '../../lib/upstream-http.ts'
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

type UsageBody = { type?: string; usage?: TranscriptionUsage; duration?: number }

/** The JSON that reports usage: the answer itself, or the `transcript.text.done` event of a stream (stream=true). */
async function usageBody(raw: string, contentType: string): Promise<UsageBody | null> {
  if (contentType.includes('json')) return JSON.parse(raw)
  if (!contentType.includes('text/event-stream')) return null
  for await (const event of parseSse(
    (async function* () {
      yield Buffer.from(raw)
    })(),
  )) {
    const data = JSON.parse(event.data) as UsageBody
    if (data.type === 'transcript.text.done') return data
  }
  return null
}

async function transcriptionUsage(
  raw: string,
  contentType: string,
): Promise<{ usage: Usage | null; seconds?: number }> {
  try {
    const body = await usageBody(raw, contentType)
    if (!body) return { usage: null }
    const usage = body.usage
    if (usage?.type === 'tokens' || usage?.input_tokens !== undefined) {
      return {
        usage: {
          promptTokens: usage?.input_tokens ?? 0,
          completionTokens: usage?.output_tokens ?? 0,
          cachedTokens: 0,
          cacheWriteTokens: 0,
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
      call.trace,
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
      call.trace,
    )
    if (res.statusCode < 200 || res.statusCode >= 300) throw await upstreamError(res, call.target)
    const contentType = safeMediaType(res.headers['content-type'], 'application/json')
    const raw = await readUpstreamText(res, call.signal)
    return { contentType, raw, ...(await transcriptionUsage(raw, contentType)) }
  }

  return { speech, transcription }
}
