// Measures an audio upload's duration while it streams through, so a transcription is billed by its seconds
// whatever the provider reports (text, srt and vtt answers report nothing, some json answers no duration).
// music-metadata reads the bytes as they pass: formats whose header states the length (wav, m4a, flac…) finish
// early, mp3 without a Xing header is counted frame by frame. The format is sniffed from the bytes, not taken from
// the client's filename or content type, so a mislabelled file is still measured.
import { PassThrough } from 'node:stream'
import { parseStream } from 'music-metadata'

export interface DurationProbe {
  /** Feeds the next chunk; resolves when the parser can take more, or needs no more. */
  feed(chunk: Uint8Array): Promise<void>
  /** The upload is complete: the duration in seconds, or undefined when the bytes are not audio it can read. */
  end(): Promise<number | undefined>
  /** The upload was abandoned. */
  abort(): void
}

export function probeDuration(): DurationProbe {
  const input = new PassThrough({ highWaterMark: 256 * 1024 })
  let settled = false
  let wake: (() => void) | null = null
  const resume = () => {
    wake?.()
    wake = null
  }
  input.on('drain', resume)
  const result = parseStream(input, {}, { duration: true, skipCovers: true })
    .then(
      ({ format }) => (typeof format.duration === 'number' && format.duration > 0 ? format.duration : undefined),
      () => undefined,
    )
    .finally(() => {
      settled = true
      // What the parser did not need is dropped, not buffered.
      input.destroy()
      resume()
    })

  return {
    feed(chunk) {
      if (settled || input.destroyed || input.write(chunk)) return Promise.resolve()
      return new Promise((resolve) => {
        wake = resolve
      })
    },
    end() {
      if (!input.destroyed && !input.writableEnded) input.end()
      return result
    },
    abort() {
      input.destroy()
      resume()
    },
  }
}
