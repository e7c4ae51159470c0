// What a transcription is billed: the provider's token counts when it reports them (gpt-4o-transcribe's json),
// else whole seconds of audio at the model's outputPrice. The seconds are the provider's own figure when it gives
// one (whisper's verbose_json and json), else the upload's measured duration (text, srt, vtt, and json from
// providers that report none), else the end of the last cue of an srt/vtt answer. No answer format is free:
// when nothing tells the length, one second is billed.
import type { TranscriptionResult, Usage } from '../../providers/types.ts'

// "00:01:02,500 --> 00:01:04,000" (srt) or "01:02.500 --> 01:04.000" (vtt): the end time of a cue.
const CUE_END = /-->\s*(?:(\d+):)?(\d{1,2}):(\d{2})[.,](\d{1,3})/g

/** The end of the last cue of an srt or vtt transcript, in seconds. */
export function lastCueEnd(text: string): number | undefined {
  let seconds: number | undefined
  for (const [, h, m, s, ms] of text.matchAll(CUE_END)) {
    seconds = Number(h ?? 0) * 3600 + Number(m) * 60 + Number(s) + Number(ms.padEnd(3, '0')) / 1000
  }
  return seconds
}

export function transcriptionBilling(
  result: TranscriptionResult,
  measuredSeconds: number | undefined,
): { usage: Usage | null; units?: number; unitsEstimated?: boolean } {
  if (result.usage) return { usage: result.usage }
  const cues = result.contentType.includes('json') ? undefined : lastCueEnd(result.raw)
  const seconds = result.seconds ?? measuredSeconds ?? cues ?? 0
  // Neither the provider nor the upload told the length: the seconds are a guess, and flagged as one.
  const unitsEstimated = result.seconds === undefined && measuredSeconds === undefined
  return { usage: null, units: Math.max(1, Math.ceil(seconds)), unitsEstimated }
}
