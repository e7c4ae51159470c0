// OpenAI's Responses API (POST /responses), the interface OpenAI's newer SDK helpers, agents and Codex speak, to
// every provider: translated to Hub's chat model and back (lib/responses/*). Stateless: Hub keeps no responses, so
// what needs one (previous_response_id, store: true) is refused with a 400 that says what to send instead.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { chatToResponse, newEnvelope } from '../../../lib/responses/from-chat.ts'
import { partsToResponseEvents } from '../../../lib/responses/sse.ts'
import { responsesToChat } from '../../../lib/responses/to-chat.ts'
import { type SurfaceOptions, surfaceOf } from '../../../lib/route-surface.ts'
import { promptSize } from '../../../lib/usage/prompt-size.ts'
import { sendEventStream } from '../../../plugins/app/calls.ts'
import { ResponseCreateRequest, ResponseObject } from '../../../schemas/openai-responses.ts'
import { ref } from '../../../schemas/ref.ts'
import { sseText } from '../../../schemas/sse.ts'

const responses: FastifyPluginAsyncTypebox<SurfaceOptions> = async (app, opts) => {
  const { surface, operationId, tags } = surfaceOf(opts)
  app.post(
    '/responses',
    {
      config: { scope: 'chat', surface },
      schema: {
        operationId: operationId('createResponse'),
        tags: tags('chat'),
        summary: "OpenAI's Responses API, to any provider",
        description:
          'Text and image input, function tools, structured output (`text.format`) and reasoning text, translated for every provider. With `stream: true` the answer is `text/event-stream` of Responses events (`event: response.created` … `response.completed`). Stateless: `previous_response_id` and `store: true` are refused with 400; built-in tools (web search, file search…) too.',
        body: ref(ResponseCreateRequest),
        response: {
          200: {
            description: 'A response, or with stream: true an SSE stream of Responses events',
            content: {
              'application/json': { schema: ref(ResponseObject) },
              'text/event-stream': { schema: sseText('`event: <type>` + `data: {event}` frames, no `[DONE]`') },
            },
          },
        },
      },
    },
    async (request, reply) => {
      const body = request.body
      const chat = responsesToChat(body)
      const opts = {
        modelId: body.model,
        modelType: 'chat',
        endpoint: 'responses',
        promptChars: promptSize(chat),
        outputTokens: body.max_output_tokens,
      }
      return app.calls.run(request, reply, opts, async (call) => {
        const envelope = newEnvelope(body)
        if (!body.stream) {
          const result = await call.attempt((adapter, upstream) => adapter.chat(chat, upstream))
          const billed = call.chatAnswered(result)
          // Counts as billed: the provider's, or Hub's estimate when it reported none.
          return reply.send(chatToResponse(result.response, envelope, result.usage ?? billed))
        }
        const stream = await call.attempt((adapter, upstream) => adapter.chatStream(chat, upstream))
        const events = partsToResponseEvents(call.parts(stream), {
          envelope,
          // When the provider sent no counts: the meter's estimate, recorded once the parts ended.
          usage: call.billed,
        })
        return sendEventStream(reply, events)
      })
    },
  )
}

export default responses
