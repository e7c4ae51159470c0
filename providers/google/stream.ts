// Gemini's streamGenerateContent?alt=sse → stream parts, each candidate a choice. Every `data:` frame is a whole
// GenerateContentResponse holding the next piece of each candidate:
//   first frame of a candidate → start (id, model)
//   text parts                 → text deltas; parts marked `thought` → reasoning deltas
//   functionCall parts         → tool-call-start with a fresh index, a made-up id, the name and the full
//                                arguments (Gemini sends whole calls, never fragments), and its thought signature
//                                as extra_content (see response.ts), then tool-call-end
//   finishReason               → finish (tool_calls if the candidate called functions)
//   usageMetadata              → running totals; the last one counts, sent as usage once the stream completed
//   {error: …}                 → a mid-stream failure
// Gemini ends the body after the last frame; a body that ends before every candidate finished is a cut stream.
import { HubError } from '../../lib/errors.ts'
import { parseSse } from '../../lib/sse.ts'
import type { StreamPart } from '../../lib/stream-parts/types.ts'
import type { UpstreamResponse } from '../../lib/upstream-http.ts'
import { chatStreamOf } from '../chat-stream.ts'
import type { ChatStream } from '../types.ts'
import { midStreamError, streamFailure, streamReadError, type UpstreamSource } from '../upstream-errors.ts'
import {
  completionId,
  finishReason,
  fromGeminiUsage,
  type GeminiResponse,
  type GeminiUsage,
  toToolCall,
} from './response.ts'

interface ChoiceState {
  toolCalls: number
  finished: boolean
}

export function googleChunkStream(
  res: UpstreamResponse,
  opts: UpstreamSource & { signal: AbortSignal; model: string },
): ChatStream {
  async function* parts(): AsyncGenerator<StreamPart> {
    let id = ''
    let model = opts.model
    const choices = new Map<number, ChoiceState>()
    let counted: GeminiUsage | null = null
    let ended = false

    try {
      for await (const sse of parseSse(res.body, { maxEventChars: res.limits.eventBytes })) {
        let frame: GeminiResponse & { error?: unknown }
        try {
          frame = JSON.parse(sse.data)
        } catch {
          throw new HubError('upstream_error', `Provider "${opts.providerName}" sent a stream frame that is not JSON`)
        }
        if (frame.error !== undefined) throw midStreamError(opts, sse.data)
        if (!id) {
          id = completionId(frame.responseId)
          model = frame.modelVersion ?? model
        }
        if (frame.usageMetadata) counted = frame.usageMetadata

        const candidates = frame.candidates ?? []
        // A blocked prompt streams one frame with promptFeedback.blockReason and no candidate.
        if (candidates.length === 0 && frame.promptFeedback?.blockReason) {
          candidates.push({ index: 0, finishReason: 'SAFETY' })
        }
        for (const [position, candidate] of candidates.entries()) {
          const choice = candidate.index ?? position
          let state = choices.get(choice)
          if (!state) {
            state = { toolCalls: 0, finished: false }
            choices.set(choice, state)
            yield { type: 'start', choice, id, model }
          }
          for (const part of candidate.content?.parts ?? []) {
            if (part.functionCall) {
              const call = toToolCall({ ...part, functionCall: part.functionCall })
              const index = state.toolCalls++
              const { name, arguments: args } = call.function
              const extra = call.extra_content ? { extra_content: call.extra_content } : undefined
              yield { type: 'tool-call-start', choice, index, id: call.id, name, arguments: args, extra }
              yield { type: 'tool-call-end', choice, index }
            } else if (part.text) {
              yield { type: part.thought ? 'reasoning-delta' : 'text-delta', choice, text: part.text }
            }
          }
          if (candidate.finishReason) {
            state.finished = true
            yield { type: 'finish', choice, reason: finishReason(candidate.finishReason, state.toolCalls > 0) }
          }
        }
      }
      ended = true
    } catch (err) {
      throw streamReadError(err, opts.signal, opts.providerName)
    } finally {
      if (!ended) res.body.destroy()
    }
    const finished = choices.size > 0 && [...choices.values()].every((c) => c.finished)
    if (!finished) throw streamFailure(opts.providerName, 'ended the stream early')
    // Only once the stream completed: a cut stream has no final output count, and the meter estimates it.
    if (counted) yield { type: 'usage', usage: fromGeminiUsage(counted) }
  }

  return chatStreamOf(parts())
}
