// An OpenAI Responses request → Hub's internal chat request (Chat Completions' shape), so every provider serves the
// Responses API. `instructions` become the first system message; input messages keep their roles; function_call
// items become the tool_calls of an assistant turn and function_call_output items `tool` messages; reasoning
// items of earlier turns are the provider's own and are not sent on, except the Gemini thought signature Hub carried
// in one's encrypted_content (lib/thought-signature.ts), which goes back on the function call after it. What needs a stored response (Hub keeps
// none) or a tool only OpenAI runs (web search, file search…) is refused with a 400 that says so.
import type { ChatRequest } from '../../providers/types.ts'
import type { ResponsesBody } from '../../schemas/openai-responses.ts'
import { HubError } from '../errors.ts'
import { signatureExtra } from '../thought-signature.ts'

type Item = { type?: string } & Record<string, unknown>
type Message = Record<string, unknown> & { role: string }

const invalid = (message: string) => new HubError('validation_error', message)

/** A content part of an input message → a Chat Completions part. */
function part(p: Item): Record<string, unknown> {
  switch (p.type) {
    case 'input_text':
    case 'output_text':
    case 'text':
      return { type: 'text', text: String(p.text ?? '') }
    case 'refusal':
      return { type: 'text', text: String(p.refusal ?? '') }
    case 'input_image':
      if (typeof p.image_url !== 'string') throw invalid('input_image parts need an image_url (Hub stores no files)')
      return { type: 'image_url', image_url: { url: p.image_url, ...(p.detail ? { detail: p.detail } : {}) } }
    case 'input_file':
      if (typeof p.file_data !== 'string') throw invalid('input_file parts need file_data (Hub stores no files)')
      return { type: 'file', file: { file_data: p.file_data, ...(p.filename ? { filename: p.filename } : {}) } }
    default:
      throw invalid(`Message content parts of type "${p.type}" are not supported`)
  }
}

function messageOf(item: Item): Message {
  const role = String(item.role ?? 'user')
  if (typeof item.content === 'string') return { role, content: item.content }
  if (!Array.isArray(item.content)) throw invalid('A message item needs content: a string or an array of parts')
  const parts = (item.content as Item[]).map(part)
  // Assistant turns and system prompts carry text only in Chat Completions.
  if (role !== 'user' || parts.every((p) => p.type === 'text')) {
    if (parts.some((p) => p.type !== 'text')) throw invalid(`${role} messages can only hold text`)
    return { role, content: parts.map((p) => p.text).join('') }
  }
  return { role, content: parts }
}

function outputText(output: unknown): string {
  if (typeof output === 'string') return output
  if (Array.isArray(output)) return (output as Item[]).map((p) => String(p.text ?? '')).join('')
  return JSON.stringify(output ?? '')
}

function messagesOf(body: ResponsesBody): Message[] {
  const messages: Message[] = []
  if (body.instructions) messages.push({ role: 'system', content: body.instructions })
  if (typeof body.input === 'string') {
    messages.push({ role: 'user', content: body.input })
    return messages
  }
  let signature: ReturnType<typeof signatureExtra>
  for (const item of body.input as Item[]) {
    const type = item.type ?? (item.role ? 'message' : undefined)
    if (type === 'message') messages.push(messageOf(item))
    else if (type === 'function_call') {
      const call = {
        id: String(item.call_id ?? ''),
        type: 'function',
        function: { name: String(item.name ?? ''), arguments: String(item.arguments ?? '') },
        ...(signature ? { extra_content: signature } : {}),
      }
      signature = undefined
      // Calls made in one turn belong to one assistant message, before their outputs.
      const last = messages.at(-1)
      if (last?.role === 'assistant') last.tool_calls = [...((last.tool_calls as unknown[]) ?? []), call]
      else messages.push({ role: 'assistant', content: null, tool_calls: [call] })
    } else if (type === 'function_call_output') {
      messages.push({ role: 'tool', tool_call_id: String(item.call_id ?? ''), content: outputText(item.output) })
    } else if (type === 'reasoning') {
      signature = signatureExtra(item.encrypted_content) ?? signature
    } else if (type === 'item_reference') {
      throw invalid('Item references need a stored response; Hub keeps none: send the items themselves')
    } else throw invalid(`Input items of type "${type}" are not supported`)
  }
  if (!messages.some((m) => m.role !== 'system')) throw invalid('The input holds no message to answer')
  return messages
}

function tools(body: ResponsesBody): Pick<ChatRequest, 'tools' | 'tool_choice'> {
  const out: Pick<ChatRequest, 'tools' | 'tool_choice'> = {}
  if (body.tools?.length) {
    out.tools = body.tools.map((tool) => {
      if (tool.type !== 'function' || !tool.name) {
        throw invalid(`Tools of type "${tool.type}" are not supported: Hub serves function tools (with a name)`)
      }
      return {
        type: 'function' as const,
        function: {
          name: tool.name,
          ...(tool.description ? { description: tool.description } : {}),
          ...(tool.parameters ? { parameters: tool.parameters } : {}),
          ...(tool.strict !== undefined && tool.strict !== null ? { strict: tool.strict } : {}),
        },
      }
    })
  }
  const choice = body.tool_choice
  if (typeof choice === 'string') out.tool_choice = choice
  else if (choice) {
    if (choice.type !== 'function' || !choice.name) throw invalid('tool_choice names a function: {type, name}')
    out.tool_choice = { type: 'function', function: { name: choice.name } }
  }
  return out
}

function responseFormat(body: ResponsesBody): Pick<ChatRequest, 'response_format'> {
  const format = body.text?.format
  if (!format || format.type === 'text') return {}
  if (format.type === 'json_object') return { response_format: { type: 'json_object' } }
  if (!format.name) throw invalid('A json_schema text format needs a name')
  return {
    response_format: {
      type: 'json_schema',
      json_schema: {
        name: format.name,
        ...(format.schema ? { schema: format.schema } : {}),
        ...(format.description ? { description: format.description } : {}),
        ...(format.strict !== undefined ? { strict: format.strict } : {}),
      },
    },
  }
}

export function responsesToChat(body: ResponsesBody): ChatRequest {
  if (body.previous_response_id) {
    throw invalid('previous_response_id needs a stored response; Hub keeps none: send the whole conversation as input')
  }
  if (body.store === true) throw invalid('Hub keeps no responses: send store: false, or leave it out')
  if (body.background === true) throw invalid('Background responses are not supported')
  const request: Record<string, unknown> = {
    model: body.model,
    messages: messagesOf(body),
    ...tools(body),
    ...responseFormat(body),
    ...(typeof body.parallel_tool_calls === 'boolean' ? { parallel_tool_calls: body.parallel_tool_calls } : {}),
    ...(body.max_output_tokens ? { max_completion_tokens: body.max_output_tokens } : {}),
    ...(typeof body.temperature === 'number' ? { temperature: body.temperature } : {}),
    ...(typeof body.top_p === 'number' ? { top_p: body.top_p } : {}),
    ...(body.reasoning?.effort ? { reasoning_effort: body.reasoning.effort } : {}),
    ...(body.user ? { user: body.user } : {}),
    // Usage is needed for billing and for response.completed.
    ...(body.stream ? { stream: true, stream_options: { include_usage: true } } : {}),
  }
  return request as ChatRequest
}
