// An AIGNE chat invocation ({input: ChatModelInput, options}) as the OpenAI Chat Completions request every
// provider adapter takes. Only what the model sees is mapped; envelope fields (agent, options.userContext,
// input.outputFileType) are client-side concerns and stop here. Prompt-cache hints (parts' and tools'
// `cacheControl`, `modelOptions.cacheConfig`) become Hub's own cache marks (providers/cache-hints.ts): Anthropic
// gets them as cache_control breakpoints, an OpenAI-compatible API never sees them.
import type { Static } from '@sinclair/typebox'
import { type CacheControl, toCacheControl, withCacheHint } from '../../providers/cache-hints.ts'
import { effortForBudget } from '../../providers/reasoning.ts'
import type { ChatRequest } from '../../providers/types.ts'
import type {
  AigneChatInput,
  AigneChatRequest,
  AigneFileContent,
  AigneMessage,
  AigneModelOptions,
  AigneTextContent,
  AigneUrlContent,
} from '../../schemas/aigne.ts'
import { HubError } from '../errors.ts'

export type AigneRequest = Static<typeof AigneChatRequest>
type Input = Static<typeof AigneChatInput>
type Message = Static<typeof AigneMessage>
type Part = Static<typeof AigneTextContent> | Static<typeof AigneFileContent> | Static<typeof AigneUrlContent>
type OpenAIMessage = ChatRequest['messages'][number]
type UserPart = Exclude<Extract<OpenAIMessage, { role: 'user' }>['content'], string>[number]

/**
 * The Hub model id: `input.modelOptions.model`, else the body's `model` (older clients), without `aignehub/`; "" when
 * neither is set, which the registry resolves to the admin's default chat model (as AIGNE Hub does).
 */
export function aigneModelId(body: AigneRequest): string {
  return (body.input.modelOptions?.model ?? body.model ?? '').replace(/^aignehub[/:]/i, '')
}

/** `cacheConfig.autoBreakpoints`: a mark on the last message (what the client always asks), system, tools. */
function autoBreakpoints(req: ChatRequest, config: Static<typeof AigneModelOptions>['cacheConfig']): void {
  if (!config || config.enabled === false) return
  const hint: CacheControl = { type: 'ephemeral', ...(config.ttl ? { ttl: config.ttl } : {}) }
  const auto = config.autoBreakpoints ?? {}
  if (auto.tools) withCacheHint(req.tools?.at(-1) ?? {}, hint)
  if (auto.system) withCacheHint(req.messages.findLast((m) => m.role === 'system') ?? {}, hint)
  if (auto.lastMessage) withCacheHint(req.messages.at(-1) ?? {}, hint)
}

/** A json_schema responseFormat: the answer is returned as `json`, not `text`. */
export const wantsJson = (input: Input): boolean => input.responseFormat?.type === 'json_schema'

export function toOpenAIChat(body: AigneRequest, opts: { stream: boolean }): ChatRequest {
  const { input } = body
  const options = input.modelOptions ?? {}
  const req: ChatRequest = { model: aigneModelId(body), messages: input.messages.map(toMessage) }
  if (opts.stream) {
    req.stream = true
    req.stream_options = { include_usage: true }
  }
  if (options.temperature != null) req.temperature = options.temperature
  if (options.topP != null) req.top_p = options.topP
  if (options.frequencyPenalty != null) req.frequency_penalty = options.frequencyPenalty
  if (options.presencePenalty != null) req.presence_penalty = options.presencePenalty
  const effort = reasoningEffort(options.reasoningEffort)
  if (effort) req.reasoning_effort = effort
  checkModalities(options.modalities)

  if (input.tools?.length) {
    req.tools = input.tools.map((tool) =>
      withCacheHint(
        {
          type: 'function' as const,
          function: {
            name: tool.function.name,
            ...(tool.function.description != null && { description: tool.function.description }),
            parameters: tool.function.parameters,
          },
        },
        toCacheControl(tool.cacheControl),
      ),
    )
    // OpenAI refuses parallel_tool_calls without tools, and the client always sends its default (true).
    if (options.parallelToolCalls != null) req.parallel_tool_calls = options.parallelToolCalls
  }
  const choice = input.toolChoice
  if (choice != null) {
    req.tool_choice =
      typeof choice === 'string' ? choice : { type: 'function', function: { name: choice.function.name } }
  }
  autoBreakpoints(req, options.cacheConfig)
  const format = input.responseFormat
  if (format?.type === 'json_schema') {
    const { name, description, schema, strict } = format.jsonSchema
    req.response_format = {
      type: 'json_schema',
      json_schema: { name, schema, ...(description != null && { description }), ...(strict != null && { strict }) },
    }
  }
  return req
}

