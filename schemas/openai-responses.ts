// OpenAI's Responses API wire format (the "Create a model response" reference), in TypeBox: the part Hub serves
// to every provider through its chat model (text and image input, function tools, structured output, reasoning
// text). Objects stay open, as in the Chat Completions schemas. Hub keeps no responses: `store` is accepted as
// false only, and what needs a stored response (previous_response_id, item references, background) is refused
// with a clear 400 by lib/responses/to-chat.ts rather than by a schema error.
import { type Static, type TSchema, Type } from '@sinclair/typebox'

const open = { additionalProperties: true }
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()])
const Opt = <T extends TSchema>(schema: T) => Type.Optional(Nullable(schema))

export const ResponseInputItem = Type.Object(
  {
    type: Type.Optional(
      Type.String({
        description:
          'message (the default when a role is given), function_call, function_call_output or reasoning; ' +
          'message content parts are input_text, input_image, input_file (and output_text for earlier answers)',
        examples: ['message'],
      }),
    ),
    role: Type.Optional(
      Type.Union([Type.Literal('user'), Type.Literal('assistant'), Type.Literal('system'), Type.Literal('developer')]),
    ),
  },
  { ...open, $id: 'ResponseInputItem' },
)

export const ResponseTool = Type.Object(
  {
    type: Type.String({ description: 'Only function tools can be served by every provider', examples: ['function'] }),
    name: Type.Optional(Type.String({ minLength: 1 })),
    description: Opt(Type.String()),
    parameters: Opt(Type.Object({}, open)),
    strict: Opt(Type.Boolean()),
  },
  { ...open, $id: 'ResponseFunctionTool' },
)

export const ResponseTextFormat = Type.Object(
  {
    type: Type.Union([Type.Literal('text'), Type.Literal('json_object'), Type.Literal('json_schema')]),
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    schema: Type.Optional(Type.Object({}, open)),
    description: Type.Optional(Type.String()),
    strict: Opt(Type.Boolean()),
  },
  { ...open, $id: 'ResponseTextFormat' },
)

export const ResponseCreateRequest = Type.Object(
  {
    model: Type.String({ minLength: 1, description: 'A Hub model id: "provider/model", e.g. "openai/gpt-4o-mini"' }),
    input: Type.Union([Type.String(), Type.Array(Type.Ref(ResponseInputItem), { minItems: 1 })]),
    instructions: Opt(Type.String()),
    stream: Opt(Type.Boolean()),
    tools: Type.Optional(Type.Array(Type.Ref(ResponseTool))),
    tool_choice: Type.Optional(
      Type.Union([
        Type.Literal('none'),
        Type.Literal('auto'),
        Type.Literal('required'),
        Type.Object({ type: Type.String(), name: Type.Optional(Type.String()) }, open),
      ]),
    ),
    parallel_tool_calls: Opt(Type.Boolean()),
    text: Opt(Type.Object({ format: Type.Optional(Type.Ref(ResponseTextFormat)) }, open)),
    max_output_tokens: Opt(Type.Integer({ minimum: 1 })),
    temperature: Opt(Type.Number({ minimum: 0, maximum: 2 })),
    top_p: Opt(Type.Number({ minimum: 0, maximum: 1 })),
    reasoning: Opt(Type.Object({ effort: Opt(Type.String()), summary: Opt(Type.String()) }, open)),
    metadata: Opt(Type.Record(Type.String(), Type.String())),
    user: Type.Optional(Type.String()),
    store: Opt(Type.Boolean({ description: 'Hub keeps no responses: true is refused' })),
    previous_response_id: Opt(Type.String({ description: 'Not supported: Hub keeps no responses' })),
    background: Opt(Type.Boolean({ description: 'Not supported' })),
  },
  { ...open, $id: 'ResponseCreateRequest' },
)

export type ResponsesBody = Static<typeof ResponseCreateRequest>

export const ResponseOutputItem = Type.Object(
  {
    type: Type.String({ description: 'message, function_call or reasoning', examples: ['message'] }),
    id: Type.String(),
    status: Type.Optional(Type.String()),
  },
  { ...open, $id: 'ResponseOutputItem' },
)

export const ResponseUsage = Type.Object(
  {
    input_tokens: Type.Integer(),
    input_tokens_details: Type.Object({ cached_tokens: Type.Integer() }),
    output_tokens: Type.Integer(),
    output_tokens_details: Type.Object({ reasoning_tokens: Type.Integer() }),
    total_tokens: Type.Integer(),
  },
  { $id: 'ResponseUsage' },
)

export const ResponseObject = Type.Object(
  {
    id: Type.String(),
    object: Type.Literal('response'),
    created_at: Type.Integer(),
    status: Type.Union([
      Type.Literal('completed'),
      Type.Literal('incomplete'),
      Type.Literal('failed'),
      Type.Literal('in_progress'),
    ]),
    model: Type.String({ description: 'The model id the client asked for' }),
    output: Type.Array(Type.Ref(ResponseOutputItem)),
    usage: Nullable(Type.Ref(ResponseUsage)),
    error: Nullable(Type.Object({ code: Type.String(), message: Type.String() })),
    incomplete_details: Nullable(Type.Object({ reason: Type.String() })),
  },
  { ...open, $id: 'Response' },
)

export const responsesSchemas: TSchema[] = [
  ResponseInputItem,
  ResponseTool,
  ResponseTextFormat,
  ResponseCreateRequest,
  ResponseOutputItem,
  ResponseUsage,
  ResponseObject,
]
