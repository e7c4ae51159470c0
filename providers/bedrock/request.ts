// OpenAI Chat Completions request → Bedrock Converse request
// (https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_Converse.html).
// System and developer messages become `system` blocks; tool results become `toolResult` blocks in a user turn;
// consecutive turns of one role are merged (Converse requires alternation); images and documents must be bytes.
// reasoning_effort becomes Claude's extended thinking (thinking.ts).
import { invalid, parseArguments, textOf } from '../translation.ts'
import type { ChatRequest, UpstreamCall } from '../types.ts'
import { converseThinking } from './thinking.ts'

export const DEFAULT_BASE_URL = 'https://bedrock-runtime.us-east-1.amazonaws.com'

type Block = Record<string, unknown>
interface Turn {
  role: 'user' | 'assistant'
  content: Block[]
}

/** The default endpoint is us-east-1's: a credential for another region goes to that region's endpoint. */
export function regionalBaseUrl(baseUrl: string, region: string): string {
  const base = baseUrl.replace(/\/+$/, '')
  return base === DEFAULT_BASE_URL ? `https://bedrock-runtime.${region}.amazonaws.com` : base
}

export function converseUrl(baseUrl: string, upstreamModel: string, stream: boolean): string {
  return `${baseUrl}/model/${encodeURIComponent(upstreamModel)}/${stream ? 'converse-stream' : 'converse'}`
}

/** InvokeModel, for what Converse does not serve (embeddings). */
export const invokeUrl = (baseUrl: string, upstreamModel: string) =>
  `${baseUrl}/model/${encodeURIComponent(upstreamModel)}/invoke`

const IMAGE_FORMATS: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpeg',
  'image/jpg': 'jpeg',
  'image/gif': 'gif',
  'image/webp': 'webp',
}
const DOCUMENT_FORMATS: Record<string, string> = {
  'application/pdf': 'pdf',
  'text/csv': 'csv',
  'text/html': 'html',
  'text/plain': 'txt',
  'text/markdown': 'md',
  'application/msword': 'doc',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.ms-excel': 'xls',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
}

const dataUrl = (url: string) => /^data:([^;,]+);base64,(.*)$/s.exec(url)

function imageBlock(url: string): Block {
  const data = dataUrl(url)
  if (!data) throw invalid('Bedrock models take images as base64 data: URLs, not links (Bedrock needs the bytes)')
  const format = IMAGE_FORMATS[data[1].toLowerCase()]
  if (!format) throw invalid(`Bedrock models take png, jpeg, gif or webp images, not ${data[1]}`)
  return { image: { format, source: { bytes: data[2] } } }
}

// Converse document names allow letters, digits, single spaces, hyphens, parentheses and square brackets.
function documentName(filename: unknown, n: number): string {
  const stem = typeof filename === 'string' ? filename.replace(/\.[^.]*$/, '') : ''
  const name = stem
    .replace(/[^A-Za-z0-9\s()[\]-]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 200)
  return name || `document-${n}`
}

function documentBlock(file: Block, n: number): Block {
  const data = typeof file.file_data === 'string' ? dataUrl(file.file_data) : null
  const format = data ? DOCUMENT_FORMATS[data[1].toLowerCase()] : undefined
  if (!data || !format) throw invalid('Bedrock models take files as base64 data: URLs of PDF, text or Office documents')
  return { document: { format, name: documentName(file.filename, n), source: { bytes: data[2] } } }
}

function userBlocks(content: unknown, documents: { n: number }): Block[] {
  if (typeof content === 'string') return content ? [{ text: content }] : []
  const blocks: Block[] = []
  for (const part of content as { type: string; text?: string; image_url?: { url: string }; file?: Block }[]) {
    if (part.type === 'text') {
      if (part.text) blocks.push({ text: part.text })
    } else if (part.type === 'image_url' && part.image_url) blocks.push(imageBlock(part.image_url.url))
    else if (part.type === 'file' && part.file) blocks.push(documentBlock(part.file, ++documents.n))
    else throw invalid(`Bedrock models do not take "${part.type}" content parts`)
  }
  return blocks
}

