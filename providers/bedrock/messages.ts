// Anthropic Messages requests passed through to Claude on Bedrock (InvokeModel): the client's body without
// `model` and `stream`, with Bedrock's `anthropic_version` and the beta features as `anthropic_beta`. The answer
// is Anthropic's own JSON; the stream is an AWS event stream whose `chunk` events each carry one Anthropic event
// (base64 in `bytes`), re-framed as Messages SSE. Other Bedrock models stay on the translated (Converse) path.
import { toUtf8 } from '@smithy/core/serde'
import { HubError } from '../../lib/errors.ts'
import type { SseEvent } from '../../lib/sse.ts'
import type { UpstreamHttp, UpstreamResponse } from '../../lib/upstream-http.ts'
import type {
  MessagesAnswer,
  MessagesBody,
  MessagesEventStream,
  MessagesPassthrough,
} from '../anthropic/passthrough.ts'
import { type AnthropicUsage, fromAnthropicUsage } from '../anthropic/response.ts'
import { readMessagesEvent } from '../anthropic/stream-event.ts'
import { readJson } from '../read-json.ts'
import type { UpstreamCall, Usage } from '../types.ts'
import { sourceOf, streamFailure, streamReadError, upstreamError } from '../upstream-errors.ts'
import { invokeUrl, regionalBaseUrl } from './request.ts'
import type { AwsSigner } from './sign.ts'
import { decodeEventStream, frameFailure, header, MalformedFrameError } from './stream.ts'

const ANTHROPIC_VERSION = 'bedrock-2023-05-31'

/** Claude on Bedrock: `anthropic.claude-…`, a cross-region profile `us.anthropic.claude-…`, or an ARN naming one. */
export const isClaude = (upstreamModel: string) => /anthropic\.|claude/i.test(upstreamModel)

export function createBedrockMessages(
  http: UpstreamHttp,
  signerOf: (call: UpstreamCall) => AwsSigner,
): MessagesPassthrough {
  async function send(body: MessagesBody, call: UpstreamCall, stream: boolean, beta?: string) {
    const signer = signerOf(call)
    const { provider, upstreamModel } = call.target
    const { model: _model, stream: _stream, ...rest } = body
    const anthropicBeta = beta
      ?.split(',')
      .map((b) => b.trim())
      .filter(Boolean)
    const payload = JSON.stringify({
      ...rest,
      anthropic_version: ANTHROPIC_VERSION,
      ...(anthropicBeta?.length ? { anthropic_beta: anthropicBeta } : {}),
    })
    const url = `${invokeUrl(regionalBaseUrl(provider.baseUrl, signer.region), upstreamModel)}${stream ? '-with-response-stream' : ''}`
    const res = await http.postJson(url, await signer.headers(new URL(url), payload), payload, call.signal, call.trace)
    if (res.statusCode < 200 || res.statusCode >= 300) throw await upstreamError(res, call.target)
    return res
  }

  async function create(body: MessagesBody, call: UpstreamCall, beta?: string): Promise<MessagesAnswer> {
    const res = await send(body, call, false, beta)
    const { value } = await readJson<MessagesAnswer['message']>(res, call.target.provider.name, call.signal)
    return { message: value, usage: value.usage ? fromAnthropicUsage(value.usage) : null }
  }

  async function stream(body: MessagesBody, call: UpstreamCall, beta?: string): Promise<MessagesEventStream> {
    const res = await send(body, call, true, beta)
    let usage: Usage | null = null
    const iterator = events(res, call, (counted) => {
      usage = counted
    })
    return {
      [Symbol.asyncIterator]: () => iterator,
      get usage() {
        return usage
      },
    }
  }

  return { handles: (call) => isClaude(call.target.upstreamModel), create, stream }
}

/** The Anthropic events inside an InvokeModelWithResponseStream body; `done` gets the usage once it completed. */
async function* events(
  res: UpstreamResponse,
  call: UpstreamCall,
  done: (usage: Usage) => void,
): AsyncGenerator<SseEvent> {
  const source = sourceOf(call.target)
  const fail = (what: string) => streamFailure(source.providerName, what)
  const counted: AnthropicUsage = {}
  let stopped = false
  try {
    for await (const message of decodeEventStream(res.body, res.limits.eventBytes)) {
      const payload = toUtf8(message.body)
      const failure = frameFailure(message, payload, source)
      if (failure) throw failure
      if (header(message, ':event-type') !== 'chunk') continue
      let text: string
      try {
        text = Buffer.from((JSON.parse(payload) as { bytes: string }).bytes, 'base64').toString('utf8')
      } catch {
        throw new HubError('upstream_error', `Provider "${source.providerName}" sent a stream event that is not JSON`)
      }
      const type = readMessagesEvent(text, source, counted)
      yield { event: type ?? 'message', data: text }
      if (type === 'message_stop') {
        stopped = true
        break
      }
    }
  } catch (err) {
    if (err instanceof MalformedFrameError) throw fail(`sent a malformed event stream (${err.message})`)
    throw streamReadError(err, call.signal, source.providerName)
  } finally {
    if (!stopped) res.body.destroy()
  }
  if (!stopped) throw fail('ended the stream early')
  done(fromAnthropicUsage(counted))
}
