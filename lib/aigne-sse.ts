// Encodes a stream of chat.completion.chunk objects as the AIGNE framework's SSE (AgentResponseStreamSSE), the
// only stream the official @aigne/aigne-hub client reads: `data: {"delta":…}` frames with no event name, where
// `delta.text` fragments are appended and `delta.json` is shallow-assigned onto the result. So text goes out as
// true deltas, tool calls are reassembled here and sent once, complete, with object arguments, and the last
// frame carries usage: the call's usage record, metered once the chunks have ended. A failure after the first byte is `event: error` + `data: {"message"}`, then the end:
// the client has no read timeout, treats a dropped connection as a network error and silently re-sends the
// whole request, and fails on non-JSON data (so no `[DONE]`).
import type { ChatChunk } from '../providers/types.ts'
import { type AigneAnswerContext, type AigneOutput, textOrJson, toAigneUsage, toolCall } from './aigne/from-openai.ts'
import { HubError } from './errors.ts'

const frame = (data: unknown) => `data: ${JSON.stringify(data)}\n\n`

interface PendingCall {
  id?: string
  name: string
  args: string
}

export async function* encodeAigneSse(
  chunks: AsyncIterable<ChatChunk>,
  ctx: AigneAnswerContext,
): AsyncGenerator<string> {
  let model: string | undefined
  let text = ''
  let refusal = ''
  const calls: PendingCall[] = []
  try {
    for await (const chunk of chunks) {
      if (model === undefined && chunk.model) {
        model = chunk.model
        yield frame({ delta: { json: { model } } })
      }
      const delta = chunk.choices?.find((c) => c.index === 0)?.delta
      if (!delta) continue
      if (delta.reasoning_content) yield frame({ delta: { text: { thoughts: delta.reasoning_content } } })
      if (delta.content) {
        // In json mode the text is only useful parsed, so it is sent once, whole, as `json`.
        if (ctx.jsonMode) text += delta.content
        else yield frame({ delta: { text: { text: delta.content } } })
      }
      if (delta.refusal) refusal += delta.refusal
      for (const call of delta.tool_calls ?? []) {
        calls[call.index] ??= { name: '', args: '' }
        const pending = calls[call.index]
        if (call.id) pending.id = call.id
        pending.name += call.function?.name ?? ''
        pending.args += call.function?.arguments ?? ''
      }
    }
  } catch (err) {
    const error = err instanceof HubError ? err : new HubError('upstream_error', 'The upstream stream failed')
    yield `event: error\ndata: ${JSON.stringify({ message: error.message, code: error.code })}\n\n`
    return
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