/** A number is a thinking budget in tokens (what Anthropic and Gemini take); OpenAI takes a level. */
function reasoningEffort(effort: Static<typeof AigneModelOptions>['reasoningEffort']): string | undefined {
  if (typeof effort === 'string') return effort
  return typeof effort === 'number' ? effortForBudget(effort) : undefined
}

function checkModalities(modalities: readonly string[] | null | undefined): void {
  const other = modalities?.find((m) => m !== 'text')
  if (other) throw new HubError('validation_error', `modelOptions.modalities "${other}" is not supported for chat`)
}

function toMessage(message: Message, i: number): OpenAIMessage {
  const name = message.name != null ? { name: message.name } : {}
  switch (message.role) {
    case 'system':
      return { role: 'system', content: textContent(message, i) ?? '', ...name }
    case 'user':
      return { role: 'user', content: userContent(message, i), ...name }
    case 'agent': {
      const toolCalls = message.toolCalls?.map((call) => ({
        id: call.id,
        type: 'function' as const,
        function: {
          name: call.function.name,
          arguments:
            typeof call.function.arguments === 'string'
              ? call.function.arguments
              : JSON.stringify(call.function.arguments),
        },
      }))
      const content = textContent(message, i)
      return {
        role: 'assistant',
        content: content ?? (toolCalls?.length ? null : ''),
        ...(toolCalls?.length && { tool_calls: toolCalls }),
        ...name,
      }
    }
    case 'tool':
      if (!message.toolCallId) {
        throw new HubError('validation_error', `input.messages[${i}]: a tool message needs toolCallId`)
      }
      return { role: 'tool', tool_call_id: message.toolCallId, content: textContent(message, i) ?? '' }
  }
}

/** Text-only content (system, agent and tool messages): a string, or the text parts. */
function textContent(message: Message, i: number): string | { type: 'text'; text: string }[] | null {
  const content = message.content
  if (content == null || typeof content === 'string') return content ?? null
  return content.map((part, j) => {
    if (part.type !== 'text') {
      throw new HubError(
        'validation_error',
        `input.messages[${i}].content[${j}]: ${message.role} messages take text only, not "${part.type}"`,
      )
    }
    return withCacheHint({ type: 'text' as const, text: part.text }, toCacheControl(part.cacheControl))
  })
}

function userContent(message: Message, i: number): string | UserPart[] {
  const content = message.content
  if (content == null || typeof content === 'string') return content ?? ''
  return content.map((part, j) => userPart(part as Part, `input.messages[${i}].content[${j}]`))
}

/** Files keep their kind: images as image_url, wav/mp3 as input_audio, anything else as an inline file. */
function userPart(part: Part, where: string): UserPart {
  if (part.type === 'text') return withCacheHint({ type: 'text', text: part.text }, toCacheControl(part.cacheControl))
  const mime = part.mimeType?.toLowerCase()
  if (part.type === 'url') {
    if (mime && !mime.startsWith('image/')) {
      throw new HubError('validation_error', `${where}: only images can be sent by URL; send "${mime}" as a file part`)
    }
    return { type: 'image_url', image_url: { url: part.url } }
  }
  // The framework's own OpenAI model treats a file without a type as a PNG image.
  if (!mime || mime.startsWith('image/')) {
    return { type: 'image_url', image_url: { url: `data:${mime ?? 'image/png'};base64,${part.data}` } }
  }
  if (mime === 'audio/wav' || mime === 'audio/x-wav' || mime === 'audio/wave') {
    return { type: 'input_audio', input_audio: { data: part.data, format: 'wav' } }
  }
  if (mime === 'audio/mpeg' || mime === 'audio/mp3') {
    return { type: 'input_audio', input_audio: { data: part.data, format: 'mp3' } }
  }
  return { type: 'file', file: { file_data: `data:${mime};base64,${part.data}`, filename: part.filename ?? 'file' } }
}
