// Anthropic's Messages API (POST /messages, /messages/count_tokens) for Anthropic SDKs and Claude Code, to any
// provider: passed through to anthropic-type providers and to Claude on Bedrock (their own answer and events),
// translated through Hub's chat model for the others. `x-api-key: <hub token>` works as well as Bearer; errors are Anthropic's shape.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyRequest } from 'fastify'
import { chatToMessage } from '../../../lib/messages/from-chat.ts'
import { encodeMessagesSse, partsToMessagesEvents } from '../../../lib/messages/sse.ts'
import { messagesToChat } from '../../../lib/messages/to-chat.ts'
import { type SurfaceOptions, surfaceOf } from '../../../lib/route-surface.ts'
import { traceOf } from '../../../lib/trace-context.ts'
import { promptSize } from '../../../lib/usage/prompt-size.ts'
import { sendEventStream } from '../../../plugins/app/calls.ts'
import type { ProviderAdapter, UpstreamCall } from '../../../providers/types.ts'
import {
  CountTokensRequest,
  CountTokensResponse,
  MessagesRequest,
  MessagesResponse,
} from '../../../schemas/anthropic-messages.ts'
import { ref } from '../../../schemas/ref.ts'
import { sseText } from '../../../schemas/sse.ts'

const config = { scope: 'chat', surface: 'anthropic' } as const
const tags = ['anthropic-compatible']
const security: Record<string, string[]>[] = [{ bearer: [] }, { anthropicApiKey: [] }]

/** The beta features a client asked for, passed on to an anthropic-type provider. */
const betaOf = (request: FastifyRequest) => {
  const beta = request.headers['anthropic-beta']
  return Array.isArray(beta) ? beta.join(',') : beta
}

/** The adapter's native Messages passthrough when it takes this target (Claude on Bedrock, any anthropic-type). */
const passthroughFor = (adapter: ProviderAdapter, call: UpstreamCall) =>
  adapter.messages && (adapter.messages.handles?.(call) ?? true) ? adapter.messages : undefined

const messages: FastifyPluginAsyncTypebox<SurfaceOptions> = async (app, opts) => {
  const { operationId } = surfaceOf({ ...opts, surface: 'hub' })

  app.post(
    '/messages',
    {
      config,
      schema: {
        operationId: operationId('createMessage'),
        tags,
        security,
        summary: "Anthropic's Messages API, to any provider",
        description:
          'The Messages wire format in and out (`anthropic-version` accepted). With `stream: true` the answer is `text/event-stream` of Anthropic events: message_start, content_block_start/delta/stop, message_delta, message_stop (and ping); a failure after the first byte is `event: error`. Models are named `provider/model`, and the answer names the model as asked.',
        body: ref(MessagesRequest),
        response: {
          200: {
            description: 'A message, or with stream: true an SSE stream of Anthropic events',
            content: {
              'application/json': { schema: ref(MessagesResponse) },
              'text/event-stream': { schema: sseText('`event: <type>` + `data: {event}` frames') },
            },
          },
        },
      },
    },
    async (request, reply) => {
      const body = request.body
      const chat = messagesToChat(body)
      const opts = {
        modelId: body.model,
        modelType: 'chat',
        endpoint: 'messages',
        promptChars: promptSize(chat),
        // Required by the Messages API: what spend control reserves for the answer.
        outputTokens: body.max_tokens,
      }
      return app.calls.run(request, reply, opts, async (call) => {
        // Passed through to anthropic-type providers, translated for the others: decided per attempt, as a
        // model's deployments may be of either kind.
        const beta = betaOf(request)
        if (!body.stream) {
          const answer = await call.attempt(async (adapter, upstream) => {
            const passthrough = passthroughFor(adapter, upstream)
            return passthrough
              ? { message: await passthrough.create(body, upstream, beta) }
              : { chat: await adapter.chat(chat, upstream) }
          })
          if (answer.message) {
            call.answered({ usage: answer.message.usage })
            return reply
              .type('application/json; charset=utf-8')
              .send(JSON.stringify({ ...answer.message.message, model: body.model }) as never)
          }
          const billed = call.chatAnswered(answer.chat)
          // Counts as billed: the provider's, or Hub's estimate when it reported none.
          return reply.send(chatToMessage(answer.chat.response, body.model, answer.chat.usage ?? billed))
        }
        const started = await call.attempt(async (adapter, upstream) => {
          const passthrough = passthroughFor(adapter, upstream)
          return passthrough
            ? { events: await passthrough.stream(body, upstream, beta) }
            : { parts: await adapter.chatStream(chat, upstream) }
        })
        if (started.events) {
          return sendEventStream(reply, encodeMessagesSse(call.messagesEvents(started.events, body.model)))
        }
        const events = partsToMessagesEvents(call.parts(started.parts), { modelId: body.model })
        return sendEventStream(reply, encodeMessagesSse(events))
      })
    },
  )

  app.post(
    '/messages/count_tokens',
    {
      config,
      schema: {
        operationId: operationId('countMessageTokens'),
        tags,
        security,
        summary: 'Input tokens of a Messages request (exact from anthropic-type providers, else estimated)',
        description:
          'Not billed. Anthropic-type providers count the request themselves; for other provider types the count is estimated at four characters a token.',
        body: ref(CountTokensRequest),
        response: { 200: ref(CountTokensResponse) },
      },
    },
    async (request, reply) => {
      const body = request.body
      const resolved = app.calls.check(request, {
        modelId: body.model,
        modelType: 'chat',
        endpoint: 'messages',
        promptChars: 0,
      })
      const call = {
        target: resolved.target,
        signal: app.calls.signal(reply),
        requestId: request.id,
        trace: traceOf(request).headers,
      }
      const countTokens = passthroughFor(resolved.adapter, call)?.countTokens
      if (!countTokens) {
        return { input_tokens: Math.ceil(promptSize(messagesToChat({ ...body, max_tokens: 1 })) / 4) }
      }
      return countTokens(body, call, betaOf(request))
    },
  )
}

export default messages
