// Slots for transcription uploads held in memory (the file sent before the model field): at most
// AUDIO_BUFFER_CONCURRENCY at once across every route of this server, so held bytes stay under that many times
// AUDIO_UPLOAD_LIMIT however many such requests arrive.
import fp from 'fastify-plugin'

export function createSlots(max: number) {
  let used = 0
  /** A release function, or null when every slot is taken. The release frees the slot once. */
  function acquire(): (() => void) | null {
    if (used >= max) return null
    used++
    let released = false
    return () => {
      if (released) return
      released = true
      used--
    }
  }
  return { acquire, inUse: () => used }
}

declare module 'fastify' {
  interface FastifyInstance {
    uploadSlots: ReturnType<typeof createSlots>
  }
}

export default fp(
  async (app) => {
    app.decorate('uploadSlots', createSlots(app.config.AUDIO_BUFFER_CONCURRENCY))
  },
  { name: 'upload-slots', dependencies: ['config'] },
)
