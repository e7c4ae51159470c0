// Bedrock Converse response → OpenAI `chat.completion`: text blocks joined into `content`, `toolUse` blocks into
// `tool_calls` (input serialised as the arguments string), `reasoningContent` into `reasoning_content`, stop
// reasons and usage mapped. Converse's inputTokens leaves out the cache: Hub's promptTokens is inputTokens +
// cacheReadInputTokens (cachedTokens) + cacheWriteInputTokens (cacheWriteTokens), each priced apart.
import type { FinishReason } from '../../lib/stream-parts/types.ts'
import { toOpenAIUsage } from '../../lib/usage/counts.ts'
import type { ChatResponse, Usage } from '../types.ts'

export interface ConverseUsage {
  inputTokens?: number
  outputTokens?: number
  totalTokens?: number
  cacheReadInputTokens?: number | null
  cacheWriteInputTokens?: number | null
}

export interface ConverseBlock {
  text?: string
  toolUse?: { toolUseId: string; name: string; input?: unknown }
  reasoningContent?: { reasoningText?: { text?: string; signature?: string }; redactedContent?: string }
}

export interface ConverseResponse {
  output?: { message?: { role: string; content?: ConverseBlock[] } }
  stopReason?: string
  usage?: ConverseUsage
}

const FINISH: Record<string, FinishReason> = {
  end_turn: 'stop',
  stop_sequence: 'stop',
  max_tokens: 'length',
  model_context_window_exceeded: 'length',
  tool_use: 'tool_calls',
  guardrail_intervened: 'content_filter',
  content_filtered: 'content_filter',
}

export const finishReason = (stop: string | null | undefined): FinishReason | null =>
  stop ? (FINISH[stop] ?? 'stop') : null

export function fromConverseUsage(usage: ConverseUsage): Usage {
  const cached = usage.cacheReadInputTokens ?? 0
  const written = usage.cacheWriteInputTokens ?? 0
  return {
    promptTokens: (usage.inputTokens ?? 0) + cached + written,
    completionTokens: usage.outputTokens ?? 0,
    cachedTokens: cached,
    cacheWriteTokens: written,
    reasoningTokens: 0,
  }
}

/** Converse answers carry no id of their own: the AWS request id stands in. */
export function toChatCompletion(
  answer: ConverseResponse,
  usage: Usage | null,
  id: string,
  model: string,
): ChatResponse {
  let text = ''
  let reasoning = ''
  const toolCalls: { id: string; type: 'function'; function: { name: string; arguments: string } }[] = []
  for (const block of answer.output?.message?.content ?? []) {
    if (block.text !== undefined) text += block.text
    else if (block.reasoningContent?.reasoningText) reasoning += block.reasoningContent.reasoningText.text ?? ''
    else if (block.toolUse) {
      toolCalls.push({
        id: block.toolUse.toolUseId,
        type: 'function',
        function: { name: block.toolUse.name, arguments: JSON.stringify(block.toolUse.input ?? {}) },
      })
    }
  }
  return {
    id,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model,
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
        finish_reason: finishReason(answer.stopReason),
      },
    ],
    ...(usage ? { usage: toOpenAIUsage(usage) } : {}),
  }
}
