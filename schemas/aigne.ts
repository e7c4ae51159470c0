// The AIGNE framework's invoke protocol for chat models, as the official `@aigne/aigne-hub` client speaks it
// (`@aigne/core` agents/chat-model.js, `@aigne/transport` BaseClient; /work/shared/spec/aigne-client-wire.md).
// Every object stays open: the client sends envelope fields Hub does not use (agent, options.userContext,
// options.memories, input.outputFileType, modelOptions.cacheConfig), and a closed schema would refuse them.
import { type TSchema, Type } from '@sinclair/typebox'

const open = { additionalProperties: true }
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()])
const Opt = <T extends TSchema>(schema: T) => Type.Optional(Nullable(schema))

const CacheControl = Type.Object(
  {
    type: Type.Literal('ephemeral'),
    ttl: Opt(Type.Union([Type.Literal('5m'), Type.Literal('1h')])),
  },
  { ...open, description: 'A prompt-caching hint; providers that cache automatically ignore it' },
)

const fileFields = {
  mimeType: Opt(Type.String()),
  filename: Opt(Type.String()),
}

export const AigneTextContent = Type.Object(
  { type: Type.Literal('text'), text: Type.String(), cacheControl: Opt(CacheControl) },
  { ...open, $id: 'AigneTextContent' },
)

export const AigneFileContent = Type.Object(
  { type: Type.Literal('file'), data: Type.String({ description: 'Base64 file content' }), ...fileFields },
  { ...open, $id: 'AigneFileContent' },
)

export const AigneUrlContent = Type.Object(
  { type: Type.Literal('url'), url: Type.String(), ...fileFields },
  { ...open, $id: 'AigneUrlContent' },
)

export const AigneToolCall = Type.Object(
  {
    id: Type.String(),
    type: Type.Literal('function'),
    function: Type.Object(
      {
        name: Type.String(),
        arguments: Type.Union([Type.Object({}, open), Type.String()], {
          description: 'A JSON object; a string only when the model produced arguments that are not JSON',
        }),
      },
      open,
    ),
    metadata: Opt(Type.Object({}, open)),
  },
  { ...open, $id: 'AigneToolCall' },
)

export const AigneMessage = Type.Object(
  {
    role: Type.Union([Type.Literal('system'), Type.Literal('user'), Type.Literal('agent'), Type.Literal('tool')], {
      description: '"agent" is the assistant',
    }),
    content: Opt(
      Type.Union([
        Type.String(),
        Type.Array(Type.Union([Type.Ref(AigneTextContent), Type.Ref(AigneFileContent), Type.Ref(AigneUrlContent)])),
      ]),
    ),
    toolCalls: Opt(Type.Array(Type.Ref(AigneToolCall), { description: 'On agent messages' })),
    toolCallId: Opt(Type.String({ description: 'On tool messages' })),
    name: Opt(Type.String()),
    cacheControl: Opt(CacheControl),
  },
  { ...open, $id: 'AigneMessage' },
)

export const AigneTool = Type.Object(
  {
    type: Type.Literal('function'),
    function: Type.Object(
      {
        name: Type.String({ minLength: 1 }),
        description: Opt(Type.String()),
        parameters: Type.Object({}, { ...open, description: 'A JSON Schema object' }),
      },
      open,
    ),
    metadata: Opt(Type.Object({}, open)),
    cacheControl: Opt(CacheControl),
  },
  { ...open, $id: 'AigneTool' },
)

