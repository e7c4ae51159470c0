// Hub's internal chat answer (Chat Completions' shape) → an OpenAI Response object: reasoning text as a reasoning
// item, the text (or refusal) as one assistant message item, each tool call as a function_call item (after a
// reasoning item whose encrypted_content carries Gemini's thought signature, lib/thought-signature.ts). The envelope
// echoes the request's settings as OpenAI's does, names the model as the client asked for it, and says `store:
// false`: Hub keeps no responses. Streams build the same objects event by event (sse.ts).
import type { ChatResponse, Usage } from '../../providers/types.ts'
import type { ResponsesBody } from '../../schemas/openai-responses.ts'
import { randomHex } from '../random-bytes.ts'
import { carriedSignature } from '../thought-signature.ts'

export type OutputItem = { type: string; id: string } & Record<string, unknown>
export type ResponseStatus = 'in_progress' | 'completed' | 'incomplete' | 'failed'

/** Ids in OpenAI's style: a prefix and 48 hex digits. */
export const itemId = (prefix: string) => `${prefix}_${randomHex(24)}`

export function responsesUsage(usage: Usage | null) {
  if (!usage) return null
  return {
    input_tokens: usage.promptTokens,
    input_tokens_details: { cached_tokens: usage.cachedTokens },
    output_tokens: usage.completionTokens,
    output_tokens_details: { reasoning_tokens: usage.reasoningTokens },
    total_tokens: usage.promptTokens + usage.completionTokens,
  }
}

/** A chat finish_reason → the Response's status and why it is incomplete. */
export function outcomeOf(finish: string | null | undefined): {
  status: ResponseStatus
  incomplete_details: { reason: string } | null
} {
  if (finish === 'length') return { status: 'incomplete', incomplete_details: { reason: 'max_output_tokens' } }
  if (finish === 'content_filter') return { status: 'incomplete', incomplete_details: { reason: 'content_filter' } }
  return { status: 'completed', incomplete_details: null }
}

export interface ResponseEnvelope {
  id: string
  createdAt: number
  body: ResponsesBody
}

export const newEnvelope = (body: ResponsesBody): ResponseEnvelope => ({
  id: itemId('resp'),
  createdAt: Math.floor(Date.now() / 1000),
  body,
})

export function responseObject(
  envelope: ResponseEnvelope,
  fields: {
    status: ResponseStatus
    output: OutputItem[]
    usage: Usage | null
    incomplete_details?: { reason: string } | null
    error?: { code: string; message: string } | null
  },
) {
  const { body } = envelope
  return {
    id: envelope.id,
    object: 'response' as const,
    created_at: envelope.createdAt,
    status: fields.status,
    background: false,
    error: fields.error ?? null,
    incomplete_details: fields.incomplete_details ?? null,
    instructions: body.instructions ?? null,
    max_output_tokens: body.max_output_tokens ?? null,
    metadata: body.metadata ?? {},
    model: body.model,
    output: fields.output,
    parallel_tool_calls: body.parallel_tool_calls ?? true,
    previous_response_id: null,
    reasoning: { effort: body.reasoning?.effort ?? null, summary: null },
    store: false,
    temperature: body.temperature ?? 1,
    text: { format: body.text?.format ?? { type: 'text' } },
    tool_choice: body.tool_choice ?? 'auto',
    tools: body.tools ?? [],
    top_p: body.top_p ?? 1,
    truncation: 'disabled',
    usage: responsesUsage(fields.usage),
    user: body.user ?? null,
  }
}

export const reasoningItem = (id: string, text: string, status = 'completed'): OutputItem => ({
  type: 'reasoning',
  id,
  summary: [],
  content: text ? [{ type: 'reasoning_text', text }] : [],
  status,
})

/** The reasoning item that carries a tool call's Gemini thought signature, if it has one. */
export function signatureItems(call: unknown): OutputItem[] {
  const signature = carriedSignature(call)
  return signature ? [{ ...reasoningItem(itemId('rs'), ''), encrypted_content: signature }] : []
}

export const textPart = (text: string) => ({ type: 'output_text', text, annotations: [], logprobs: [] })
export const refusalPart = (refusal: string) => ({ type: 'refusal', refusal })

export const messageItem = (id: string, content: unknown[], status = 'completed'): OutputItem => ({
  type: 'message',
  id,
  status,
  role: 'assistant',
  content,
})

export const functionCallItem = (
  id: string,
  call: { id: string; name: string; arguments: string },
  status = 'completed',
): OutputItem => ({ type: 'function_call', id, call_id: call.id, name: call.name, arguments: call.arguments, status })

export function chatToResponse(response: ChatResponse, envelope: ResponseEnvelope, usage: Usage | null) {
  const choice = response.choices[0]
  const message = (choice?.message ?? {}) as {
    content?: string | null
    refusal?: string | null
    reasoning_content?: string
    tool_calls?: { id: string; function: { name: string; arguments: string }; extra_content?: unknown }[]
  }
  const output: OutputItem[] = []
  if (message.reasoning_content) output.push(reasoningItem(itemId('rs'), message.reasoning_content))
  const content = [
    ...(message.content ? [textPart(message.content)] : []),
    ...(message.refusal ? [refusalPart(message.refusal)] : []),
  ]
  if (content.length) output.push(messageItem(itemId('msg'), content))
  for (const call of message.tool_calls ?? []) {
    output.push(...signatureItems(call), functionCallItem(itemId('fc'), { id: call.id, ...call.function }))
  }
  return responseObject(envelope, { ...outcomeOf(choice?.finish_reason), output, usage })
}
