// Characters of model output in a chat answer or stream part, to estimate completion tokens when the provider
// reports none. Every class a model generates counts, in every choice (n > 1): text, reasoning (DeepSeek's
// `reasoning_content`, OpenRouter's `reasoning`), refusals, tool and function calls (names and arguments), and
// the transcript of spoken answers.
import type { ChatChunk, ChatResponse } from '../../providers/types.ts'
import { openAIChunkReader } from '../stream-parts/from-openai-chunk.ts'
import type { StreamPart } from '../stream-parts/types.ts'

type Output = ChatResponse['choices'][number]['message']

const len = (value: unknown): number => (typeof value === 'string' ? value.length : 0)

/** `content` is a string, or (some OpenAI-compatible APIs) an array of text parts. */
function contentSize(content: unknown): number {
  if (!Array.isArray(content)) return len(content)
  let chars = 0
  for (const part of content as { text?: unknown; refusal?: unknown }[]) chars += len(part?.text) + len(part?.refusal)
  return chars
}

function outputSize(output: Output): number {
  const extra = output as { reasoning?: unknown; function_call?: { name?: unknown; arguments?: unknown } | null }
  const audio = (output as { audio?: { transcript?: unknown } | null }).audio
  let chars =
    contentSize(output.content) +
    len(output.reasoning_content) +
    len(extra.reasoning) +
    len(output.refusal) +
    len(extra.function_call?.name) +
    len(extra.function_call?.arguments) +
    len(audio?.transcript)
  for (const call of output.tool_calls ?? []) chars += len(call.function?.name) + len(call.function?.arguments)
  return chars
}

/** What one stream part delivered. */
export function partOutputSize(part: StreamPart): number {
  switch (part.type) {
    case 'text-delta':
    case 'reasoning-delta':
    case 'refusal-delta':
      return part.text.length
    case 'tool-call-start':
      return part.name.length + (part.arguments?.length ?? 0)
    case 'tool-call-delta':
      return part.arguments.length
    default:
      return 0
  }
}

/** What one OpenAI chunk delivered: the parts it holds. */
export function chunkOutputSize(chunk: ChatChunk): number {
  let chars = 0
  for (const part of openAIChunkReader()(chunk)) chars += partOutputSize(part)
  return chars
}

/** What a whole (non-streamed) answer delivered. */
export function answerOutputSize(response: ChatResponse): number {
  let chars = 0
  for (const choice of response.choices ?? []) if (choice.message) chars += outputSize(choice.message)
  return chars
}
