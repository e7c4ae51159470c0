// What a provider adapter streams to the surfaces: typed parts, never wire text or another API's chunk objects
// (the Vercel AI SDK's provider interface does the same). Adapters (providers/*/stream.ts) produce them; each
// surface's encoder (OpenAI chunks, AIGNE frames, Messages events, Responses events) and the meter consume them.
//   start            a choice begins (the response's id and the model that answers)
//   *-delta          generated text, reasoning or refusal, as it comes
//   tool-call-*      a tool call of a choice, keyed by its position among that choice's calls: start (id, name and,
//                    from providers that send whole calls, its arguments), argument fragments, end
//   finish           a choice ended, with a typed reason;   usage   the provider's counts (the last one counts)
//   error            the stream failed after its first byte: always the last part
//   raw-chunk        an OpenAI-compatible upstream's own chunk, so the OpenAI surface can send it as it came
//                    (fields Hub does not model: logprobs, system_fingerprint, audio…); other consumers skip it
import type { Static } from '@sinclair/typebox'
import type { ChatCompletionChunk } from '../../schemas/openai-chat.ts'
import type { HubError } from '../errors.ts'
import type { Usage } from '../usage/counts.ts'

/** OpenAI's `chat.completion.chunk`, the wire shape of OpenAI-compatible streams. */
export type ChatChunk = Static<typeof ChatCompletionChunk>

/** OpenAI's finish reasons, which every adapter maps to; anything else an upstream says is `other`. */
export type FinishReason = 'stop' | 'length' | 'tool_calls' | 'content_filter' | 'function_call' | 'other'

export type StreamPart =
  | { type: 'start'; choice: number; id: string; model: string }
  | { type: 'text-delta' | 'reasoning-delta' | 'refusal-delta'; choice: number; text: string }
  | {
      type: 'tool-call-start'
      choice: number
      index: number
      /** Absent when an OpenAI-compatible upstream sent a call's name without its id. */
      id?: string
      name: string
      /** The first (or, from providers that send whole calls, all) of the arguments. */
      arguments?: string
      /** Provider fields that travel with the call in OpenAI's shape (Gemini's thought signature). */
      extra?: Record<string, unknown>
    }
  | { type: 'tool-call-delta'; choice: number; index: number; arguments: string }
  | { type: 'tool-call-end'; choice: number; index: number }
  | { type: 'finish'; choice: number; reason: FinishReason }
  | { type: 'usage'; usage: Usage }
  | { type: 'error'; error: HubError }
  | { type: 'raw-chunk'; chunk: ChatChunk }

export type DeltaPart = Extract<StreamPart, { type: 'text-delta' | 'reasoning-delta' | 'refusal-delta' }>

const REASONS = new Set<string>(['stop', 'length', 'tool_calls', 'content_filter', 'function_call'])

/** A finish reason as it came (OpenAI's names) typed: an unknown one is `other`. */
export const toFinishReason = (reason: string): FinishReason =>
  REASONS.has(reason) ? (reason as FinishReason) : 'other'
