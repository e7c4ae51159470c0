// Anthropic Messages response → OpenAI `chat.completion`: text blocks joined into `content`, `tool_use` blocks
// into `tool_calls` (input serialised as the arguments string), thinking into `reasoning_content`, stop reasons
// and usage mapped. Anthropic's input_tokens leaves out the cache: Hub's promptTokens is input_tokens +
// cache_read_input_tokens (cachedTokens) + cache_creation_input_tokens (cacheWriteTokens), each priced apart.
import type { FinishReason } from '../../lib/stream-parts/types.ts'
import { toOpenAIUsage } from '../../lib/usage/counts.ts'
import type { ChatResponse, Usage } from '../types.ts'

export interface AnthropicUsage {
  input_tokens?: number
  output_tokens?: number
  cache_creation_input_tokens?: number | null
  cache_read_input_tokens?: number | null
}

export interface AnthropicMessage {
  id: string
  model: string
  content: ({ type: string; text?: string; thinking?: string; id?: string; name?: string; input?: unknown } & Record<
    string,
    unknown
  >)[]
  stop_reason: string | null
  usage: AnthropicUsage
}

/** Anthropic stop_reason → OpenAI finish_reason; the first stop reason of each finish reason is its inverse. */
export const FINISH: Record<string, FinishReason> = {
  end_turn: 'stop',
  stop_sequence: 'stop',
  pause_turn: 'stop',
  max_tokens: 'length',
  model_context_window_exceeded: 'length',
  tool_use: 'tool_calls',
  refusal: 'content_filter',
}

export const finishReason = (stop: string | null | undefined): FinishReason | null =>
  stop ? (FINISH[stop] ?? 'stop') : null

export function fromAnthropicUsage(usage: AnthropicUsage): Usage {
  const cached = usage.cache_read_input_tokens ?? 0
  const written = usage.cache_creation_input_tokens ?? 0
  return {
    promptTokens: (usage.input_tokens ?? 0) + cached + written,
    completionTokens: usage.output_tokens ?? 0,
    cachedTokens: cached,
    cacheWriteTokens: written,
    reasoningTokens: 0,
  }
}

export function toChatCompletion(message: AnthropicMessage, usage: Usage | null): ChatResponse {
  let text = ''
  let reasoning = ''
  const toolCalls: { id: string; type: 'function'; function: { name: string; arguments: string } }[] = []
  for (const block of message.content) {
    if (block.type === 'text') text += block.text ?? ''
    else if (block.type === 'thinking') reasoning += block.thinking ?? ''
    else if (block.type === 'tool_use') {
      toolCalls.push({
        id: block.id as string,
        type: 'function',
        function: { name: block.name as string, arguments: JSON.stringify(block.input ?? {}) },
      })
    }
  }
  return {
    id: message.id,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: message.model,
    choices: [
      {
        index: 0,
        message: {
          role: 'assistant',
          content: text || (toolCalls.length ? null : ''),
          ...(reasoning ? { reasoning_content: reasoning } : {}),
          ...(toolCalls.length ? { tool_calls: toolCalls } : {}),
        },
        logprobs: null,
        finish_reason: finishReason(message.stop_reason),
      },
    ],
    ...(usage ? { usage: toOpenAIUsage(usage) } : {}),
  }
}
