// An OpenAI chat.completion as the AIGNE ChatModelOutput the official client validates (@aigne/core
// chatModelOutputSchema): `text`, `thoughts`, `json`, `toolCalls` with object arguments, `usage` as
// {inputTokens, outputTokens}. Shared pieces are used by the stream encoder too (lib/aigne-sse.ts).
import { randomUUID } from 'node:crypto'
import type { Static } from '@sinclair/typebox'
import type { ChatResponse } from '../../providers/types.ts'
import type { AigneChatOutput, AigneToolCall, AigneUsage } from '../../schemas/aigne.ts'
import type { UsageEntry } from '../usage/insert.ts'

export type AigneOutput = Static<typeof AigneChatOutput>
type ToolCall = Static<typeof AigneToolCall>

/** What the encoders need besides the upstream answer. */
export interface AigneAnswerContext {
  /** The Hub model id, "provider/model". */
  modelWithProvider: string
  /** A json_schema responseFormat: the text is parsed and returned as `json`. */
  jsonMode: boolean
  /** The call's usage record once it is metered, so the client is told exactly what was billed. */
  billed(): UsageEntry | null
}

/** The usage record in AIGNE's names, with its cost in USD as AIGNE Hub's credits. */
export function toAigneUsage(record: UsageEntry): Static<typeof AigneUsage> {
  return {
    inputTokens: record.promptTokens,
    outputTokens: record.completionTokens,
    ...(record.cachedTokens ? { cacheReadInputTokens: record.cachedTokens } : {}),
    ...(record.cacheWriteTokens ? { cacheCreationInputTokens: record.cacheWriteTokens } : {}),
    aigneHubCredits: Number(record.cost),
    creditPrefix: '$',
  }
}

/** The client wants arguments as an object; text that is not a JSON object is left for it to reject. */
export function toolCall(id: string | undefined, name: string, args: string): ToolCall {
  return { id: id || `call_${randomUUID()}`, type: 'function', function: { name, arguments: parseArguments(args) } }
}

function parseArguments(args: string): Record<string, unknown> | string {
  if (args.trim() === '') return {}
  try {
    const value: unknown = JSON.parse(args)
    return isObject(value) ? value : args
  } catch {
    return args
  }
}

/** The answer's text, or with json mode the object it parses to (kept as text when it is not one). */
export function textOrJson(text: string, jsonMode: boolean): { text: string } | { json: Record<string, unknown> } {
  if (jsonMode) {
    try {
      const value: unknown = JSON.parse(text)
      if (isObject(value)) return { json: value }
    } catch {
      // not JSON: the client validates the output against the schema and decides
    }
  }
  return { text }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

export function toAigneOutput(response: ChatResponse, ctx: AigneAnswerContext): AigneOutput {
  const message = response.choices.find((c) => c.index === 0)?.message ?? response.choices[0]?.message
  const output: AigneOutput = { model: response.model, modelWithProvider: ctx.modelWithProvider }
  if (message?.reasoning_content) output.thoughts = message.reasoning_content
  const calls = message?.tool_calls ?? []
  if (calls.length) {
    output.toolCalls = calls.map((c) => toolCall(c.id, c.function.name, c.function.arguments))
  }
  // With tool calls, json mode does not apply: the client validates only a final answer against the schema.
  if (message?.content) Object.assign(output, textOrJson(message.content, ctx.jsonMode && !calls.length))
  if (message?.refusal) output.refusal = message.refusal
  const record = ctx.billed()
  if (record) output.usage = toAigneUsage(record)
  return output
}
