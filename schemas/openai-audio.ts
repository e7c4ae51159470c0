// OpenAI's audio endpoints: speech (`POST /audio/speech`, JSON in, audio bytes out) and transcriptions
// (`POST /audio/transcriptions`, a multipart upload in, JSON or text out).
import { type TSchema, Type } from '@sinclair/typebox'

const open = { additionalProperties: true }

export const SpeechRequest = Type.Object(
  {
    model: Type.String({ minLength: 1, description: 'A Hub model id, "provider/model"' }),
    input: Type.String({ minLength: 1, maxLength: 4096 }),
    voice: Type.String({
      minLength: 1,
      description: 'alloy, ash, ballad, coral, echo, fable, onyx, nova, sage, shimmer…',
    }),
    response_format: Type.Optional(
      Type.Union(['mp3', 'opus', 'aac', 'flac', 'wav', 'pcm'].map((f) => Type.Literal(f))),
    ),
    speed: Type.Optional(Type.Number({ minimum: 0.25, maximum: 4 })),
    instructions: Type.Optional(Type.String()),
  },
  { ...open, $id: 'CreateSpeechRequest' },
)

export const TranscriptionForm = Type.Object(
  {
    file: Type.String({
      format: 'binary',
      description: 'The audio file (flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav, webm)',
    }),
    model: Type.String({ description: 'A Hub model id, "provider/model"' }),
    language: Type.Optional(Type.String()),
    prompt: Type.Optional(Type.String()),
    response_format: Type.Optional(Type.String({ description: 'json, text, srt, verbose_json or vtt' })),
    temperature: Type.Optional(Type.Number()),
  },
  { ...open, $id: 'CreateTranscriptionRequest' },
)

export const TranscriptionResponse = Type.Object(
  {
    text: Type.String(),
    usage: Type.Optional(Type.Object({}, open)),
  },
  { ...open, $id: 'CreateTranscriptionResponse' },
)

export const audioSchemas: TSchema[] = [SpeechRequest, TranscriptionForm, TranscriptionResponse]
