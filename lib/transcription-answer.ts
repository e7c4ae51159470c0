// The transcription answer in the format the client asked for. A `text` request went to the provider as json
// (plain text reports no usage), so its JSON answer is turned back into OpenAI's text format: the transcript and
// a newline, as text/plain. Any other answer goes back as the provider sent it.
import type { TranscriptionResult } from '../providers/types.ts'

export function transcriptionAnswer(
  requested: string,
  result: TranscriptionResult,
): { contentType: string; body: string } {
  if (requested === 'text' && result.contentType.includes('json')) {
    try {
      const { text } = JSON.parse(result.raw) as { text?: unknown }
      if (typeof text === 'string') return { contentType: 'text/plain; charset=utf-8', body: `${text}\n` }
    } catch {}
  }
  return { contentType: result.contentType, body: result.raw }
}
