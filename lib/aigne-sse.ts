// Encodes stream parts as the AIGNE framework's SSE (AgentResponseStreamSSE), the
// only stream the official @aigne/aigne-hub client reads: `data: {"delta":…}` frames with no event name, where
// `delta.text` fragments are appended and `delta.json` is shallow-assigned onto the result. So text goes out as
// true deltas, tool calls are reassembled here and sent once, complete, with object arguments, and the last
// frame carries usage: the call's usage record, metered once the parts have ended. Only the first choice is told. A failure after the first byte is `event: error` + `data: {"message"}`, then the end:
// the client has no read timeout, treats a dropped connection as a network error and silently re-sends the
// whole request, and fails on non-JSON data (so no `[DONE]`).
import type { ChatChunk } from '../providers/types.ts'
import { type AigneAnswerContext, type AigneOutput, textOrJson, toAigneUsage, toolCall } from './aigne/from-openai.ts'
import { partsOfChunks } from './stream-parts/from-openai-chunk.ts'
import type { StreamPart } from './stream-parts/types.ts'

const frame = (data: unknown) => `data: ${JSON.stringify(data)}\n\n`

interface PendingCall {
  id?: string
  name: string
  args: string
}

export async function* encodeAigneParts(
  parts: AsyncIterable<StreamPart>,
  ctx: AigneAnswerContext,
): AsyncGenerator<string> {
  let model: string | undefined
  let text = ''
  let refusal = ''
  const calls: PendingCall[] = []
  for await (const part of parts) {
    if (part.type === 'error') {
      const { message, code } = part.error
      yield `event: error\ndata: ${JSON.stringify({ message, code })}\n\n`
      return
    }
    if (part.type === 'start' && model === undefined && part.model) {
      model = part.model
      yield frame({ delta: { json: { model } } })
    }
    // Empty deltas (a provider's opening text_delta) say nothing.
    if (!('choice' in part) || part.choice !== 0 || ('text' in part && !part.text)) continue
    switch (part.type) {
      case 'reasoning-delta':
        yield frame({ delta: { text: { thoughts: part.text } } })
        break
      case 'text-delta':
        // In json mode the text is only useful parsed, so it is sent once, whole, as `json`.
        if (ctx.jsonMode) text += part.text
        else yield frame({ delta: { text: { text: part.text } } })
        break
      case 'refusal-delta':
        refusal += part.text
        break
      case 'tool-call-start':
      case 'tool-call-delta': {
        calls[part.index] ??= { name: '', args: '' }
        const pending = calls[part.index]
        if (part.type === 'tool-call-start') {
          if (part.id) pending.id = part.id
          pending.name += part.name
        }
        pending.args += part.arguments ?? ''
        break
      }
    }
  }

  const final: Partial<AigneOutput> = { modelWithProvider: ctx.modelWithProvider }
  const toolCalls = calls.filter(Boolean).map((c) => toolCall(c.id, c.name, c.args))
  if (toolCalls.length) final.toolCalls = toolCalls
  if (ctx.jsonMode && text) Object.assign(final, textOrJson(text, !toolCalls.length))
  if (refusal) final.refusal = refusal
  const record = ctx.billed()
  if (record) final.usage = toAigneUsage(record)
  yield frame({ delta: { json: final } })
}

/** The same from OpenAI chunks, read as an OpenAI-compatible adapter reads them. */
export const encodeAigneSse = (chunks: AsyncIterable<ChatChunk>, ctx: AigneAnswerContext) =>
  encodeAigneParts(partsOfChunks(chunks), ctx)