export const AigneModelOptions = Type.Object(
  {
    model: Opt(Type.String({ description: 'A Hub model id, "provider/model"; an "aignehub/" prefix is ignored' })),
    temperature: Opt(Type.Number({ minimum: 0, maximum: 2 })),
    topP: Opt(Type.Number({ minimum: 0, maximum: 1 })),
    frequencyPenalty: Opt(Type.Number({ minimum: -2, maximum: 2 })),
    presencePenalty: Opt(Type.Number({ minimum: -2, maximum: 2 })),
    parallelToolCalls: Opt(Type.Boolean()),
    modalities: Opt(Type.Array(Type.String())),
    reasoningEffort: Opt(
      Type.Union([Type.Number({ description: 'A thinking budget in tokens' }), Type.String()], {
        description: 'minimal, low, medium, high, or a token budget',
      }),
    ),
    cacheConfig: Opt(
      Type.Object(
        {
          enabled: Opt(Type.Boolean()),
          ttl: Opt(Type.Union([Type.Literal('5m'), Type.Literal('1h')])),
          autoBreakpoints: Opt(
            Type.Object(
              { lastMessage: Opt(Type.Boolean()), system: Opt(Type.Boolean()), tools: Opt(Type.Boolean()) },
              open,
            ),
          ),
        },
        {
          ...open,
          description:
            'Prompt-cache breakpoints for providers that take them (Anthropic): the client sends {autoBreakpoints: {lastMessage: true}}',
        },
      ),
    ),
  },
  { ...open, $id: 'AigneModelOptions' },
)

export const AigneChatInput = Type.Object(
  {
    messages: Type.Array(Type.Ref(AigneMessage), { minItems: 1 }),
    tools: Opt(Type.Array(Type.Ref(AigneTool))),
    toolChoice: Opt(
      Type.Union([Type.Literal('auto'), Type.Literal('none'), Type.Literal('required'), Type.Ref(AigneTool)], {
        description: 'A mode, or the whole tool object to force',
      }),
    ),
    responseFormat: Opt(
      Type.Union([
        Type.Object({ type: Type.Literal('text') }, open),
        Type.Object(
          {
            type: Type.Literal('json_schema'),
            jsonSchema: Type.Object(
              {
                name: Type.String({ minLength: 1 }),
                description: Opt(Type.String()),
                schema: Type.Object({}, open),
                strict: Opt(Type.Boolean()),
              },
              open,
            ),
          },
          open,
        ),
      ]),
    ),
    modelOptions: Opt(Type.Ref(AigneModelOptions)),
  },
  { ...open, $id: 'AigneChatInput' },
)

export const AigneChatRequest = Type.Object(
  {
    input: Type.Ref(AigneChatInput),
    agent: Opt(Type.String({ description: 'Always "$CHAT_MODEL"; ignored' })),
    options: Opt(
      Type.Object(
        {
          streaming: Opt(Type.Boolean({ description: 'true: answer with AIGNE SSE frames; absent means false' })),
          returnProgressChunks: Opt(Type.Boolean()),
        },
        open,
      ),
    ),
    model: Opt(Type.String({ description: 'Older clients: the model, when input.modelOptions.model is absent' })),
  },
  { ...open, $id: 'AigneChatRequest' },
)

export const AigneUsage = Type.Object(
  {
    inputTokens: Type.Integer({
      description: 'Every input token, cache reads and writes included (as OpenAI counts prompt_tokens)',
    }),
    outputTokens: Type.Integer(),
    cacheReadInputTokens: Type.Optional(Type.Integer({ description: 'Of inputTokens: read from the prompt cache' })),
    cacheCreationInputTokens: Type.Optional(
      Type.Integer({ description: 'Of inputTokens: written to the prompt cache' }),
    ),
    aigneHubCredits: Type.Optional(
      Type.Number({ description: "The cost of this call in USD: the usage record's cost, exactly" }),
    ),
    creditPrefix: Type.Optional(Type.Literal('$')),
  },
  { ...open, $id: 'AigneUsage' },
)

export const AigneChatOutput = Type.Object(
  {
    text: Type.Optional(Type.String()),
    thoughts: Type.Optional(Type.String({ description: 'Reasoning text, when the provider returns it' })),
    json: Type.Optional(Type.Object({}, { ...open, description: 'With a json_schema responseFormat' })),
    toolCalls: Type.Optional(Type.Array(Type.Ref(AigneToolCall))),
    refusal: Type.Optional(Type.String()),
    model: Type.String({ description: "The upstream's name for the model" }),
    modelWithProvider: Type.String({ description: 'The Hub model id, "provider/model"' }),
    usage: Type.Optional(Type.Ref(AigneUsage)),
  },
  { ...open, $id: 'AigneChatOutput' },
)

