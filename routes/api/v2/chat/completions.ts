import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { encodeOpenAISse } from '../../../../lib/openai-sse.ts'
import { type SurfaceOptions, surfaceOf } from '../../../../lib/route-surface.ts'
import { promptSize } from '../../../../lib/usage/prompt-size.ts'
import { sendEventStream, sendJsonResult } from '../../../../plugins/app/calls.ts'
import { ChatCompletion, ChatCompletionRequest } from '../../../../schemas/openai-chat.ts'
import { ref } from '../../../../schemas/ref.ts'
import { sseText } from '../../../../schemas/sse.ts'

const chat: FastifyPluginAsyncTypebox<SurfaceOptions> = async (app, opts) => {
  const { surface, operationId, tags } = surfaceOf(opts)
  app.post(
    '/completions',
    {
      config: { scope: 'chat', surface },
      schema: {
        operationId: operationId('createChatCompletion'),
        tags: tags('chat'),
        summary: "OpenAI's Chat Completions, to any provider",
        description:
          "Speaks OpenAI's wire format in and out. With `stream: true` the answer is `text/event-stream` of `chat.completion.chunk` frames ending with `data: [DONE]`. Models are named `provider/model`.",
        body: ref(ChatCompletionRequest),
        response: {
          200: {
            description: 'A chat.completion, or with stream: true an SSE stream of chat.completion.chunk',
            content: {
              'application/json': { schema: ref(ChatCompletion) },
              'text/event-stream': { schema: sseText('`data: {ChatCompletionChunk}` frames, then `data: [DONE]`') },
            },
          },
        },
      },
    },
    async (request, reply) => {
      const body = request.body
      const opts = {
        modelId: body.model,
        modelType: 'chat',
        endpoint: 'chat.completions',
        promptChars: promptSize(body),
        outputTokens: body.max_completion_tokens ?? body.max_tokens,
      }
      return app.calls.run(request, reply, opts, async (call) => {
        if (!body.stream) {
          const result = await call.attempt((adapter, upstream) => adapter.chat(body, upstream))
          call.chatAnswered(result)
          return sendJsonResult(reply, result, body.model)
        }
        const stream = await call.attempt((adapter, upstream) => adapter.chatStream(body, upstream))
        const includeUsage = body.stream_options?.include_usage === true
        return sendEventStream(reply, encodeOpenAISse(call.parts(stream), { modelId: body.model, includeUsage }))
      })
    },
  )
}

export default chat
