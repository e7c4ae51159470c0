// OpenAI's Chat Completions wire format (the "Create chat completion" reference), in TypeBox. Used for request
// validation and for the OpenAPI document. Every object stays open (additionalProperties: true): clients send
// provider-specific fields that must reach the provider unchanged. Ranges are OpenAI's own, never stricter.
import { type TSchema, Type } from '@sinclair/typebox'

const open = { additionalProperties: true }
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()])
const Opt = <T extends TSchema>(schema: T) => Type.Optional(Nullable(schema))

export const TextPart = Type.Object(
  { type: Type.Literal('text'), text: Type.String() },
  { ...open, $id: 'ChatCompletionContentPartText' },
)

export const ImagePart = Type.Object(
  {
    type: Type.Literal('image_url'),
    image_url: Type.Object(
      {
        url: Type.String({ description: 'An http(s) URL or a data: URL with base64 image data' }),
        detail: Type.Optional(Type.Union([Type.Literal('auto'), Type.Literal('low'), Type.Literal('high')])),
      },
      open,
    ),
  },
  { ...open, $id: 'ChatCompletionContentPartImage' },
)

export const AudioPart = Type.Object(
  {
    type: Type.Literal('input_audio'),
    input_audio: Type.Object(
      { data: Type.String(), format: Type.Union([Type.Literal('wav'), Type.Literal('mp3')]) },
      open,
    ),
  },
  { ...open, $id: 'ChatCompletionContentPartInputAudio' },
)

export const FilePart = Type.Object(
  {
    type: Type.Literal('file'),
    file: Type.Object(
      {
        file_data: Type.Optional(Type.String()),
        file_id: Type.Optional(Type.String()),
        filename: Type.Optional(Type.String()),
      },
      open,
    ),
  },
  { ...open, $id: 'ChatCompletionContentPartFile' },
)

const RefusalPart = Type.Object({ type: Type.Literal('refusal'), refusal: Type.String() }, open)

const TextContent = Type.Union([Type.String(), Type.Array(Type.Ref(TextPart))])

export const MessageToolCall = Type.Object(
  {
    id: Type.String(),
    type: Type.Literal('function'),
    function: Type.Object(
      { name: Type.String(), arguments: Type.String({ description: 'JSON-encoded arguments' }) },
      open,
    ),
  },
  { ...open, $id: 'ChatCompletionMessageToolCall' },
)

const Name = Type.Optional(Type.String())

export const DeveloperMessage = Type.Object(
  { role: Type.Literal('developer'), content: TextContent, name: Name },
  { ...open, $id: 'ChatCompletionDeveloperMessage' },
)
export const SystemMessage = Type.Object(
  { role: Type.Literal('system'), content: TextContent, name: Name },
  { ...open, $id: 'ChatCompletionSystemMessage' },
)
export const UserMessage = Type.Object(
  {
    role: Type.Literal('user'),
    content: Type.Union([
      Type.String(),
      Type.Array(Type.Union([Type.Ref(TextPart), Type.Ref(ImagePart), Type.Ref(AudioPart), Type.Ref(FilePart)]), {
        minItems: 1,
      }),
    ]),
    name: Name,
  },
  { ...open, $id: 'ChatCompletionUserMessage' },
)
export const AssistantMessage = Type.Object(
  {
    role: Type.Literal('assistant'),
    content: Opt(Type.Union([Type.String(), Type.Array(Type.Union([Type.Ref(TextPart), RefusalPart]))])),
    refusal: Opt(Type.String()),
    name: Name,
    tool_calls: Type.Optional(Type.Array(Type.Ref(MessageToolCall))),
    function_call: Opt(Type.Object({ name: Type.String(), arguments: Type.String() }, open)),
    audio: Opt(Type.Object({ id: Type.String() }, open)),
  },
  { ...open, $id: 'ChatCompletionAssistantMessage' },
)
export const ToolMessage = Type.Object(
  { role: Type.Literal('tool'), content: TextContent, tool_call_id: Type.String() },
  { ...open, $id: 'ChatCompletionToolMessage' },
)
export const FunctionMessage = Type.Object(
  { role: Type.Literal('function'), content: Nullable(Type.String()), name: Type.String() },
  { ...open, $id: 'ChatCompletionFunctionMessage', deprecated: true },
)

