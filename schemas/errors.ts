import { Type } from '@sinclair/typebox'

/** The Hub error envelope, on every /api route. */
export const ErrorResponse = Type.Object(
  {
    error: Type.String({ description: 'HTTP status title, e.g. "Unauthorized"', examples: ['Unauthorized'] }),
    message: Type.String({ description: 'What went wrong, for people' }),
    code: Type.Optional(
      Type.String({ description: 'Machine-readable code, e.g. token_expired', examples: ['token_expired'] }),
    ),
  },
  { $id: 'ErrorResponse', additionalProperties: true },
)

/** OpenAI's error shape, on the /v1 surface, so OpenAI-speaking tools show our errors well. */
export const OpenAIErrorResponse = Type.Object(
  {
    error: Type.Object(
      {
        message: Type.String(),
        type: Type.String(),
        param: Type.Union([Type.String(), Type.Null()]),
        code: Type.Union([Type.String(), Type.Null()]),
      },
      { additionalProperties: true },
    ),
  },
  { $id: 'OpenAIErrorResponse' },
)

/** Anthropic's error shape, on the Messages routes, so Anthropic SDKs raise their own error classes. */
export const AnthropicErrorResponse = Type.Object(
  {
    type: Type.Literal('error'),
    error: Type.Object(
      {
        type: Type.String({ examples: ['invalid_request_error'] }),
        message: Type.String(),
        code: Type.Optional(Type.String({ description: "Hub's machine-readable code" })),
      },
      { additionalProperties: true },
    ),
  },
  { $id: 'AnthropicErrorResponse' },
)

export const errorSchemas = [ErrorResponse, OpenAIErrorResponse, AnthropicErrorResponse]
