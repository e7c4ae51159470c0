// Hub's internal chat answer (OpenAI's shape) → an Anthropic Message, for providers that do not speak Messages.
// The inverse of providers/anthropic/response.ts, with its stop-reason table read backwards.
import { FINISH } from '../../providers/anthropic/response.ts'
import type { ChatResponse, Usage } from '../../providers/types.ts'
import { carriedSignature } from '../thought-signature.ts'

/** OpenAI finish_reason → Anthropic stop_reason: the first stop reason that maps to it (end_turn for stop). */
const STOP: Record<string, string> = {}
for (const [stop, finish] of Object.entries(FINISH)) STOP[finish] ??= stop

export const stopReason = (finish: string | null | undefined): string | null =>
  finish ? (STOP[finish] ?? 'end_turn') : null

/** Anthropic's input_tokens leave out the cache; Hub's promptTokens include both. */
export function messagesUsage(usage: Usage | null) {
  if (!usage) return { input_tokens: 0, output_tokens: 0 }
  return {
    input_tokens: usage.promptTokens - usage.cachedTokens - usage.cacheWriteTokens,
    output_tokens: usage.completionTokens,
    cache_creation_input_tokens: usage.cacheWriteTokens,
    cache_read_input_tokens: usage.cachedTokens,
  }
}

/** Tool arguments are JSON text in OpenAI's shape, an object in Anthropic's. */
export function toolInput(args: string | undefined): unknown {
  try {
    return JSON.parse(args || '{}')
  } catch {
    return {}
  }
}

export function chatToMessage(response: ChatResponse, modelId: string, usage: Usage | null) {
  const choice = response.choices[0]
  const message = (choice?.message ?? {}) as {
    content?: string | null
    reasoning_content?: string
    tool_calls?: { id: string; function: { name: string; arguments: string }; extra_content?: unknown }[]
  }
  const content: ({ type: string } & Record<string, unknown>)[] = []
  if (message.reasoning_content) content.push({ type: 'thinking', thinking: message.reasoning_content, signature: '' })
  if (message.content) content.push({ type: 'text', text: message.content })
  for (const call of message.tool_calls ?? []) {
    const signature = carriedSignature(call)
    if (signature) content.push({ type: 'thinking', thinking: '', signature })
    content.push({ type: 'tool_use', id: call.id, name: call.function.name, input: toolInput(call.function.arguments) })
  }
  return {
    id: response.id.startsWith('msg_') ? response.id : `msg_${response.id}`,
    type: 'message' as const,
    role: 'assistant' as const,
    model: modelId,
    content,
    stop_reason: stopReason(choice?.finish_reason),
    stop_sequence: null,
    usage: messagesUsage(usage),
  }
}
