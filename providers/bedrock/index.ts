// The `bedrock` provider type: Amazon Bedrock's Converse API, signed with AWS Signature Version 4 and translated
// to and from OpenAI's format; embeddings through InvokeModel (embeddings.ts), and Anthropic Messages passed
// through to Claude models (messages.ts).
import { randomUUID } from 'node:crypto'
import { HubError } from '../../lib/errors.ts'
import type { UpstreamHttp, UpstreamResponse } from '../../lib/upstream-http.ts'
import { readJson } from '../read-json.ts'
import type { ChatRequest, ChatResult, ChatStream, ProviderAdapter, UpstreamCall } from '../types.ts'
import { NO_SAMPLING_EXTRAS, warnUnsupported } from '../unsupported-params.ts'
import { sourceOf, upstreamError } from '../upstream-errors.ts'
import { createBedrockEmbeddings } from './embeddings.ts'
import { createBedrockMessages } from './messages.ts'
import { converseBody, converseUrl, DEFAULT_BASE_URL, regionalBaseUrl } from './request.ts'
import { type ConverseResponse, fromConverseUsage, toChatCompletion } from './response.ts'
import { type AwsSigner, signerFor } from './sign.ts'
import { bedrockChunkStream } from './stream.ts'

/** AWS's request id names the answer (Converse has no id of its own). */
function answerId(res: UpstreamResponse): string {
  const id = res.headers['x-amzn-requestid']
  return typeof id === 'string' && id ? id : randomUUID()
}

export function createBedrockAdapter(http: UpstreamHttp): ProviderAdapter {
  function signerOf(call: UpstreamCall): AwsSigner {
    const { provider, credential } = call.target
    const signer = credential ? signerFor(credential) : null
    if (!signer) {
      throw new HubError('no_credentials', `Provider "${provider.name}" has no AWS credentials (accessKeyId, region)`)
    }
    return signer
  }

  async function send(req: ChatRequest, call: UpstreamCall, stream: boolean) {
    const { provider, upstreamModel } = call.target
    if ((req.n ?? 1) > 1) throw new HubError('validation_error', 'Bedrock models answer one choice at a time (n: 1)')
    const signer = signerOf(call)
    warnUnsupported(req, call, NO_SAMPLING_EXTRAS, 'Bedrock')
    const url = converseUrl(regionalBaseUrl(provider.baseUrl, signer.region), upstreamModel, stream)
    const body = converseBody(req, call)
    const res = await http.postJson(url, await signer.headers(new URL(url), body), body, call.signal, call.trace)
    if (res.statusCode < 200 || res.statusCode >= 300) throw await upstreamError(res, call.target)
    return res
  }

  async function chat(req: ChatRequest, call: UpstreamCall): Promise<ChatResult> {
    const res = await send(req, call, false)
    const { value: answer } = await readJson<ConverseResponse>(res, call.target.provider.name, call.signal)
    const usage = answer.usage ? fromConverseUsage(answer.usage) : null
    return { response: toChatCompletion(answer, usage, answerId(res), call.target.upstreamModel), usage }
  }

  async function chatStream(req: ChatRequest, call: UpstreamCall): Promise<ChatStream> {
    const res = await send(req, call, true)
    return bedrockChunkStream(res, {
      id: answerId(res),
      model: call.target.upstreamModel,
      ...sourceOf(call.target),
      signal: call.signal,
    })
  }

  return {
    type: 'bedrock',
    defaultBaseUrl: DEFAULT_BASE_URL,
    chat,
    chatStream,
    embeddings: createBedrockEmbeddings(http, signerOf),
    messages: createBedrockMessages(http, signerOf),
  }
}