/** One SSE frame's data: a delta whose text fragments are appended and whose json is shallow-assigned. */
export const AigneResponseDelta = Type.Object(
  {
    delta: Type.Object(
      {
        text: Type.Optional(
          Type.Object({ text: Type.Optional(Type.String()), thoughts: Type.Optional(Type.String()) }),
        ),
        json: Type.Optional(Type.Object({}, open)),
      },
      open,
    ),
  },
  { ...open, $id: 'AigneResponseDelta' },
)

export const BlockletInfo = Type.Object(
  {
    appName: Type.String(),
    componentMountPoints: Type.Array(
      Type.Object(
        {
          did: Type.String({ description: "AIGNE Hub's blocklet DID, which the client looks for" }),
          name: Type.String(),
          title: Type.String(),
          mountPoint: Type.String(),
        },
        open,
      ),
    ),
  },
  { ...open, $id: 'BlockletInfo' },
)

export const AigneModel = Type.Object(
  {
    key: Type.String({ description: 'The Hub model id, "provider/model"' }),
    model: Type.String({ description: 'The model name without the provider' }),
    type: Type.String({ description: 'chat, image_generation, embedding or audio' }),
    provider: Type.String(),
    providerDisplayName: Type.String(),
    input_credits_per_token: Type.String({ description: 'USD per input token, as a decimal string' }),
    output_credits_per_token: Type.String({ description: 'USD per output token, as a decimal string' }),
    cache_read_credits_per_token: Type.Optional(
      Type.String({ description: 'USD per input token read from the prompt cache, as a decimal string' }),
    ),
    cache_write_credits_per_token: Type.Optional(
      Type.String({ description: 'USD per input token written to the prompt cache, as a decimal string' }),
    ),
    modelMetadata: Nullable(Type.Object({}, open)),
    status: Nullable(Type.Object({ available: Type.Boolean() }, open)),
  },
  { ...open, $id: 'AigneModel' },
)

export const AigneModelList = Type.Array(Type.Ref(AigneModel), { $id: 'AigneModelList' })

export const aigneSchemas: TSchema[] = [
  AigneTextContent,
  AigneFileContent,
  AigneUrlContent,
  AigneToolCall,
  AigneMessage,
  AigneTool,
  AigneModelOptions,
  AigneChatInput,
  AigneChatRequest,
  AigneUsage,
  AigneChatOutput,
  AigneResponseDelta,
  BlockletInfo,
  AigneModel,
  AigneModelList,
]

// POST /api/v2/image: the AIGNE ImageModel's envelope. Provider options (size, quality, style…) sit at the top
// level of `input` and pass through; the answer's images are tagged by `type`, as @aigne/core validates them.
export const AigneImageRequest = Type.Object(
  {
    input: Type.Object(
      {
        prompt: Type.String({ minLength: 1, maxLength: 32_000 }),
        n: Type.Optional(Type.Integer({ minimum: 1, maximum: 10 })),
        outputFileType: Type.Optional(Type.String({ description: 'url, file or local: how the client saves them' })),
        modelOptions: Type.Optional(Type.Object({ model: Type.Optional(Type.String()) }, open)),
      },
      open,
    ),
    model: Type.Optional(Type.String({ description: 'Used when input.modelOptions.model is absent' })),
  },
  { ...open, $id: 'AigneImageRequest' },
)

export const AigneImage = Type.Union(
  [
    Type.Object({ type: Type.Literal('url'), url: Type.String(), mimeType: Type.Optional(Type.String()) }),
    Type.Object({ type: Type.Literal('file'), data: Type.String(), mimeType: Type.Optional(Type.String()) }),
  ],
  { $id: 'AigneImage' },
)

export const AigneImageOutput = Type.Object(
  {
    images: Type.Array(Type.Ref(AigneImage)),
    usage: Type.Ref(AigneUsage),
    model: Type.String(),
    modelWithProvider: Type.String(),
  },
  { $id: 'AigneImageOutput' },
)

export const aigneImageSchemas: TSchema[] = [AigneImageRequest, AigneImage, AigneImageOutput]
