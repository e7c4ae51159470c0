// Characters of model output in a chat answer or stream chunk, to estimate completion tokens when the provider
// reports none. Every class a model generates counts, in every choice (n > 1): text, reasoning (DeepSeek's
// `reasoning_content`, OpenRouter's `reasoning`), refusals, tool and function calls (names and arguments), and
// the transcript of spoken answers.
import type { ChatChunk, ChatResponse } from '../../providers/types.ts'

type Output = ChatResponse['choices'][number]['message'] | NonNullable<ChatChunk['choices'][number]['delta']>

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

/** What one streamed chunk delivered. */
export function chunkOutputSize(chunk: ChatChunk): number {
  let chars = 0
  for (const choice of chunk.choices ?? []) if (choice.delta) chars += outputSize(choice.delta)
  return chars
}

/** What a whole (non-streamed) answer delivered. */
export function answerOutputSize(response: ChatResponse): number {
  let chars = 0
  for (const choice of response.choices ?? []) if (choice.message) chars += outputSize(choice.message)
  return chars
}
