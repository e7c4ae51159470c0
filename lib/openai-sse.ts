// Encodes stream parts as OpenAI's SSE: `chat.completion.chunk` frames, then `data: [DONE]`. A failure after the
// first byte is sent the way OpenAI does it: an error frame, then the end. Every chunk names the model id the
// client asked for, as whole answers do (see sendJsonResult). An OpenAI-compatible upstream's own chunks
// (`raw-chunk`) are sent as they came, so what Hub does not model reaches the client; other providers' parts
// are written as OpenAI writes them, one chunk each. Usage is only sent to a client that asked for it.

import { errorBody } from './error-body.ts'
import type { ChatChunk, StreamPart } from './stream-parts/types.ts'
import { toOpenAIUsage } from './usage/counts.ts'

export interface OpenAISseOptions {
  modelId: string
  /** stream_options.include_usage: the client wants the usage chunk (Hub always asks the provider for it). */
  includeUsage: boolean
}

const frame = (chunk: object) => `data: ${JSON.stringify(chunk)}\n\n`

export async function* encodeOpenAISse(
  parts: AsyncIterable<StreamPart>,
  opts: OpenAISseOptions,
): AsyncGenerator<string> {
  const model = opts.modelId
  const created = Math.floor(Date.now() / 1000)
  let id = ''
  let passthrough = false
  const chunk = (choice: number, delta: Record<string, unknown>, finish: string | null = null) =>
    frame({
      id,
      object: 'chat.completion.chunk',
      created,
      model,
      choices: [{ index: choice, delta, logprobs: null, finish_reason: finish }],
    })

  for await (const part of parts) {
    switch (part.type) {
      case 'raw-chunk': {
        passthrough = true
        const raw = part.chunk
        if (!opts.includeUsage) {
          // The usage chunk Hub asked for, and the `usage: null` OpenAI then adds to every other chunk.
          if (raw.choices?.length === 0 && raw.usage) break
          if (raw.usage === null) delete (raw as Partial<ChatChunk>).usage
        }
        yield frame({ ...raw, model })
        break
      }
      case 'error':
        yield frame(errorBody(part.error, 'openai'))
        return
      default:
        if (!passthrough) yield* encodePart(part)
    }
  }
  yield 'data: [DONE]\n\n'

  function* encodePart(part: StreamPart): Generator<string> {
    switch (part.type) {
      case 'start':
        id = part.id
        yield chunk(part.choice, { role: 'assistant', content: '' })
        break
      case 'text-delta':
        yield chunk(part.choice, { content: part.text })
        break
      case 'reasoning-delta':
        yield chunk(part.choice, { reasoning_content: part.text })
        break
      case 'refusal-delta':
        yield chunk(part.choice, { refusal: part.text })
        break
      case 'tool-call-start': {
        const fn = { name: part.name, arguments: part.arguments ?? '' }
        const call = { index: part.index, id: part.id, type: 'function', function: fn, ...part.extra }
        yield chunk(part.choice, { tool_calls: [call] })
        break
      }
      case 'tool-call-delta':
        yield chunk(part.choice, { tool_calls: [{ index: part.index, function: { arguments: part.arguments } }] })
        break
      case 'finish':
        yield chunk(part.choice, {}, part.reason)
        break
      case 'usage':
        if (opts.includeUsage) {
          yield frame({
            id,
            object: 'chat.completion.chunk',
            created,
            model,
            choices: [],
            usage: toOpenAIUsage(part.usage),
          })
        }
        break
    }
  }
}