function assistantBlocks(message: {
  content?: unknown
  tool_calls?: { id: string; function: { name: string; arguments: string } }[]
}): Block[] {
  const blocks: Block[] = []
  const text = textOf(message.content)
  if (text) blocks.push({ text })
  for (const call of message.tool_calls ?? []) {
    blocks.push({
      toolUse: {
        toolUseId: call.id,
        name: call.function.name,
        input: parseArguments(call.function.arguments, call.function.name),
      },
    })
  }
  return blocks
}

/** A tool's JSON object answer goes as `json`, anything else as text. */
function toolResultBlock(toolUseId: string | undefined, content: unknown): Block {
  const text = textOf(content)
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {}
  const result = json !== null && typeof json === 'object' && !Array.isArray(json) ? { json } : { text }
  return { toolResult: { toolUseId, content: [result] } }
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

function toolChoice(choice: ChatRequest['tool_choice']): Block | undefined {
  if (choice === undefined) return undefined
  if (choice === 'auto') return { auto: {} }
  if (choice === 'required') return { any: {} }
  if (typeof choice === 'object') return { tool: { name: choice.function.name } }
  return undefined
}

/** `maxTokens`: the request's, or what thinking needs when it has none. */
function inferenceConfig(req: ChatRequest, maxTokens: number | undefined): Block | undefined {
  // Converse's range is 0–1 (OpenAI's is 0–2): refused rather than silently clamped.
  if (req.temperature != null && req.temperature > 1) throw invalid('Bedrock models take a temperature from 0 to 1')
  const stop = req.stop == null ? undefined : Array.isArray(req.stop) ? req.stop : [req.stop]
  const config: Block = {
    ...(maxTokens != null ? { maxTokens } : {}),
    ...(req.temperature != null ? { temperature: req.temperature } : {}),
    ...(req.top_p != null ? { topP: req.top_p } : {}),
    ...(stop?.length ? { stopSequences: stop } : {}),
  }
  return Object.keys(config).length ? config : undefined
}

export function converseBody(req: ChatRequest, call: UpstreamCall): string {
  const system: Block[] = []
  const turns: Turn[] = []
  const documents = { n: 0 }
  for (const message of req.messages) {
    const m = message as { role: string; content?: unknown; tool_call_id?: string }
    if (m.role === 'system' || m.role === 'developer') {
      const text = textOf(m.content)
      if (text) system.push({ text })
    } else if (m.role === 'user') push(turns, 'user', userBlocks(m.content, documents))
    else if (m.role === 'assistant') push(turns, 'assistant', assistantBlocks(message as never))
    else if (m.role === 'tool') push(turns, 'user', [toolResultBlock(m.tool_call_id, m.content)])
    else throw invalid(`Bedrock models do not take "${m.role}" messages`)
  }
  const json = jsonInstruction(req.response_format)
  if (json) system.push({ text: json })

  const thinking = converseThinking(req, call)
  const config = inferenceConfig(req, thinking?.maxTokens ?? req.max_completion_tokens ?? req.max_tokens ?? undefined)
  const body: Record<string, unknown> = {
    messages: turns,
    ...(system.length ? { system } : {}),
    ...(config ? { inferenceConfig: config } : {}),
    ...(thinking ? { additionalModelRequestFields: thinking.additionalModelRequestFields } : {}),
  }
  if (req.tools?.length && req.tool_choice !== 'none') {
    const choice = toolChoice(req.tool_choice)
    body.toolConfig = {
      tools: req.tools.map((tool) => ({
        toolSpec: {
          name: tool.function.name,
          ...(tool.function.description ? { description: tool.function.description } : {}),
          inputSchema: { json: tool.function.parameters ?? { type: 'object', properties: {} } },
        },
      })),
      ...(choice ? { toolChoice: choice } : {}),
    }
  }
  return JSON.stringify(body)
}
