// Waits for a provider's video job: polls its status every `pollMs` until it is completed or failed, then fetches
// the video. Bounded by `waitMs`, so the client (the AIGNE client gives up after 3 minutes) gets an answer, and by
// the call's signal, so a client that leaves stops the polling. Plain TypeScript: the provider's wire is its own.
import { setTimeout as sleep } from 'node:timers/promises'
import type { UpstreamCall } from '../providers/types.ts'
import type { VideoApi, VideoFile, VideoJob } from '../providers/video-types.ts'
import { HubError } from './errors.ts'
import { UpstreamAbortedError } from './upstream-http.ts'

export interface VideoWait {
  pollMs: number
  waitMs: number
}

export interface FinishedVideo {
  job: VideoJob
  file: VideoFile
}

/** Thrown for a job the provider ran and gave up on: nothing to bill, and the provider's reason to tell. */
export function failedJob(job: VideoJob, providerName: string): HubError {
  const reason = job.error?.message ?? job.error?.code ?? 'no reason given'
  return new HubError('upstream_error', `Provider "${providerName}" could not make the video: ${reason}`)
}

export async function waitForVideo(
  api: VideoApi,
  started: VideoJob,
  call: UpstreamCall,
  wait: VideoWait,
): Promise<FinishedVideo> {
  const deadline = Date.now() + wait.waitMs
  let job = started
  while (job.status !== 'completed') {
    if (job.status === 'failed') throw failedJob(job, call.target.provider.name)
    const left = deadline - Date.now()
    if (left <= 0) {
      throw new HubError(
        'upstream_timeout',
        `The video was not ready within ${Math.round(wait.waitMs / 1000)} s (job ${job.id}, ${job.progress ?? 0}% done)`,
      )
    }
    try {
      await sleep(Math.min(wait.pollMs, left), undefined, { signal: call.signal })
    } catch {
      throw new UpstreamAbortedError()
    }
    job = await api.retrieve(job.id, call)
  }
  return { job, file: await api.content(job.id, call) }
}
