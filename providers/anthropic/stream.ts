// Anthropic's streaming events → stream parts, nothing dropped:
//   message_start            → start (id, model), and the input usage
//   content_block_start      → for tool_use, tool-call-start with its id, name and a tool call index (tool calls
//                              are counted on their own, so a tool after a text block is still call 0)
//   content_block_delta      → text_delta as text, input_json_delta as argument fragments of that call,
//                              thinking_delta as reasoning
//   content_block_stop       → tool-call-end for a tool_use block
//   message_delta            → finish (typed reason), and the output usage
//   message_stop             → the end, then the usage
//   ping, signature_delta    → nothing to say;   error → a mid-stream failure
import { HubError } from '../../lib/errors.ts'
import { parseSse } from '../../lib/sse.ts'
import type { StreamPart } from '../../lib/stream-parts/types.ts'
import type { UpstreamResponse } from '../../lib/upstream-http.ts'
import { chatStreamOf } from '../chat-stream.ts'
import type { ChatStream } from '../types.ts'
import { midStreamError, streamFailure, streamReadError, type UpstreamSource } from '../upstream-errors.ts'
import { type AnthropicUsage, finishReason, fromAnthropicUsage } from './response.ts'

interface StreamEvent {
  type: string
  index?: number
  message?: { id: string; model: string; usage?: AnthropicUsage }
  content_block?: { type: string; id?: string; name?: string; text?: string; thinking?: string }
  delta?: { type?: string; text?: string; partial_json?: string; thinking?: string; stop_reason?: string | null }
  usage?: AnthropicUsage
}

export function anthropicChunkStream(
  res: UpstreamResponse,
  opts: UpstreamSource & { signal: AbortSignal },
): ChatStream {
  const counted: AnthropicUsage = {}

  async function* parts(): AsyncGenerator<StreamPart> {
    // Anthropic content block index → tool call index.
    const toolIndex = new Map<number, number>()
    let done = false

    try {
      for await (const sse of parseSse(res.body, { maxEventChars: res.limits.eventBytes })) {
        let event: StreamEvent
        try {
          event = JSON.parse(sse.data)
        } catch {
          throw new HubError('upstream_error', `Provider "${opts.providerName}" sent a stream event that is not JSON`)
        }
        switch (event.type) {
          case 'message_start':
            Object.assign(counted, event.message?.usage)
            yield { type: 'start', choice: 0, id: event.message?.id ?? '', model: event.message?.model ?? '' }
            break
          case 'content_block_start': {
            const block = event.content_block
            if (block?.type === 'tool_use') {
              const index = toolIndex.size
              toolIndex.set(event.index ?? 0, index)
              yield { type: 'tool-call-start', choice: 0, index, id: block.id, name: block.name ?? '' }
            } else if (block?.type === 'text' && block.text) yield { type: 'text-delta', choice: 0, text: block.text }
            break
          }
          case 'content_block_delta': {
            const delta = event.delta
            if (delta?.type === 'text_delta') yield { type: 'text-delta', choice: 0, text: delta.text ?? '' }
            else if (delta?.type === 'thinking_delta') {
              yield { type: 'reasoning-delta', choice: 0, text: delta.thinking ?? '' }
            } else if (delta?.type === 'input_json_delta') {
              const index = toolIndex.get(event.index ?? 0)
              if (index === undefined) {
                throw new HubError('upstream_error', `Provider "${opts.providerName}" sent arguments for no tool call`)
              }
              yield { type: 'tool-call-delta', choice: 0, index, arguments: delta.partial_json ?? '' }
            }
            break
          }
          case 'content_block_stop': {
            const index = toolIndex.get(event.index ?? 0)
            if (index !== undefined) yield { type: 'tool-call-end', choice: 0, index }
            break
          }
          case 'message_delta':
            Object.assign(counted, event.usage)
            yield { type: 'finish', choice: 0, reason: finishReason(event.delta?.stop_reason) ?? 'stop' }
            break
          case 'message_stop':
            done = true
            break
          case 'error':
            throw midStreamError(opts, sse.data)
        }
        if (done) break
      }
    } catch (err) {
      throw streamReadError(err, opts.signal, opts.providerName)
    } finally {
      if (!done) res.body.destroy()
    }
    if (!done) throw streamFailure(opts.providerName, 'ended the stream early')
    // Only once the stream completed: a cut stream has no final output count, and the meter estimates it.
    yield { type: 'usage', usage: fromAnthropicUsage(counted) }
  }

  return chatStreamOf(parts())
}
