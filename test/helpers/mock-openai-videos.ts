// A local stand-in for OpenAI's videos API on 127.0.0.1, in its documented wire format: POST /v1/videos (JSON
// `{model, prompt, seconds, size}`) answers a `video` object `queued`; GET /v1/videos/{id} reports it, one step
// further each time it is asked; GET /v1/videos/{id}/content is the MP4. The model picks the behaviour:
//   sora-test   queued → in_progress (50%) → completed after two polls
//   sora-fail   queued → failed, with OpenAI's moderation error
//   sora-stuck  in_progress (10%) for ever
// `seconds` other than "4", "8" or "12" is refused with OpenAI's 400 invalid_value error, a request without the
// mock's key with its 401.
import { createServer, type ServerResponse } from 'node:http'
import { listenLocal } from './local-server.ts'

/** An MP4's first box (`ftyp`, brand isom), enough for a player to recognise the file. */
export const MOCK_MP4 = Buffer.concat([
  Buffer.from([0, 0, 0, 0x18]),
  Buffer.from('ftypisom\0\0\x02\0isomiso2', 'latin1'),
  Buffer.alloc(64, 7),
])
export const MOCK_VIDEO_FAILURE = 'Your request was blocked by our moderation system.'

export interface MockVideos {
  url: string
  requests: { method: string; url: string; body: Record<string, unknown> | null }[]
  close(): Promise<void>
}

interface Job {
  id: string
  model: string
  prompt: string
  seconds: string
  size: string
  polls: number
  created_at: number
}

const send = (res: ServerResponse, status: number, body: unknown) =>
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body))

const openAIError = (message: string, type: string, code: string | null, param: string | null = null) => ({
  error: { message, type, param, code },
})

function videoObject(job: Job) {
  const failed = job.model === 'sora-fail' && job.polls >= 1
  const stuck = job.model === 'sora-stuck' && job.polls >= 1
  const status = failed ? 'failed' : job.polls === 0 ? 'queued' : job.polls === 1 || stuck ? 'in_progress' : 'completed'
  return {
    id: job.id,
    object: 'video',
    model: job.model,
    status,
    progress: status === 'completed' ? 100 : stuck ? 10 : status === 'in_progress' ? 50 : 0,
    created_at: job.created_at,
    completed_at: status === 'completed' ? job.created_at + 30 : null,
    expires_at: status === 'completed' ? job.created_at + 3600 : null,
    prompt: job.prompt,
    size: job.size,
    seconds: job.seconds,
    remixed_from_video_id: null,
    error: failed ? { code: 'moderation_blocked', message: MOCK_VIDEO_FAILURE } : null,
  }
}

export async function startMockVideos(key: string): Promise<MockVideos> {
  const requests: MockVideos['requests'] = []
  const jobs = new Map<string, Job>()
  const server = createServer(async (req, res) => {
    let text = ''
    for await (const chunk of req) text += chunk
    const body = text ? (JSON.parse(text) as Record<string, unknown>) : null
    const url = req.url ?? ''
    requests.push({ method: req.method ?? '', url, body })
    if (req.headers.authorization !== `Bearer ${key}`) {
      return send(res, 401, openAIError('Incorrect API key provided.', 'invalid_request_error', 'invalid_api_key'))
    }
    if (req.method === 'POST' && url === '/v1/videos' && body) {
      const seconds = String(body.seconds ?? '4')
      if (!['4', '8', '12'].includes(seconds)) {
        const message = `Invalid value: '${seconds}'. Supported values are: '4', '8', and '12'.`
        return send(res, 400, openAIError(message, 'invalid_request_error', 'invalid_value', 'seconds'))
      }
      const job: Job = {
        id: `video_${jobs.size + 1}abc`,
        model: String(body.model),
        prompt: String(body.prompt),
        seconds,
        size: String(body.size ?? '720x1280'),
        polls: 0,
        created_at: 1_764_000_000,
      }
      jobs.set(job.id, job)
      return send(res, 200, videoObject(job))
    }
    const match = /^\/v1\/videos\/([^/]+)(\/content)?$/.exec(url)
    const job = match && req.method === 'GET' ? jobs.get(match[1]) : undefined
    if (!job) return send(res, 404, openAIError('Video not found', 'invalid_request_error', null))
    if (!match?.[2]) {
      job.polls++
      return send(res, 200, videoObject(job))
    }
    if (videoObject(job).status !== 'completed') {
      return send(res, 400, openAIError('Video is not ready yet', 'invalid_request_error', null))
    }
    res.writeHead(200, { 'content-type': 'video/mp4', 'content-length': MOCK_MP4.length }).end(MOCK_MP4)
  })
  const local = await listenLocal(server)
  return { url: `${local.url}/v1`, requests, close: local.close }
}
