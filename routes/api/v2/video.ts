// POST /api/v2/video: the AIGNE framework's video model (the @aigne/aigne-hub client's AIGNEHubVideoModel). The
// provider makes the video as a job: Hub creates it (retried and failed over like any call), waits for it on the
// same provider and credential (lib/video-job.ts), and answers with the MP4 as a base64 `file` part, since the
// provider's download needs Hub's key. Billed per second of video at the model's outputPrice; a job that fails
// is recorded and costs nothing.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { Static } from '@sinclair/typebox'
import { HubError } from '../../../lib/errors.ts'
import { waitForVideo } from '../../../lib/video-job.ts'
import type { VideoRequest } from '../../../providers/video-types.ts'
import { AigneVideoOutput, AigneVideoRequest } from '../../../schemas/aigne-video.ts'
import { ref } from '../../../schemas/ref.ts'

type Body = Static<typeof AigneVideoRequest>

/** AIGNE envelope fields that are not provider options. */
const ENVELOPE = new Set(['prompt', 'model', 'seconds', 'size', 'outputFileType', 'modelOptions', 'image'])
/** OpenAI's longest video, reserved by spend control when the request names no length. */
const LONGEST_SECONDS = 12
const DEFAULT_SECONDS = 4

function toVideoRequest(body: Body): VideoRequest {
  const { input } = body
  // No model named: "" is the admin's default video model (the registry's forModel).
  const model = (input.modelOptions?.model ?? input.model ?? body.model ?? '').replace(/^aignehub[/:]/i, '')
  if ((input as { image?: unknown }).image !== undefined) {
    throw new HubError('validation_error', 'Videos from an image are not supported yet; send a prompt only')
  }
  const options: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(input)) if (!ENVELOPE.has(key)) options[key] = value
  const { model: _, ...modelOptions } = input.modelOptions ?? {}
  return {
    ...options,
    ...modelOptions,
    model,
    prompt: input.prompt,
    ...(input.seconds !== undefined ? { seconds: String(input.seconds) } : {}),
    ...(input.size !== undefined ? { size: input.size } : {}),
  }
}

const video: FastifyPluginAsyncTypebox = async (app) => {
  const wait = { pollMs: app.config.VIDEO_POLL_MS, waitMs: app.config.VIDEO_WAIT_MS }
  app.post(
    '/video',
    {
      config: { scope: 'images' },
      schema: {
        operationId: 'createAigneVideo',
        tags: ['aigne'],
        summary: "Video generation in the AIGNE framework's format (the @aigne/aigne-hub client's VideoModel)",
        description:
          "Waits for the provider's job (at most VIDEO_WAIT_MS) and answers with the video as a base64 `file` part. " +
          "Billed per second of video at the model's outputPrice; a failed job costs nothing.",
        body: ref(AigneVideoRequest),
        response: { 200: ref(AigneVideoOutput) },
      },
    },
    async (request, reply) => {
      const req = toVideoRequest(request.body)
      const opts = {
        modelId: req.model,
        modelType: 'video',
        endpoint: 'video',
        capability: 'video' as const,
        promptChars: req.prompt.length,
        worstUnits: Number(req.seconds ?? LONGEST_SECONDS),
      }
      return app.calls.run(request, reply, opts, async (call) => {
        // Only the job's creation is retried: once a provider has queued it, it is waited for there.
        const started = await call.attempt(async (adapter, upstream) => {
          if (!adapter.video) throw new HubError('validation_error', 'This provider does not offer video generation')
          return { api: adapter.video, upstream, job: await adapter.video.create(req, upstream) }
        })
        const { job, file } = await waitForVideo(started.api, started.job, started.upstream, wait)
        // The provider's own length; else what was asked, or OpenAI's default (4 s), flagged as an estimate.
        const seconds = job.seconds ?? Number(req.seconds ?? DEFAULT_SECONDS)
        const estimated = job.seconds === undefined
        const billed = call.answered({ usage: null, units: Math.ceil(seconds), unitsEstimated: estimated })
        return {
          videos: [
            {
              type: 'file' as const,
              data: file.data.toString('base64'),
              mimeType: file.contentType,
              filename: `${job.id}.mp4`,
            },
          ],
          seconds,
          usage: { inputTokens: 0, outputTokens: 0, aigneHubCredits: Number(billed.cost), creditPrefix: '$' as const },
          model: call.resolved.model.upstreamModel,
          modelWithProvider: call.resolved.model.id,
        }
      })
    },
  )
}

export default video
