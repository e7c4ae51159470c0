import type { ChatChunk, ChatStream, Usage } from './types.ts'

/** A chunk generator as a ChatStream, whose usage is read once the generator has finished. */
export function chatStreamOf(chunks: AsyncGenerator<ChatChunk>, usage: () => Usage | null): ChatStream {
  return {
    [Symbol.asyncIterator]: () => chunks,
    get usage() {
      return usage()
    },
  }
}
