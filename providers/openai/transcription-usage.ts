// What a transcription is billed on. JSON answers carry tokens (gpt-4o-transcribe) or the audio's duration
// (whisper-1's verbose_json); text, srt and vtt answers carry neither, so the duration is estimated: the end of
// the last subtitle cue, or for plain text the time it takes to say it.
import type { TranscriptionResult, Usage } from '../types.ts'

interface TranscriptionUsage {
  type?: 'tokens' | 'duration'
  input_tokens?: number
  output_tokens?: number
  seconds?: number
}

type Billing = Pick<TranscriptionResult, 'usage' | 'seconds' | 'secondsEstimated'>

/** About 150 spoken words a minute, at about 6 characters a word (the space included). */
const CHARS_PER_SECOND = 15
const CUE_END = /-->\s*(?:(\d+):)?(\d{1,2}):(\d{2})[.,](\d{3})/g

export function transcriptionUsage(raw: string, contentType: string): Billing {
  if (!contentType.includes('json')) return estimatedDuration(raw)
  try {
    const body = JSON.parse(raw) as { usage?: TranscriptionUsage; duration?: number; text?: string }
    const usage = body.usage
    if (usage?.type === 'tokens' || usage?.input_tokens !== undefined) {
      const counted: Usage = {
        promptTokens: usage?.input_tokens ?? 0,
        completionTokens: usage?.output_tokens ?? 0,
        cachedTokens: 0,
        cacheWriteTokens: 0,
        reasoningTokens: 0,
      }
      return { usage: counted }
    }
    const seconds = usage?.seconds ?? body.duration
    if (typeof seconds === 'number') return { usage: null, seconds }
    return estimatedDuration(typeof body.text === 'string' ? body.text : '')
  } catch {
    return estimatedDuration(raw)
  }
}

function estimatedDuration(text: string): Billing {
  let end = 0
  for (const [, h, m, s, ms] of text.matchAll(CUE_END)) {
    end = Math.max(end, Number(h ?? 0) * 3600 + Number(m) * 60 + Number(s) + Number(ms) / 1000)
  }
  const seconds = end > 0 ? end : text.trim().length / CHARS_PER_SECOND
  return { usage: null, seconds, secondsEstimated: true }
}
