// The AIGNE framework's video model (@aigne/core VideoModel, the @aigne/aigne-hub client's AIGNEHubVideoModel):
// `{input: {prompt, model, seconds, size, modelOptions, outputFileType}}` in, `{videos: [file parts], seconds,
// usage, model}` out.
import { type TSchema, Type } from '@sinclair/typebox'
import { AigneUsage } from './aigne.ts'

const open = { additionalProperties: true }

export const AigneVideoRequest = Type.Object(
  {
    input: Type.Object(
      {
        prompt: Type.String({ minLength: 1, maxLength: 32_000 }),
        model: Type.Optional(Type.String({ description: '"provider/model"; input.modelOptions.model also names it' })),
        seconds: Type.Optional(
          Type.Union([Type.String({ pattern: '^\\d{1,4}$' }), Type.Integer({ minimum: 1, maximum: 9999 })], {
            description: 'Length in seconds, as the provider takes it (OpenAI: 4, 8 or 12)',
          }),
        ),
        size: Type.Optional(Type.String({ maxLength: 32, description: 'Resolution, e.g. "1280x720"' })),
        outputFileType: Type.Optional(Type.String({ description: 'How the client saves the video; Hub sends a file' })),
        modelOptions: Type.Optional(Type.Object({ model: Type.Optional(Type.String()) }, open)),
      },
      open,
    ),
    model: Type.Optional(Type.String({ description: 'Used when the input names no model' })),
  },
  { ...open, $id: 'AigneVideoRequest' },
)

export const AigneVideoFile = Type.Object(
  {
    type: Type.Literal('file'),
    data: Type.String({ description: 'The video, base64' }),
    mimeType: Type.String(),
    filename: Type.Optional(Type.String()),
  },
  { $id: 'AigneVideoFile' },
)

export const AigneVideoOutput = Type.Object(
  {
    videos: Type.Array(Type.Ref(AigneVideoFile)),
    seconds: Type.Number({ description: 'Length of the video, as billed' }),
    usage: Type.Ref(AigneUsage),
    model: Type.String(),
    modelWithProvider: Type.String(),
  },
  { $id: 'AigneVideoOutput' },
)

export const aigneVideoSchemas: TSchema[] = [AigneVideoRequest, AigneVideoFile, AigneVideoOutput]