export const Message = Type.Union(
  [
    Type.Ref(DeveloperMessage),
    Type.Ref(SystemMessage),
    Type.Ref(UserMessage),
    Type.Ref(AssistantMessage),
    Type.Ref(ToolMessage),
    Type.Ref(FunctionMessage),
  ],
  { $id: 'ChatCompletionMessageParam' },
)

const FunctionDefinition = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 64 }),
    description: Type.Optional(Type.String()),
    parameters: Type.Optional(Type.Object({}, { additionalProperties: true, description: 'A JSON Schema object' })),
    strict: Opt(Type.Boolean()),
  },
  open,
)

export const Tool = Type.Object(
  { type: Type.Literal('function'), function: FunctionDefinition },
  { ...open, $id: 'ChatCompletionTool' },
)

export const ToolChoice = Type.Union(
  [
    Type.Literal('none'),
    Type.Literal('auto'),
    Type.Literal('required'),
    Type.Object({ type: Type.Literal('function'), function: Type.Object({ name: Type.String() }, open) }, open),
  ],
  { $id: 'ChatCompletionToolChoiceOption' },
)

export const ResponseFormat = Type.Union(
  [
    Type.Object({ type: Type.Literal('text') }, open),
    Type.Object({ type: Type.Literal('json_object') }, open),
    Type.Object(
      {
        type: Type.Literal('json_schema'),
        json_schema: Type.Object(
          {
            name: Type.String({ minLength: 1, maxLength: 64 }),
            description: Type.Optional(Type.String()),
            schema: Type.Optional(Type.Object({}, { additionalProperties: true })),
            strict: Opt(Type.Boolean()),
          },
          open,
        ),
      },
      open,
    ),
  ],
  { $id: 'ChatCompletionResponseFormat' },
)

export const ChatCompletionRequest = Type.Object(
  {
    model: Type.String({ minLength: 1, description: 'A Hub model id: "provider/model", e.g. "openai/gpt-4o-mini"' }),
    messages: Type.Array(Type.Ref(Message), { minItems: 1 }),
    stream: Opt(Type.Boolean()),
    stream_options: Opt(Type.Object({ include_usage: Type.Optional(Type.Boolean()) }, open)),
    tools: Type.Optional(Type.Array(Type.Ref(Tool))),
    tool_choice: Type.Optional(Type.Ref(ToolChoice)),
    parallel_tool_calls: Opt(Type.Boolean()),
    response_format: Type.Optional(Type.Ref(ResponseFormat)),
    max_tokens: Opt(Type.Integer({ minimum: 1, deprecated: true })),
    max_completion_tokens: Opt(Type.Integer({ minimum: 1 })),
    temperature: Opt(Type.Number({ minimum: 0, maximum: 2 })),
    top_p: Opt(Type.Number({ minimum: 0, maximum: 1 })),
    n: Opt(Type.Integer({ minimum: 1, maximum: 128 })),
    stop: Opt(Type.Union([Type.String(), Type.Array(Type.String(), { maxItems: 4 })])),
    seed: Opt(Type.Integer()),
    user: Type.Optional(Type.String()),
    presence_penalty: Opt(Type.Number({ minimum: -2, maximum: 2 })),
    frequency_penalty: Opt(Type.Number({ minimum: -2, maximum: 2 })),
    logit_bias: Opt(Type.Record(Type.String(), Type.Number({ minimum: -100, maximum: 100 }))),
    logprobs: Opt(Type.Boolean()),
    top_logprobs: Opt(Type.Integer({ minimum: 0, maximum: 20 })),
    modalities: Opt(Type.Array(Type.Union([Type.Literal('text'), Type.Literal('audio')]))),
    audio: Opt(Type.Object({ voice: Type.String(), format: Type.String() }, open)),
    reasoning_effort: Opt(Type.String({ description: 'minimal, low, medium or high' })),
    metadata: Opt(Type.Record(Type.String(), Type.String())),
    store: Opt(Type.Boolean()),
    service_tier: Opt(Type.String()),
    prediction: Opt(Type.Object({ type: Type.Literal('content') }, open)),
    web_search_options: Type.Optional(Type.Object({}, open)),
    functions: Type.Optional(Type.Array(FunctionDefinition, { deprecated: true })),
    function_call: Type.Optional(
      Type.Union([Type.Literal('none'), Type.Literal('auto'), Type.Object({ name: Type.String() }, open)], {
        deprecated: true,
      }),
    ),
  },
  { ...open, $id: 'ChatCompletionRequest' },
)

