// Gemini GenerateContentResponse → OpenAI `chat.completion`: each candidate is a choice, its text parts joined into
// `content` (thought parts into `reasoning_content`), functionCall parts into `tool_calls` with ids we make up
// (Gemini has none), finish reasons and usage mapped. Thinking tokens are output tokens, billed as completion.
// A functionCall's `thoughtSignature` (Gemini 3 refuses the next turn without it) rides on the tool call as
// `extra_content.google.thought_signature`, as Gemini's own OpenAI-compatible API sends it; clients that send the
// assistant message back as they got it return it, and request.ts puts it back on the part.

import { randomBytes } from 'node:crypto'
import type { FinishReason } from '../../lib/stream-parts/types.ts'
import { toOpenAIUsage } from '../../lib/usage/counts.ts'
import type { ChatResponse, Usage } from '../types.ts'

export interface GeminiUsage {
  promptTokenCount?: number
  candidatesTokenCount?: number
  thoughtsTokenCount?: number
  toolUsePromptTokenCount?: number
  cachedContentTokenCount?: number
  totalTokenCount?: number
}

export interface GeminiPart {
  text?: string
  thought?: boolean
  functionCall?: { name: string; args?: unknown }
  thoughtSignature?: string
}

export interface GeminiCandidate {
  index?: number
  content?: { role?: string; parts?: GeminiPart[] }
  finishReason?: string
}

export interface GeminiResponse {
  candidates?: GeminiCandidate[]
  promptFeedback?: { blockReason?: string }
  usageMetadata?: GeminiUsage
  modelVersion?: string
  responseId?: string
}

export interface ToolCall {
  id: string
  type: 'function'
  function: { name: string; arguments: string }
  extra_content?: { google: { thought_signature: string } }
}

const FINISH: Record<string, FinishReason> = {
  STOP: 'stop',
  MAX_TOKENS: 'length',
  SAFETY: 'content_filter',
  RECITATION: 'content_filter',
  BLOCKLIST: 'content_filter',
  PROHIBITED_CONTENT: 'content_filter',
  SPII: 'content_filter',
  IMAGE_SAFETY: 'content_filter',
}

/** `hasToolCalls`: Gemini says STOP after function calls; OpenAI clients look for tool_calls. */
export function finishReason(reason: string, hasToolCalls: boolean): FinishReason {
  const mapped = FINISH[reason] ?? 'stop'
  return hasToolCalls && mapped === 'stop' ? 'tool_calls' : mapped
}

export const toolCallId = () => `call_${randomBytes(12).toString('base64url')}`
export const completionId = (responseId: string | undefined) =>
  responseId || `chatcmpl-${randomBytes(12).toString('hex')}`

/** A functionCall part (with its thought signature, when Gemini sent one) as an OpenAI tool call. */
export function toToolCall(part: GeminiPart & { functionCall: NonNullable<GeminiPart['functionCall']> }): ToolCall {
  const call = part.functionCall
  return {
    id: toolCallId(),
    type: 'function',
    function: { name: call.name, arguments: JSON.stringify(call.args ?? {}) },
    ...(part.thoughtSignature ? { extra_content: { google: { thought_signature: part.thoughtSignature } } } : {}),
  }
}

export function fromGeminiUsage(usage: GeminiUsage): Usage {
  const thoughts = usage.thoughtsTokenCount ?? 0
  return {
    // Tool-use prompt tokens are input Gemini bills; cached content is already inside promptTokenCount.
    promptTokens: (usage.promptTokenCount ?? 0) + (usage.toolUsePromptTokenCount ?? 0),
    completionTokens: (usage.candidatesTokenCount ?? 0) + thoughts,
    cachedTokens: usage.cachedContentTokenCount ?? 0,
    // Gemini charges cache storage by the hour, not per token written.
    cacheWriteTokens: 0,
    reasoningTokens: thoughts,
  }
}

function toChoice(candidate: GeminiCandidate, position: number): ChatResponse['choices'][number] {
  let text = ''
  let reasoning = ''
  const toolCalls: ToolCall[] = []
  for (const part of candidate.content?.parts ?? []) {
    if (part.functionCall) toolCalls.push(toToolCall({ ...part, functionCall: part.functionCall }))
    else if (typeof part.text === 'string') {
      if (part.thought) reasoning += part.text
      else text += part.text
    }
  }
  return {
    index: candidate.index ?? position,
    message: {
      role: 'assistant',
      content: text || (toolCalls.length ? null : ''),
      ...(reasoning ? { reasoning_content: reasoning } : {}),
      ...(toolCalls.length ? { tool_calls: toolCalls } : {}),
    },
    logprobs: null,
    finish_reason: finishReason(candidate.finishReason ?? 'STOP', toolCalls.length > 0),
  }
}

export function toChatCompletion(response: GeminiResponse, model: string, usage: Usage | null): ChatResponse {
  const candidates = response.candidates ?? []
  // A blocked prompt has no candidate at all, only promptFeedback.blockReason.
  const choices = candidates.length
    ? candidates.map(toChoice)
    : [
        {
          index: 0,
          message: { role: 'assistant' as const, content: '' },
          logprobs: null,
          finish_reason: response.promptFeedback?.blockReason ? 'content_filter' : 'stop',
        },
      ]
  return {
    id: completionId(response.responseId),
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: response.modelVersion ?? model,
    choices,
    ...(usage ? { usage: toOpenAIUsage(usage) } : {}),
  }
}
