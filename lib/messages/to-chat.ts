// An Anthropic Messages request → Hub's internal chat request (OpenAI's shape), for providers that do not speak
// Messages. The inverse of providers/anthropic/request.ts: system blocks become a system message, tool_result
// blocks `tool` messages (before the rest of their user turn, as they answer the previous assistant turn),
// tool_use blocks tool_calls, images image_url parts (base64 as data: URLs), PDFs file parts. Thinking blocks
// of earlier turns are the provider's own and are not sent to another provider, except the Gemini thought
// signature Hub carried in one (lib/thought-signature.ts); `thinking` becomes reasoning_effort.

import { ASKED_BUDGET, effortForBudget, type WithAskedBudget } from '../../providers/reasoning.ts'
import type { ChatRequest } from '../../providers/types.ts'
import type { MessagesBody } from '../../schemas/anthropic-messages.ts'
import { HubError } from '../errors.ts'
import { signatureExtra } from '../thought-signature.ts'

type Block = { type: string } & Record<string, unknown>
type Message = Record<string, unknown>

const invalid = (message: string) => new HubError('validation_error', message)
const blocksOf = (content: unknown): Block[] =>
  typeof content === 'string' ? [{ type: 'text', text: content }] : (content as Block[])

/** A tool_result's content: a string, or blocks of which the text is kept. */
function resultText(content: unknown): string {
  if (content === undefined || content === null) return ''
  if (typeof content === 'string') return content
  if (!Array.isArray(content)) return JSON.stringify(content)
  return (content as Block[]).map((b) => (b?.type === 'text' ? String(b.text ?? '') : '')).join('')
}

function sourceUrl(block: Block): string {
  const source = block.source as { type?: string; media_type?: string; data?: string; url?: string } | undefined
  if (source?.type === 'base64') return `data:${source.media_type};base64,${source.data}`
  if (source?.type === 'url' && source.url) return source.url
  throw invalid(`${block.type} blocks take a base64 or url source`)
}

function userMessages(content: unknown): Message[] {
  const out: Message[] = []
  const parts: Record<string, unknown>[] = []
  for (const block of blocksOf(content)) {
    if (block.type === 'text') parts.push({ type: 'text', text: block.text })
    else if (block.type === 'image') parts.push({ type: 'image_url', image_url: { url: sourceUrl(block) } })
    else if (block.type === 'document') parts.push({ type: 'file', file: { file_data: sourceUrl(block) } })
    else if (block.type === 'tool_result') {
      const text = resultText(block.content)
      out.push({ role: 'tool', tool_call_id: block.tool_use_id, content: block.is_error ? `Error: ${text}` : text })
    } else throw invalid(`This model does not take "${block.type}" content blocks from the user`)
  }
  if (parts.length) {
    const onlyText = parts.every((p) => p.type === 'text')
    out.push({ role: 'user', content: onlyText ? parts.map((p) => p.text).join('\n') : parts })
  }
  return out
}

function assistantMessage(content: unknown): Message {
  let text = ''
  const toolCalls: Message[] = []
  // A carried signature belongs to the tool_use block that follows it.
  let signature: ReturnType<typeof signatureExtra>
  for (const block of blocksOf(content)) {
    if (block.type === 'text') text += String(block.text ?? '')
    else if (block.type === 'thinking') signature = signatureExtra(block.signature) ?? signature
    else if (block.type === 'tool_use') {
      toolCalls.push({
        id: block.id,
        type: 'function',
        function: { name: block.name, arguments: JSON.stringify(block.input ?? {}) },
        ...(signature ? { extra_content: signature } : {}),
      })
      signature = undefined
    }
  }
  return { role: 'assistant', content: text || null, ...(toolCalls.length ? { tool_calls: toolCalls } : {}) }
}

/** Extended thinking as the reasoning_effort other providers take (at the shared thresholds), its budget kept exact. */
function reasoning(thinking: MessagesBody['thinking']): Pick<ChatRequest, 'reasoning_effort'> & WithAskedBudget {
  const budget = (thinking as { budget_tokens?: unknown } | undefined)?.budget_tokens
  if (thinking?.type !== 'enabled' || typeof budget !== 'number') return {}
  const effort = effortForBudget(budget)
  return effort ? { reasoning_effort: effort, [ASKED_BUDGET]: budget } : {}
}

type ToolChoice = { type: string; name?: string; disable_parallel_tool_use?: boolean }

function toolChoice(choice: ToolChoice | undefined): Pick<ChatRequest, 'tool_choice' | 'parallel_tool_calls'> {
  if (!choice) return {}
  const parallel = choice.disable_parallel_tool_use === true ? { parallel_tool_calls: false } : {}
  if (choice.type === 'none') return { tool_choice: 'none' }
  if (choice.type === 'any') return { tool_choice: 'required', ...parallel }
  if (choice.type === 'tool') {
    return { tool_choice: { type: 'function', function: { name: String(choice.name) } }, ...parallel }
  }
  return { tool_choice: 'auto', ...parallel }
}

export function messagesToChat(body: MessagesBody): ChatRequest {
  const messages: Message[] = []
  if (body.system !== undefined) {
    const system = typeof body.system === 'string' ? body.system : resultText(body.system)
    if (system) messages.push({ role: 'system', content: system })
  }
  for (const message of body.messages) {
    if (message.role === 'user') messages.push(...userMessages(message.content))
    else messages.push(assistantMessage(message.content))
  }
  const request: Record<string | symbol, unknown> = {
    model: body.model,
    messages,
    max_tokens: body.max_tokens,
    ...(body.temperature !== undefined ? { temperature: body.temperature } : {}),
    ...(body.top_p !== undefined ? { top_p: body.top_p } : {}),
    ...(body.stop_sequences?.length ? { stop: body.stop_sequences } : {}),
    ...(body.metadata?.user_id ? { user: body.metadata.user_id } : {}),
    ...reasoning(body.thinking),
    // Usage is needed for billing and for message_delta's counts.
    ...(body.stream ? { stream: true, stream_options: { include_usage: true } } : {}),
  }
  if (body.tools?.length) {
    request.tools = body.tools.map((tool) => ({
      type: 'function',
      function: {
        name: tool.name,
        ...(tool.description ? { description: tool.description } : {}),
        parameters: tool.input_schema ?? { type: 'object', properties: {} },
      },
    }))
    Object.assign(request, toolChoice(body.tool_choice))
  }
  return request as unknown as ChatRequest
}
