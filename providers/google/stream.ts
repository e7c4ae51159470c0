// Gemini's streamGenerateContent?alt=sse → OpenAI `chat.completion.chunk`s. Every `data:` frame is a whole
// GenerateContentResponse holding the next piece of each candidate:
//   first frame of a candidate → the first chunk (role)
//   text parts                 → content deltas; parts marked `thought` → reasoning_content
//   functionCall parts         → one tool_calls delta each, with a fresh index, a made-up id, the name and the
//                                full arguments (Gemini sends whole calls, never fragments), and its thought
//                                signature in extra_content (see response.ts)
//   finishReason               → finish_reason (tool_calls if the candidate called functions)
//   usageMetadata              → running totals; the last one counts
//   {error: …}                 → a mid-stream failure
// Gemini ends the body after the last frame; a body that ends before every candidate finished is a cut stream.
import { HubError } from '../../lib/errors.ts'
import { parseSse } from '../../lib/sse.ts'
import type { UpstreamResponse } from '../../lib/upstream-http.ts'
import { chatStreamOf } from '../chat-stream.ts'
import { toOpenAIUsage } from '../translation.ts'
import type { ChatChunk, ChatStream, Usage } from '../types.ts'
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
  opts: UpstreamSource & { clientWantsUsage: boolean; signal: AbortSignal; model: string },
): ChatStream {
  let usage: Usage | null = null

  async function* chunks(): AsyncGenerator<ChatChunk> {
    let id = ''
    let model = opts.model
    const created = Math.floor(Date.now() / 1000)
    const choices = new Map<number, ChoiceState>()
    let counted: GeminiUsage | null = null
    let ended = false
    const chunk = (index: number, delta: Record<string, unknown>, finish: string | null = null): ChatChunk => ({
      id,
      object: 'chat.completion.chunk',
      created,
      model,
      choices: [{ index, delta, logprobs: null, finish_reason: finish }],
    })

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
          const index = candidate.index ?? position
          let state = choices.get(index)
          if (!state) {
            state = { toolCalls: 0, finished: false }
            choices.set(index, state)
            yield chunk(index, { role: 'assistant', content: '' })
          }
          for (const part of candidate.content?.parts ?? []) {
            if (part.functionCall) {
              const call = toToolCall({ ...part, functionCall: part.functionCall })
              yield chunk(index, { tool_calls: [{ index: state.toolCalls++, ...call }] })
            } else if (part.text) {
              yield chunk(index, part.thought ? { reasoning_content: part.text } : { content: part.text })
            }
          }
          if (candidate.finishReason) {
            state.finished = true
            yield chunk(index, {}, finishReason(candidate.finishReason, state.toolCalls > 0))
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
    if (counted) usage = fromGeminiUsage(counted)
    if (opts.clientWantsUsage && usage) yield { ...chunk(0, {}), choices: [], usage: toOpenAIUsage(usage) }
  }

  // Only once the stream completed: a cut stream has no final output count, and the meter estimates it.
  return chatStreamOf(chunks(), () => usage)
}
