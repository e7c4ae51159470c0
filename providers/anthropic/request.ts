// OpenAI Chat Completions request → Anthropic Messages request (https://docs.anthropic.com/en/api/messages).
// System and developer messages become `system`; tool results become `tool_result` blocks in a user turn;
// consecutive turns of one role are merged (Anthropic requires alternation); images go as URL or base64 sources.
// Prompt-cache marks (cache-hints.ts) on parts, messages and tools become `cache_control` on their blocks; the
// system prompt stays one string unless a mark needs its blocks.
import { type CacheControl, cacheControlOf } from '../cache-hints.ts'
import { invalid, parseArguments, textOf } from '../translation.ts'
import type { ChatRequest, UpstreamCall } from '../types.ts'
import { thinkingFor } from './thinking.ts'

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

/** A cache mark on a block (the last one, for a mark on a whole message). */
function mark(block: Block | undefined, hint: CacheControl | undefined): void {
  if (block && hint) block.cache_control = hint
}

function userBlock(part: { type: string; text?: string; image_url?: { url: string }; file?: Block }): Block {
  if (part.type === 'text') return { type: 'text', text: part.text ?? '' }
  if (part.type === 'image_url' && part.image_url) return imageBlock(part.image_url.url)
  if (part.type === 'file' && typeof part.file?.file_data === 'string') {
    const pdf = /^data:application\/pdf;base64,(.*)$/s.exec(part.file.file_data)
    if (!pdf) throw invalid('Anthropic models take files as base64 PDF data: URLs')
    return { type: 'document', source: { type: 'base64', media_type: 'application/pdf', data: pdf[1] } }
  }
  throw invalid(`Anthropic models do not take "${part.type}" content parts`)
}

/** Text (system) or user content as blocks, each part's cache mark kept. */
function contentBlocks(content: unknown, toBlock: (part: never) => Block): Block[] {
  if (typeof content === 'string') return [{ type: 'text', text: content }]
  return (content as object[]).map((part) => {
    const block = toBlock(part as never)
    mark(block, cacheControlOf(part))
    return block
  })
}

const textBlock = (part: { text?: string }): Block => ({ type: 'text', text: part.text ?? '' })

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
  // Anthropic's range is 0–1 (OpenAI's is 0–2): refused rather than silently clamped.
  if (req.temperature != null && req.temperature > 1) throw invalid('Anthropic models take a temperature from 0 to 1')
  const system: Block[] = []
  // The system prompt as one string (each message's text), unless a cache mark needs the blocks.
  const systemText: string[] = []
  const turns: Turn[] = []
  for (const message of req.messages) {
    const m = message as { role: string; content?: unknown; tool_call_id?: string }
    const hint = cacheControlOf(message)
    let blocks: Block[]
    if (m.role === 'system' || m.role === 'developer') {
      blocks = contentBlocks(m.content ?? '', textBlock)
      system.push(...blocks)
      systemText.push(textOf(m.content))
    } else if (m.role === 'user') {
      blocks = contentBlocks(m.content, userBlock)
      push(turns, 'user', blocks)
    } else if (m.role === 'assistant') {
      blocks = assistantBlocks(message as never)
      push(turns, 'assistant', blocks)
    } else if (m.role === 'tool') {
      blocks = [{ type: 'tool_result', tool_use_id: m.tool_call_id, content: textOf(m.content) }]
      push(turns, 'user', blocks)
    } else throw invalid(`Anthropic models do not take "${m.role}" messages`)
    mark(blocks.at(-1), hint)
  }
  const json = jsonInstruction(req.response_format)
  if (json) {
    system.push({ type: 'text', text: json })
    systemText.push(json)
  }
  const systemValue = system.some((b) => b.cache_control)
    ? system.filter((b) => b.text !== '')
    : systemText.join('\n\n')

  const stop = req.stop == null ? undefined : Array.isArray(req.stop) ? req.stop : [req.stop]
  const { thinking, max_tokens } = thinkingFor(req, call, DEFAULT_MAX_TOKENS)
  const body: Record<string, unknown> = {
    model: call.target.upstreamModel,
    max_tokens,
    ...(thinking ? { thinking } : {}),
    messages: turns,
    ...(system.length ? { system: systemValue } : {}),
    ...(req.temperature != null ? { temperature: req.temperature } : {}),
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
      ...(cacheControlOf(tool) ? { cache_control: cacheControlOf(tool) } : {}),
    }))
    const choice = toolChoice(req)
    if (choice) body.tool_choice = choice
  }
  return JSON.stringify(body)
}
