// OpenAI Chat Completions request → Anthropic Messages request (https://docs.anthropic.com/en/api/messages).
// System and developer messages become `system`; tool results become `tool_result` blocks in a user turn;
// consecutive turns of one role are merged (Anthropic requires alternation); images go as URL or base64 sources.
import { invalid, parseArguments, textOf } from '../translation.ts'
import type { ChatRequest, UpstreamCall } from '../types.ts'

/** Anthropic requires max_tokens; this is used when the client leaves it out. */
export const DEFAULT_MAX_TOKENS = 4096
export const ANTHROPIC_VERSION = '2023-06-01'

type Block = Record<string, unknown>
interface Turn {
  role: 'user' | 'assistant'
  content: Block[]
}

export function messagesUrl(baseUrl: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/v1/messages`
}

export function anthropicHeaders(call: UpstreamCall, stream: boolean): Record<string, string> {
  const headers: Record<string, string> = {
    accept: stream ? 'text/event-stream' : 'application/json',
    'anthropic-version': ANTHROPIC_VERSION,
  }
  if (call.target.credential) headers['x-api-key'] = call.target.credential.apiKey
  return headers
}

function imageBlock(url: string): Block {
  const data = /^data:([^;,]+);base64,(.*)$/s.exec(url)
  if (data) return { type: 'image', source: { type: 'base64', media_type: data[1], data: data[2] } }
  if (/^https?:\/\//.test(url)) return { type: 'image', source: { type: 'url', url } }
  throw invalid('image_url.url must be an http(s) URL or a base64 data: URL')
}

function userBlocks(content: unknown): Block[] {
  if (typeof content === 'string') return [{ type: 'text', text: content }]
  const blocks: Block[] = []
  for (const part of content as { type: string; text?: string; image_url?: { url: string }; file?: Block }[]) {
    if (part.type === 'text') blocks.push({ type: 'text', text: part.text ?? '' })
    else if (part.type === 'image_url' && part.image_url) blocks.push(imageBlock(part.image_url.url))
    else if (part.type === 'file' && typeof part.file?.file_data === 'string') {
      const pdf = /^data:application\/pdf;base64,(.*)$/s.exec(part.file.file_data)
      if (!pdf) throw invalid('Anthropic models take files as base64 PDF data: URLs')
      blocks.push({ type: 'document', source: { type: 'base64', media_type: 'application/pdf', data: pdf[1] } })
    } else throw invalid(`Anthropic models do not take "${part.type}" content parts`)
  }
  return blocks
}

function assistantBlocks(message: {
  content?: unknown
  tool_calls?: { id: string; function: { name: string; arguments: string } }[]
}): Block[] {
  const blocks: Block[] = []
  const text = textOf(message.content)
  if (text) blocks.push({ type: 'text', text })
  for (const call of message.tool_calls ?? []) {
    blocks.push({
      type: 'tool_use',
      id: call.id,
      name: call.function.name,
      input: parseArguments(call.function.arguments, call.function.name),
    })
  }
  return blocks
}

function push(turns: Turn[], role: Turn['role'], blocks: Block[]): void {
  if (blocks.length === 0) return
  const last = turns.at(-1)
  if (last?.role === role) last.content.push(...blocks)
  else turns.push({ role, content: blocks })
}

function jsonInstruction(format: ChatRequest['response_format']): string | null {
  if (!format || format.type === 'text') return null
  if (format.type === 'json_schema') {
    const schema = (format as { json_schema: { schema?: unknown } }).json_schema.schema
    return `Respond with only a JSON value that matches this JSON Schema, and nothing else:\n${JSON.stringify(schema ?? {})}`
  }
  return 'Respond with only a valid JSON object, and nothing else.'
}

function toolChoice(req: ChatRequest): Block | undefined {
  const choice = req.tool_choice
  const parallel = req.parallel_tool_calls === false ? { disable_parallel_tool_use: true } : {}
  if (choice === undefined) return req.parallel_tool_calls === false ? { type: 'auto', ...parallel } : undefined
  if (choice === 'none') return { type: 'none' }
  if (choice === 'auto') return { type: 'auto', ...parallel }
  if (choice === 'required') return { type: 'any', ...parallel }
  return { type: 'tool', name: choice.function.name, ...parallel }
}

export function messagesBody(req: ChatRequest, call: UpstreamCall, stream: boolean): string {
  const system: string[] = []
  const turns: Turn[] = []
  for (const message of req.messages) {
    const m = message as { role: string; content?: unknown; tool_call_id?: string }
    if (m.role === 'system' || m.role === 'developer') system.push(textOf(m.content))
    else if (m.role === 'user') push(turns, 'user', userBlocks(m.content))
    else if (m.role === 'assistant') push(turns, 'assistant', assistantBlocks(message as never))
    else if (m.role === 'tool') {
      push(turns, 'user', [{ type: 'tool_result', tool_use_id: m.tool_call_id, content: textOf(m.content) }])
    } else throw invalid(`Anthropic models do not take "${m.role}" messages`)
  }
  const json = jsonInstruction(req.response_format)
  if (json) system.push(json)

  const stop = req.stop == null ? undefined : Array.isArray(req.stop) ? req.stop : [req.stop]
  const body: Record<string, unknown> = {
    model: call.target.upstreamModel,
    max_tokens: req.max_completion_tokens ?? req.max_tokens ?? DEFAULT_MAX_TOKENS,
    messages: turns,
    ...(system.length ? { system: system.join('\n\n') } : {}),
    ...(req.temperature != null ? { temperature: Math.min(req.temperature, 1) } : {}),
    ...(req.top_p != null ? { top_p: req.top_p } : {}),
    ...(stop ? { stop_sequences: stop } : {}),
    ...(req.user ? { metadata: { user_id: req.user } } : {}),
    ...(stream ? { stream: true } : {}),
  }
  if (req.tools?.length && req.tool_choice !== 'none') {
    body.tools = req.tools.map((tool) => ({
      name: tool.function.name,
      ...(tool.function.description ? { description: tool.function.description } : {}),
      input_schema: tool.function.parameters ?? { type: 'object', properties: {} },
    }))
    const choice = toolChoice(req)
    if (choice) body.tool_choice = choice
  }
  return JSON.stringify(body)
}
