// Anthropic's Messages API wire format (https://docs.anthropic.com/en/api/messages), in TypeBox, for the
// /v1/messages ingress: validation and the OpenAPI document. Objects stay open: Anthropic adds block types and
// fields often, and a passthrough to an anthropic-type provider must carry them unchanged.
import { type Static, type TSchema, Type } from '@sinclair/typebox'

const open = { additionalProperties: true }

export const MessagesContentBlock = Type.Object(
  {
    type: Type.String({
      description: 'text, image, document, tool_use, tool_result, thinking, redacted_thinking…',
      examples: ['text'],
    }),
  },
  { ...open, $id: 'AnthropicContentBlock' },
)

const Content = Type.Union([Type.String(), Type.Array(Type.Ref(MessagesContentBlock))])

export const MessagesMessage = Type.Object(
  { role: Type.Union([Type.Literal('user'), Type.Literal('assistant')]), content: Content },
  { ...open, $id: 'AnthropicMessageParam' },
)

export const MessagesTool = Type.Object(
  {
    name: Type.String({ minLength: 1 }),
    description: Type.Optional(Type.String()),
    input_schema: Type.Optional(Type.Object({}, open)),
  },
  { ...open, $id: 'AnthropicTool' },
)

const common = {
  model: Type.String({ minLength: 1, description: 'A Hub model id, "provider/model"' }),
  messages: Type.Array(Type.Ref(MessagesMessage), { minItems: 1 }),
  system: Type.Optional(Type.Union([Type.String(), Type.Array(Type.Ref(MessagesContentBlock))])),
  tools: Type.Optional(Type.Array(Type.Ref(MessagesTool))),
  tool_choice: Type.Optional(
    Type.Object(
      { type: Type.Union([Type.Literal('auto'), Type.Literal('any'), Type.Literal('tool'), Type.Literal('none')]) },
      open,
    ),
  ),
  thinking: Type.Optional(Type.Object({ type: Type.String() }, open)),
}

export const MessagesRequest = Type.Object(
  {
    ...common,
    max_tokens: Type.Integer({ minimum: 1 }),
    stop_sequences: Type.Optional(Type.Array(Type.String())),
    stream: Type.Optional(Type.Boolean()),
    temperature: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })),
    top_p: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })),
    top_k: Type.Optional(Type.Integer({ minimum: 0 })),
    metadata: Type.Optional(Type.Object({ user_id: Type.Optional(Type.String()) }, open)),
  },
  { ...open, $id: 'AnthropicMessagesRequest' },
)

export const MessagesUsage = Type.Object(
  {
    input_tokens: Type.Integer(),
    output_tokens: Type.Integer(),
    cache_creation_input_tokens: Type.Optional(Type.Union([Type.Integer(), Type.Null()])),
    cache_read_input_tokens: Type.Optional(Type.Union([Type.Integer(), Type.Null()])),
  },
  { ...open, $id: 'AnthropicUsage' },
)

export const MessagesResponse = Type.Object(
  {
    id: Type.String(),
    type: Type.Literal('message'),
    role: Type.Literal('assistant'),
    model: Type.String({ description: 'The model id the client asked for' }),
    content: Type.Array(Type.Ref(MessagesContentBlock)),
    stop_reason: Type.Union([Type.String(), Type.Null()]),
    stop_sequence: Type.Union([Type.String(), Type.Null()]),
    usage: Type.Ref(MessagesUsage),
  },
  { ...open, $id: 'AnthropicMessage' },
)

export const CountTokensRequest = Type.Object(common, { ...open, $id: 'AnthropicCountTokensRequest' })
export const CountTokensResponse = Type.Object(
  { input_tokens: Type.Integer() },
  { ...open, $id: 'AnthropicCountTokensResponse' },
)

export type MessagesBody = Static<typeof MessagesRequest>
export type CountTokensBody = Static<typeof CountTokensRequest>

export const anthropicMessagesSchemas: TSchema[] = [
  MessagesContentBlock,
  MessagesMessage,
  MessagesTool,
  MessagesRequest,
  MessagesUsage,
  MessagesResponse,
  CountTokensRequest,
  CountTokensResponse,
]