export const CompletionUsage = Type.Object(
  {
    prompt_tokens: Type.Integer(),
    completion_tokens: Type.Integer(),
    total_tokens: Type.Integer(),
    prompt_tokens_details: Opt(
      Type.Object({ cached_tokens: Type.Optional(Type.Integer()), audio_tokens: Type.Optional(Type.Integer()) }, open),
    ),
    completion_tokens_details: Opt(
      Type.Object(
        {
          reasoning_tokens: Type.Optional(Type.Integer()),
          audio_tokens: Type.Optional(Type.Integer()),
          accepted_prediction_tokens: Type.Optional(Type.Integer()),
          rejected_prediction_tokens: Type.Optional(Type.Integer()),
        },
        open,
      ),
    ),
  },
  { ...open, $id: 'CompletionUsage' },
)

const FinishReason = Nullable(Type.String({ description: 'stop, length, tool_calls, content_filter or function_call' }))

export const ChatCompletion = Type.Object(
  {
    id: Type.String(),
    object: Type.Literal('chat.completion'),
    created: Type.Integer(),
    model: Type.String(),
    choices: Type.Array(
      Type.Object(
        {
          index: Type.Integer(),
          message: Type.Object(
            {
              role: Type.Literal('assistant'),
              content: Nullable(Type.String()),
              refusal: Opt(Type.String()),
              tool_calls: Type.Optional(Type.Array(Type.Ref(MessageToolCall))),
              reasoning_content: Opt(Type.String({ description: 'DeepSeek and others: the reasoning text' })),
            },
            open,
          ),
          finish_reason: FinishReason,
          logprobs: Opt(Type.Object({}, open)),
        },
        open,
      ),
    ),
    usage: Type.Optional(Type.Ref(CompletionUsage)),
    system_fingerprint: Opt(Type.String()),
    service_tier: Opt(Type.String()),
  },
  { ...open, $id: 'ChatCompletion' },
)

export const ChunkToolCall = Type.Object(
  {
    index: Type.Integer(),
    id: Type.Optional(Type.String()),
    type: Type.Optional(Type.Literal('function')),
    function: Type.Optional(
      Type.Object({ name: Type.Optional(Type.String()), arguments: Type.Optional(Type.String()) }, open),
    ),
  },
  { ...open, $id: 'ChatCompletionChunkToolCall' },
)

export const ChatCompletionChunk = Type.Object(
  {
    id: Type.String(),
    object: Type.Literal('chat.completion.chunk'),
    created: Type.Integer(),
    model: Type.String(),
    choices: Type.Array(
      Type.Object(
        {
          index: Type.Integer(),
          delta: Type.Object(
            {
              role: Type.Optional(Type.String()),
              content: Opt(Type.String()),
              refusal: Opt(Type.String()),
              reasoning_content: Opt(Type.String()),
              tool_calls: Type.Optional(Type.Array(Type.Ref(ChunkToolCall))),
            },
            open,
          ),
          finish_reason: FinishReason,
          logprobs: Opt(Type.Object({}, open)),
        },
        open,
      ),
    ),
    usage: Opt(Type.Ref(CompletionUsage)),
    system_fingerprint: Opt(Type.String()),
    service_tier: Opt(Type.String()),
  },
  { ...open, $id: 'ChatCompletionChunk' },
)

export const openAIChatSchemas: TSchema[] = [
  TextPart,
  ImagePart,
  AudioPart,
  FilePart,
  MessageToolCall,
  DeveloperMessage,
  SystemMessage,
  UserMessage,
  AssistantMessage,
  ToolMessage,
  FunctionMessage,
  Message,
  Tool,
  ToolChoice,
  ResponseFormat,
  ChatCompletionRequest,
  CompletionUsage,
  ChatCompletion,
  ChunkToolCall,
  ChatCompletionChunk,
]
