// POST /api/v2/chat: the AIGNE framework's invoke protocol, which the official @aigne/aigne-hub client
// (AIGNEHubChatModel) speaks. The AIGNE input is translated to an OpenAI request for the provider adapter, and
// the answer back to an AIGNE ChatModelOutput, or with `options.streaming: true` to AIGNE SSE frames.

import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { toAigneOutput } from '../../../lib/aigne/from-openai.ts'
import { toOpenAIChat, wantsJson } from '../../../lib/aigne/to-openai.ts'
import { encodeAigneParts } from '../../../lib/aigne-sse.ts'
import { promptSize } from '../../../lib/usage/prompt-size.ts'
import { sendEventStream } from '../../../plugins/app/calls.ts'
import { AigneChatOutput, AigneChatRequest } from '../../../schemas/aigne.ts'
import { ref } from '../../../schemas/ref.ts'
import { sseText } from '../../../schemas/sse.ts'

const aigneChat: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/chat',
    {
      config: { scope: 'chat' },
      schema: {
        operationId: 'invokeAigneChatModel',
        tags: ['aigne'],
        summary: "AIGNE's chat model invoke, as the @aigne/aigne-hub client sends it",
        description:
          'The body is `{input: ChatModelInput, options}`; the model is `input.modelOptions.model` ("provider/model"). ' +
          'With `options.streaming: true` the answer is `text/event-stream` of `data: {"delta":…}` frames (no `[DONE]`); ' +
          'a failure after the first frame is `event: error` with `data: {"message"}`.',
        body: ref(AigneChatRequest),
        response: {
          200: {
            description: 'A ChatModelOutput, or with options.streaming an SSE stream of AIGNE delta frames',
            content: {
              'application/json': { schema: ref(AigneChatOutput) },
              'text/event-stream': {
                schema: sseText('`data: {AigneResponseDelta}` frames, no `[DONE]`; `event: error` on a failure'),
              },
            },
          },
        },
      },
    },
    async (request, reply) => {
      const body = request.body
      // The client never sends Accept: text/event-stream; options.streaming is its only streaming signal.
      const streaming = body.options?.streaming === true
      const req = toOpenAIChat(body, { stream: streaming })
      const opts = {
        modelId: req.model,
        modelType: 'chat',
        endpoint: 'chat',
        promptChars: promptSize(req),
        // AIGNE's modelOptions carry no output ceiling Hub passes on: the model's (or the default) is reserved.
        outputTokens: req.max_completion_tokens ?? req.max_tokens,
      }
      return app.calls.run(request, reply, opts, async (call) => {
        const answer = {
          modelWithProvider: call.resolved.model.id,
          jsonMode: wantsJson(body.input),
          billed: call.billed,
        }
        if (!streaming) {
          const result = await call.attempt((adapter, upstream) => adapter.chat(req, upstream))
          call.chatAnswered(result)
          return toAigneOutput(result.response, answer)
        }
        const stream = await call.attempt((adapter, upstream) => adapter.chatStream(req, upstream))
        return sendEventStream(reply, encodeAigneParts(call.parts(stream), answer))
      })
    },
  )
}

export default aigneChat
