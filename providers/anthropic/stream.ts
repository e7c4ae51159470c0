// Anthropic's streaming events → OpenAI `chat.completion.chunk`s, nothing dropped:
//   message_start            → the first chunk (role), and the input usage
//   content_block_start      → for tool_use, a tool_calls delta with its id, name and an OpenAI index (tool calls
//                              are counted on their own, so a tool after a text block is still index 0)
//   content_block_delta      → text_delta as content, input_json_delta as argument fragments of that index,
//                              thinking_delta as reasoning_content
//   message_delta            → finish_reason, and the output usage
//   message_stop             → the end (then OpenAI's usage chunk, if the client asked)
//   ping, content_block_stop, signature_delta → nothing to say;   error → a mid-stream failure
import { HubError } from '../../lib/errors.ts'
import { parseSse } from '../../lib/sse.ts'
import type { UpstreamResponse } from '../../lib/upstream-http.ts'
import { chatStreamOf } from '../chat-stream.ts'
import { toOpenAIUsage } from '../translation.ts'
import type { ChatChunk, ChatStream, Usage } from '../types.ts'
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
  opts: UpstreamSource & { clientWantsUsage: boolean; signal: AbortSignal },
): ChatStream {
  let usage: Usage | null = null
  const counted: AnthropicUsage = {}

  async function* chunks(): AsyncGenerator<ChatChunk> {
    let id = ''
    let model = ''
    const created = Math.floor(Date.now() / 1000)
    // Anthropic content block index → OpenAI tool call index.
    const toolIndex = new Map<number, number>()
    let done = false
    const chunk = (delta: Record<string, unknown>, finish: string | null = null): ChatChunk => ({
      id,
      object: 'chat.completion.chunk',
      created,
      model,
      choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
    })

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
            id = event.message?.id ?? ''
            model = event.message?.model ?? ''
            Object.assign(counted, event.message?.usage)
            yield chunk({ role: 'assistant', content: '' })
            break
          case 'content_block_start': {
            const block = event.content_block
            if (block?.type === 'tool_use') {
              const index = toolIndex.size
              toolIndex.set(event.index ?? 0, index)
              yield chunk({
                tool_calls: [{ index, id: block.id, type: 'function', function: { name: block.name, arguments: '' } }],
              })
            } else if (block?.type === 'text' && block.text) yield chunk({ content: block.text })
            break
          }
          case 'content_block_delta': {
            const delta = event.delta
            if (delta?.type === 'text_delta') yield chunk({ content: delta.text ?? '' })
            else if (delta?.type === 'thinking_delta') yield chunk({ reasoning_content: delta.thinking ?? '' })
            else if (delta?.type === 'input_json_delta') {
              const index = toolIndex.get(event.index ?? 0)
              if (index === undefined) {
                throw new HubError('upstream_error', `Provider "${opts.providerName}" sent arguments for no tool call`)
              }
              yield chunk({ tool_calls: [{ index, function: { arguments: delta.partial_json ?? '' } }] })
            }
            break
          }
          case 'message_delta':
            Object.assign(counted, event.usage)
            yield chunk({}, finishReason(event.delta?.stop_reason) ?? 'stop')
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
    usage = fromAnthropicUsage(counted)
    if (opts.clientWantsUsage) yield { ...chunk({}), choices: [], usage: toOpenAIUsage(usage) }
  }

  // Only once the stream completed: a cut stream has no final output count, and the meter estimates it.
  return chatStreamOf(chunks(), () => usage)
}
