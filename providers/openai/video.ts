// OpenAI's videos API (Sora): POST /videos queues a job, GET /videos/{id} reports its status and progress,
// GET /videos/{id}/content is the finished MP4. Each request is one call here; lib/video-job.ts does the waiting.
import { HubError } from '../../lib/errors.ts'
import { safeMediaType } from '../../lib/media-type.ts'
import { readUpstreamBody } from '../../lib/upstream-body.ts'
import type { UpstreamHttp, UpstreamResponse } from '../../lib/upstream-http.ts'
import { readJson } from '../read-json.ts'
import type { UpstreamCall } from '../types.ts'
import { redactorFor, upstreamError } from '../upstream-errors.ts'
import type { VideoApi, VideoJob, VideoJobStatus, VideoRequest } from '../video-types.ts'
import { endpointUrl, upstreamHeaders } from './request.ts'

/** OpenAI's `video` object, the fields Hub reads. */
interface OpenAIVideo {
  id?: unknown
  status?: unknown
  progress?: unknown
  seconds?: unknown
  error?: { code?: unknown; message?: unknown } | null
}

const STATUSES: readonly VideoJobStatus[] = ['queued', 'in_progress', 'completed', 'failed']

function toJob(value: OpenAIVideo, call: UpstreamCall): VideoJob {
  const name = call.target.provider.name
  if (typeof value.id !== 'string' || !STATUSES.includes(value.status as VideoJobStatus)) {
    throw new HubError('upstream_error', `Provider "${name}" answered with a video job Hub cannot read`)
  }
  const seconds = Number(value.seconds)
  const redact = redactorFor(call.target)
  return {
    id: value.id,
    status: value.status as VideoJobStatus,
    progress: typeof value.progress === 'number' ? value.progress : undefined,
    seconds: Number.isFinite(seconds) && seconds > 0 ? seconds : undefined,
    error: value.error
      ? {
          code: typeof value.error.code === 'string' ? value.error.code : undefined,
          message: typeof value.error.message === 'string' ? redact(value.error.message) : undefined,
        }
      : null,
  }
}

export function createOpenAIVideo(http: UpstreamHttp): VideoApi {
  const url = (call: UpstreamCall, path: string) => endpointUrl(call.target.provider.baseUrl, path)

  async function ok(res: Promise<UpstreamResponse>, call: UpstreamCall): Promise<UpstreamResponse> {
    const answer = await res
    if (answer.statusCode < 200 || answer.statusCode >= 300) throw await upstreamError(answer, call.target)
    return answer
  }

  async function job(res: Promise<UpstreamResponse>, call: UpstreamCall): Promise<VideoJob> {
    const { value } = await readJson<OpenAIVideo>(await ok(res, call), call.target.provider.name, call.signal)
    return toJob(value, call)
  }

  return {
    create: (req: VideoRequest, call: UpstreamCall) =>
      job(
        http.postJson(
          url(call, 'videos'),
          upstreamHeaders(call, false),
          JSON.stringify({ ...req, model: call.target.upstreamModel }),
          call.signal,
          call.trace,
        ),
        call,
      ),
    retrieve: (id: string, call: UpstreamCall) =>
      job(
        http.get(url(call, `videos/${encodeURIComponent(id)}`), upstreamHeaders(call, false), call.signal, call.trace),
        call,
      ),
    async content(id: string, call: UpstreamCall) {
      const headers = { ...upstreamHeaders(call, false), accept: 'video/mp4, */*' }
      const res = await ok(
        http.get(url(call, `videos/${encodeURIComponent(id)}/content`), headers, call.signal, call.trace),
        call,
      )
      const contentType = safeMediaType(res.headers['content-type'], 'video/mp4').split(';')[0]
      return { data: await readUpstreamBody(res, call.signal), contentType }
    },
  }
}
