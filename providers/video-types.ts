// The video modality's contract: a provider makes a video as a job (create, then poll until it ends, then fetch
// its bytes). Adapters speak the wire; waiting is lib/video-job.ts's, so every provider type polls alike.
import type { UpstreamCall } from './types.ts'

/** A video request: the prompt and options, the model renamed by the adapter. */
export interface VideoRequest {
  model: string
  prompt: string
  /** Length in seconds, as a string (OpenAI's `seconds`, and the AIGNE client's). */
  seconds?: string
  /** Resolution, "WIDTHxHEIGHT". */
  size?: string
  [option: string]: unknown
}

export type VideoJobStatus = 'queued' | 'in_progress' | 'completed' | 'failed'

export interface VideoJob {
  id: string
  status: VideoJobStatus
  /** Percent done, when the provider says. */
  progress?: number
  /** Length of the video the job makes, in seconds (what is billed). */
  seconds?: number
  /** Why a failed job failed, in the provider's words. */
  error?: { code?: string; message?: string } | null
}

export interface VideoFile {
  data: Buffer
  contentType: string
}

export interface VideoApi {
  create(req: VideoRequest, call: UpstreamCall): Promise<VideoJob>
  retrieve(id: string, call: UpstreamCall): Promise<VideoJob>
  content(id: string, call: UpstreamCall): Promise<VideoFile>
}
