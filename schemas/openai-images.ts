// OpenAI's image generation (`POST /images/generations`) and edits (`POST /images/edits`, a multipart form): the
// request is open (size, quality, style, background… pass through to the provider), the answer is
// `{created, data: [{b64_json | url}]}`.
import { type TSchema, Type } from '@sinclair/typebox'

const open = { additionalProperties: true }

export const ImageGenerateRequest = Type.Object(
  {
    model: Type.String({ minLength: 1, description: 'A Hub model id, "provider/model"' }),
    prompt: Type.String({ minLength: 1, maxLength: 32_000 }),
    n: Type.Optional(Type.Integer({ minimum: 1, maximum: 10 })),
    size: Type.Optional(Type.String({ description: 'e.g. 1024x1024, or auto' })),
    quality: Type.Optional(Type.String()),
    style: Type.Optional(Type.String()),
    response_format: Type.Optional(Type.Union([Type.Literal('url'), Type.Literal('b64_json')])),
    user: Type.Optional(Type.String()),
  },
  { ...open, $id: 'CreateImageRequest' },
)

export const ImagesResponse = Type.Object(
  {
    created: Type.Integer(),
    data: Type.Array(
      Type.Object(
        {
          b64_json: Type.Optional(Type.String()),
          url: Type.Optional(Type.String()),
          revised_prompt: Type.Optional(Type.String()),
        },
        open,
      ),
    ),
    usage: Type.Optional(
      Type.Object(
        { input_tokens: Type.Integer(), output_tokens: Type.Integer(), total_tokens: Type.Optional(Type.Integer()) },
        open,
      ),
    ),
  },
  { ...open, $id: 'ImagesResponse' },
)

export const ImageEditForm = Type.Object(
  {
    model: Type.String({ minLength: 1, description: 'A Hub model id, "provider/model"' }),
    prompt: Type.String({ minLength: 1, maxLength: 32_000 }),
    image: Type.String({ format: 'binary', description: 'The image to edit; several as `image[]` (gpt-image-1)' }),
    mask: Type.Optional(Type.String({ format: 'binary' })),
    n: Type.Optional(Type.Integer({ minimum: 1, maximum: 10 })),
    size: Type.Optional(Type.String()),
    response_format: Type.Optional(Type.Union([Type.Literal('url'), Type.Literal('b64_json')])),
  },
  { ...open, $id: 'CreateImageEditRequest' },
)

export const imageSchemas: TSchema[] = [ImageGenerateRequest, ImagesResponse, ImageEditForm]
