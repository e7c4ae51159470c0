// OpenAI Chat Completions request → Gemini generateContent request
// (https://ai.google.dev/api/generate-content). System and developer messages become `systemInstruction`;
// assistant turns are role `model`, tool calls `functionCall` parts; tool results are `functionResponse` parts in a
// user turn, named after the call they answer (Gemini matches results by name, OpenAI by id); consecutive turns of
// one role are merged. The API key travels in `x-goog-api-key`, never in the URL, so it stays out of access logs.
import { invalid, parseArguments, textOf } from '../translation.ts'
import type { ChatRequest, UpstreamCall } from '../types.ts'

type Part = Record<string, unknown>
interface Content {
  role: 'user' | 'model'
  parts: Part[]
}

export function generateUrl(baseUrl: string, upstreamModel: string, stream: boolean): string {
  // Model ids may be written "models/gemini-…" as in Google's docs; the path already says models/.
  const model = encodeURIComponent(upstreamModel.replace(/^models\//, ''))
  const base = `${baseUrl.replace(/\/+$/, '')}/v1beta/models/${model}`
  return stream ? `${base}:streamGenerateContent?alt=sse` : `${base}:generateContent`
}

export function googleHeaders(call: UpstreamCall, stream: boolean): Record<string, string> {
  const headers: Record<string, string> = { accept: stream ? 'text/event-stream' : 'application/json' }
  if (call.target.credential) headers['x-goog-api-key'] = call.target.credential.apiKey
  return headers
}

const IMAGE_TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  gif: 'image/gif',
  heic: 'image/heic',
  heif: 'image/heif',
}

/** Gemini wants a MIME type with every file URI; the URL's extension is all we know without fetching it. */
export function guessImageType(url: string): string {
  let path = url
  try {
    path = new URL(url).pathname
  } catch {}
  const ext = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase()
  return (ext && IMAGE_TYPES[ext]) || 'image/jpeg'
}

function dataPart(url: string): Part | null {
  const data = /^data:([^;,]+);base64,(.*)$/s.exec(url)
  return data ? { inlineData: { mimeType: data[1], data: data[2] } } : null
}

function imagePart(url: string): Part {
  const inline = dataPart(url)
  if (inline) return inline
  if (/^https?:\/\//.test(url)) return { fileData: { fileUri: url, mimeType: guessImageType(url) } }
  throw invalid('image_url.url must be an http(s) URL or a base64 data: URL')
}

function userParts(content: unknown): Part[] {
  if (typeof content === 'string') return [{ text: content }]
  const parts: Part[] = []
  for (const part of content as {
    type: string
    text?: string
    image_url?: { url: string }
    input_audio?: { data: string; format: string }
    file?: Part
  }[]) {
    if (part.type === 'text') parts.push({ text: part.text ?? '' })
    else if (part.type === 'image_url' && part.image_url) parts.push(imagePart(part.image_url.url))
    else if (part.type === 'input_audio' && part.input_audio) {
      parts.push({ inlineData: { mimeType: `audio/${part.input_audio.format}`, data: part.input_audio.data } })
    } else if (part.type === 'file' && typeof part.file?.file_data === 'string') {
      const inline = dataPart(part.file.file_data)
      if (!inline) throw invalid('Gemini models take files as base64 data: URLs')
      parts.push(inline)
    } else throw invalid(`Gemini models do not take "${part.type}" content parts`)
  }
  return parts
}

interface AssistantMessage {
  content?: unknown
  tool_calls?: {
    id: string
    function: { name: string; arguments: string }
    extra_content?: { google?: { thought_signature?: unknown } }
  }[]
}

function modelParts(message: AssistantMessage, callNames: Map<string, string>): Part[] {
  const parts: Part[] = []
  const text = textOf(message.content)
  if (text) parts.push({ text })
  for (const call of message.tool_calls ?? []) {
    callNames.set(call.id, call.function.name)
    // The signature Gemini gave this call (response.ts), back where Gemini expects it.
    const signature = call.extra_content?.google?.thought_signature
    parts.push({
      functionCall: { name: call.function.name, args: parseArguments(call.function.arguments, call.function.name) },
      ...(typeof signature === 'string' && signature ? { thoughtSignature: signature } : {}),
    })
  }
  return parts
}

function functionResponse(message: { content?: unknown; tool_call_id?: string }, callNames: Map<string, string>) {
  const name = message.tool_call_id ? callNames.get(message.tool_call_id) : undefined
  if (!name) throw invalid(`tool message "${message.tool_call_id}" answers no earlier assistant tool call`)
  const content = textOf(message.content)
  let response: unknown
  try {
    response = JSON.parse(content)
  } catch {}
  // Gemini's `response` is a JSON object (a Struct); anything else is wrapped.
  if (typeof response !== 'object' || response === null || Array.isArray(response)) response = { result: content }
  return { functionResponse: { name, response } }
}

function push(contents: Content[], role: Content['role'], parts: Part[]): void {
  if (parts.length === 0) return
  const last = contents.at(-1)
  if (last?.role === role) last.parts.push(...parts)
  else contents.push({ role, parts })
}

function toolConfig(choice: ChatRequest['tool_choice']): Part | undefined {
  if (choice === undefined) return undefined
  if (choice === 'none') return { functionCallingConfig: { mode: 'NONE' } }
  if (choice === 'auto') return { functionCallingConfig: { mode: 'AUTO' } }
  if (choice === 'required') return { functionCallingConfig: { mode: 'ANY' } }
  return { functionCallingConfig: { mode: 'ANY', allowedFunctionNames: [choice.function.name] } }
}

/** Gemini refuses an OBJECT schema with no properties ("should be non-empty"): a function without arguments. */
function hasParameters(parameters: Record<string, unknown> | undefined): parameters is Record<string, unknown> {
  if (!parameters) return false
  const properties = parameters.properties as Record<string, unknown> | undefined
  return !(parameters.type === 'object' && (!properties || Object.keys(properties).length === 0))
}

function generationConfig(req: ChatRequest): Part | undefined {
  const config: Part = {}
  const maxTokens = req.max_completion_tokens ?? req.max_tokens
  const stop = req.stop == null ? undefined : Array.isArray(req.stop) ? req.stop : [req.stop]
  if (req.temperature != null) config.temperature = req.temperature
  if (req.top_p != null) config.topP = req.top_p
  if (maxTokens != null) config.maxOutputTokens = maxTokens
  if (stop) config.stopSequences = stop
  if (req.n != null) config.candidateCount = req.n
  if (req.seed != null) config.seed = req.seed
  if (req.presence_penalty != null) config.presencePenalty = req.presence_penalty
  if (req.frequency_penalty != null) config.frequencyPenalty = req.frequency_penalty
  const format = req.response_format
  if (format?.type === 'json_object') config.responseMimeType = 'application/json'
  else if (format?.type === 'json_schema') {
    config.responseMimeType = 'application/json'
    const schema = (format as { json_schema: { schema?: unknown } }).json_schema.schema
    // responseJsonSchema takes JSON Schema as clients write it; responseSchema is an OpenAPI subset that refuses
    // $schema, additionalProperties, $ref/$defs, const… which zod and pydantic schemas always carry.
    if (schema) config.responseJsonSchema = schema
  }
  return Object.keys(config).length ? config : undefined
}

export function generateBody(req: ChatRequest): string {
  const system: Part[] = []
  const contents: Content[] = []
  // tool_call_id → function name, from the assistant turns seen so far.
  const callNames = new Map<string, string>()
  for (const message of req.messages) {
    const m = message as { role: string; content?: unknown; tool_call_id?: string }
    if (m.role === 'system' || m.role === 'developer') {
      const text = textOf(m.content)
      if (text) system.push({ text })
    } else if (m.role === 'user') push(contents, 'user', userParts(m.content))
    else if (m.role === 'assistant') push(contents, 'model', modelParts(message as AssistantMessage, callNames))
    else if (m.role === 'tool') push(contents, 'user', [functionResponse(m, callNames)])
    else throw invalid(`Gemini models do not take "${m.role}" messages`)
  }

  const body: Record<string, unknown> = {
    contents,
    ...(system.length ? { systemInstruction: { parts: system } } : {}),
  }
  if (req.tools?.length) {
    body.tools = [
      {
        functionDeclarations: req.tools.map((tool) => ({
          name: tool.function.name,
          ...(tool.function.description ? { description: tool.function.description } : {}),
          // parametersJsonSchema takes full JSON Schema (`parameters` is the OpenAPI subset, see responseJsonSchema).
          ...(hasParameters(tool.function.parameters) ? { parametersJsonSchema: tool.function.parameters } : {}),
        })),
      },
    ]
    const config = toolConfig(req.tool_choice)
    if (config) body.toolConfig = config
  }
  const generation = generationConfig(req)
  if (generation) body.generationConfig = generation
  return JSON.stringify(body)
}
