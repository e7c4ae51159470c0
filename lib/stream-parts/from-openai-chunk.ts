// An OpenAI `chat.completion.chunk` (an OpenAI-compatible upstream's, parsed once by its adapter) as stream
// parts. Every class of output a model generates becomes a part, so the meter counts it: text (a string, or some
// APIs' text parts), reasoning (DeepSeek's `reasoning_content`, OpenRouter's `reasoning`), refusals, tool calls
// (and the legacy `function_call`, as call 0) and the transcript of spoken answers, which is their text.
import { catchingFailure } from './failure.ts'
import { type ChatChunk, type StreamPart, toFinishReason } from './types.ts'

type Delta = NonNullable<ChatChunk['choices'][number]['delta']> & {
  reasoning?: unknown
  audio?: { transcript?: unknown } | null
  function_call?: { name?: unknown; arguments?: unknown } | null
}

const str = (value: unknown): string => (typeof value === 'string' ? value : '')

function deltaParts(choice: number, delta: Delta, parts: StreamPart[]): void {
  const text = (type: 'text-delta' | 'reasoning-delta' | 'refusal-delta', value: string) => {
    if (value) parts.push({ type, choice, text: value })
  }
  text('reasoning-delta', str(delta.reasoning_content))
  text('reasoning-delta', str(delta.reasoning))
  if (Array.isArray(delta.content)) {
    for (const part of delta.content as { text?: unknown; refusal?: unknown }[]) {
      text('text-delta', str(part?.text))
      text('refusal-delta', str(part?.refusal))
    }
  } else text('text-delta', str(delta.content))
  text('text-delta', str(delta.audio?.transcript))
  text('refusal-delta', str(delta.refusal))
  const legacy = delta.function_call
  const calls = legacy ? [{ index: 0, function: legacy }] : []
  for (const call of [...(delta.tool_calls ?? []), ...calls] as {
    index: number
    id?: string
    function?: { name?: unknown; arguments?: unknown }
  }[]) {
    const name = str(call.function?.name)
    const args = str(call.function?.arguments)
    if (call.id || name) {
      parts.push({
        type: 'tool-call-start',
        choice,
        index: call.index,
        id: call.id || undefined,
        name,
        arguments: args,
      })
    } else if (args) parts.push({ type: 'tool-call-delta', choice, index: call.index, arguments: args })
  }
}

/** A reader of one stream's chunks: the first chunk also starts the answer (its id and model). */
export function openAIChunkReader(): (chunk: ChatChunk) => StreamPart[] {
  let started = false
  return (chunk) => {
    const parts: StreamPart[] = []
    if (!started) {
      started = true
      parts.push({ type: 'start', choice: 0, id: chunk.id, model: chunk.model })
    }
    for (const choice of chunk.choices ?? []) {
      if (choice.delta) deltaParts(choice.index ?? 0, choice.delta as Delta, parts)
      if (choice.finish_reason)
        parts.push({ type: 'finish', choice: choice.index ?? 0, reason: toFinishReason(choice.finish_reason) })
    }
    return parts
  }
}

/** Chunks from anywhere (tests, a client's own stream) as parts; a throw becomes the final `error` part. */
export function partsOfChunks(chunks: AsyncIterable<ChatChunk>): AsyncGenerator<StreamPart> {
  const read = openAIChunkReader()
  return catchingFailure(
    (async function* () {
      for await (const chunk of chunks) yield* read(chunk)
    })(),
  )
}
