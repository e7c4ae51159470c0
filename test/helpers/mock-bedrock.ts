// A local stand-in for Amazon Bedrock Runtime's Converse API on 127.0.0.1, in its documented wire format:
// POST /model/{modelId}/converse answers JSON; POST /model/{modelId}/converse-stream answers
// application/vnd.amazon.eventstream binary frames (written in small pieces, so frames split across reads).
// Every request must carry a valid AWS Signature Version 4 for service "bedrock": the mock recomputes it from
// the known secret and answers 403 as AWS does when it differs. Bodies are checked as Converse checks them
// (unknown fields, roles alternating from user, blank text, tool blocks without toolConfig, temperature 0–1).
// The model id picks a behaviour:
//   anything else     "Hello from Bedrock" (streamed as "Hello" " from" " Bedrock")
//   …tools…           "Let me check." then two toolUse blocks, their input streamed in fragments
//   …reasoning…       a reasoningContent block, then the text
//   …claude…          the same reasoning when additionalModelRequestFields.thinking is enabled (Claude thinks only
//                     when asked); the thinking block is checked as Bedrock checks it for Claude: budget_tokens at
//                     least 1024 and under inferenceConfig.maxTokens, no temperature but 1
//   …guardrail…       stopReason guardrail_intervened
//   throttled         429 ThrottlingException
//   stream-exception  one text delta, then a modelStreamErrorException frame
// InvokeModel (POST /model/{modelId}/invoke) serves the embedding models (embed) and, for Claude models
// (…anthropic.… or …claude…), Anthropic's Messages body with anthropic_version and no model or stream
// (claudeInvoke); /invoke-with-response-stream streams Anthropic's events as `chunk` frames ({"bytes": base64}).

import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http'
import { EventStreamCodec } from '@smithy/core/event-streams'
import { fromUtf8, Hash, toUtf8 } from '@smithy/core/serde'
import { SignatureV4 } from '@smithy/signature-v4'
import { listenLocal } from './local-server.ts'

export const BEDROCK_KEYS = {
  accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  region: 'eu-west-3',
}
export const BEDROCK_SESSION_KEYS = {
  accessKeyId: 'ASIAIOSFODNN7SESSION',
  secretAccessKey: 'session/K7MDENG/bPxRfiCYSESSIONSECRET0',
  region: 'us-west-2',
  sessionToken: 'IQoJb3JpZ2luX2VjEXAMPLE//////////SessionTokenValue+/=',
}
const SECRETS: Record<string, string> = {
  [BEDROCK_KEYS.accessKeyId]: BEDROCK_KEYS.secretAccessKey,
  [BEDROCK_SESSION_KEYS.accessKeyId]: BEDROCK_SESSION_KEYS.secretAccessKey,
}

export const BEDROCK_USAGE = {
  inputTokens: 20,
  outputTokens: 7,
  cacheReadInputTokens: 6,
  cacheWriteInputTokens: 4,
  totalTokens: 37,
}
export const BEDROCK_TOOLS = [
  { toolUseId: 'tooluse_kZJMlvQmRJ6eAyJE5GIl7Q', name: 'get_weather', input: { city: 'Paris', unit: 'c' } },
  { toolUseId: 'tooluse_8xHkQ2pFSmCz1rW0aYtN3w', name: 'get_time', input: { zone: 'Europe/Paris' } },
]
export const BEDROCK_REASONING = 'The user greets me.'

type Json = Record<string, unknown>
export interface BedrockRequest {
  path: string
  model: string
  stream: boolean
  headers: IncomingHttpHeaders
  body: Json & { messages: { role: string; content: Json[] }[] }
}

const TOP_LEVEL = new Set([
  'messages',
  'system',
  'inferenceConfig',
  'toolConfig',
  'guardrailConfig',
  'additionalModelRequestFields',
  'promptVariables',
  'additionalModelResponseFieldPaths',
  'requestMetadata',
  'performanceConfig',
])
const BLOCK_KINDS = new Set(['text', 'image', 'document', 'video', 'toolUse', 'toolResult', 'reasoningContent'])

function awsError(res: ServerResponse, status: number, type: string, message: string): void {
  res.writeHead(status, {
    'content-type': 'application/json',
    'x-amzn-requestid': 'b7e1c2d4-0000-4000-8000-00000000e440',
    'x-amzn-errortype': `${type}:http://internal.amazon.com/coral/com.amazon.bedrock/`,
  })
  res.end(JSON.stringify({ message }))
}

const sha256 = Hash.bind(null, 'sha256')
const AUTH =
  /^AWS4-HMAC-SHA256 Credential=(\w+)\/(\d{8})\/([a-z0-9-]+)\/([a-z0-9-]+)\/aws4_request, SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})$/

/** null when the SigV4 signature is valid; otherwise AWS's error type and message. */
async function signatureProblem(
  method: string,
  path: string,
  headers: IncomingHttpHeaders,
  body: string,
): Promise<[string, string] | null> {
  const auth = AUTH.exec(String(headers.authorization ?? ''))
  if (!auth) return ['MissingAuthenticationTokenException', 'Missing Authentication Token']
  const [, accessKeyId, day, region, service, signedHeaders] = auth
  const secretAccessKey = SECRETS[accessKeyId]
  if (!secretAccessKey) return ['UnrecognizedClientException', 'The security token included in the request is invalid.']
  if (service !== 'bedrock')
    return ['InvalidSignatureException', `Credential should be scoped to correct service: 'bedrock'.`]
  const date = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(String(headers['x-amz-date'] ?? ''))
  if (!date || `${date[1]}${date[2]}${date[3]}` !== day)
    return [
      'InvalidSignatureException',
      'Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date',
    ]
  const signingDate = new Date(`${date[1]}-${date[2]}-${date[3]}T${date[4]}:${date[5]}:${date[6]}Z`)
  if (Math.abs(Date.now() - signingDate.getTime()) > 5 * 60_000)
    return ['InvalidSignatureException', 'Signature expired']
  const names = signedHeaders.split(';')
  if (!names.includes('host') || !names.includes('x-amz-date'))
    return ['InvalidSignatureException', 'host and x-amz-date must be signed']
  const signed: Record<string, string> = {}
  for (const name of names) signed[name] = String(headers[name] ?? '')
  const sessionToken = headers['x-amz-security-token'] as string | undefined
  const signer = new SignatureV4({
    service: 'bedrock',
    region,
    credentials: { accessKeyId, secretAccessKey, sessionToken },
    sha256,
    applyChecksum: false,
  })
  const expected = await signer.sign(
    { method, protocol: 'http:', hostname: '127.0.0.1', path, query: {}, headers: signed, body },
    { signingDate },
  )
  if (expected.headers.authorization !== headers.authorization) {
    return [
      'InvalidSignatureException',
      'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
    ]
  }
  return null
}

function invalidReason(body: BedrockRequest['body']): string | null {
  for (const key of Object.keys(body)) {
    if (!TOP_LEVEL.has(key)) return `Malformed input request: extraneous key [${key}] is not permitted`
  }
  const { messages } = body
  if (!Array.isArray(messages) || messages.length === 0) return 'A conversation must start with a user message.'
  if (messages[0].role !== 'user') return 'A conversation must start with a user message. Try again.'
  let toolBlocks = false
  for (const [i, message] of messages.entries()) {
    if (i > 0 && message.role === messages[i - 1].role)
      return 'A conversation must alternate between user and assistant roles.'
    if (!Array.isArray(message.content) || message.content.length === 0)
      return `messages.${i}.content: at least one block`
    for (const block of message.content) {
      const kinds = Object.keys(block)
      if (kinds.length !== 1 || !BLOCK_KINDS.has(kinds[0])) return `messages.${i}: a block has exactly one member`
      if ('text' in block && String(block.text).trim() === '')
        return 'The text field in the ContentBlock object is blank.'
      if ('toolUse' in block || 'toolResult' in block) toolBlocks = true
    }
  }
  if (toolBlocks && !body.toolConfig)
    return 'The toolConfig field must be defined when using toolUse and toolResult content blocks.'
  const temperature = (body.inferenceConfig as { temperature?: number } | undefined)?.temperature
  if (temperature !== undefined && (temperature < 0 || temperature > 1))
    return 'inferenceConfig.temperature: must be between 0 and 1'
  return thinkingProblem(body)
}

/** The extended-thinking field of a Claude model on Bedrock, as Anthropic checks it. */
function thinkingProblem(body: BedrockRequest['body']): string | null {
  const thinking = (body.additionalModelRequestFields as { thinking?: Json } | undefined)?.thinking
  if (thinking === undefined) return null
  if (thinking.type === 'disabled') return null
  const budget = thinking.budget_tokens
  if (thinking.type !== 'enabled' || typeof budget !== 'number' || budget < 1024)
    return 'thinking.enabled.budget_tokens: Input should be greater than or equal to 1024'
  const config = (body.inferenceConfig ?? {}) as { maxTokens?: number; temperature?: number }
  if (config.maxTokens === undefined || config.maxTokens <= budget)
    return '`max_tokens` must be greater than `thinking.budget_tokens`'
  if (config.temperature !== undefined && config.temperature !== 1)
    return '`temperature` may only be set to 1 when thinking is enabled'
  return null
}

/** Whether the answer starts with reasoning: …reasoning… models always, Claude when thinking is enabled. */
const reasons = (model: string, body: BedrockRequest['body']) =>
  model.includes('reasoning') ||
  (model.includes('claude') &&
    (body.additionalModelRequestFields as { thinking?: Json } | undefined)?.thinking?.type === 'enabled')

/** A vector per text, so a test can tell which text it belongs to: [characters, words, 0.5]. */
export const mockVector = (text: string) => [text.length, text.split(/\s+/).filter(Boolean).length, 0.5]
/** Tokens the mock counts for a text: its words. */
const tokensOf = (text: string) => text.split(/\s+/).filter(Boolean).length

/**
 * InvokeModel for the embedding models: Titan (`{inputText, dimensions?}` → `{embedding, inputTextTokenCount}`)
 * and Cohere Embed (`{texts, input_type, embedding_types}` → `{embeddings: {float}}`, its count in the
 * X-Amzn-Bedrock-Input-Token-Count header). Unknown fields are refused, as Bedrock refuses them.
 */
function embed(res: ServerResponse, model: string, body: Json, record: (body: Json) => void): void {
  record({ model, ...body })
  const headers = (tokens: number) => ({
    'content-type': 'application/json',
    'x-amzn-requestid': 'b7e1c2d4-0000-4000-8000-00000000e3b0',
    'x-amzn-bedrock-input-token-count': String(tokens),
  })
  if (model.includes('titan-embed')) {
    const extra = Object.keys(body).filter(
      (k) => !['inputText', 'dimensions', 'normalize', 'embeddingTypes'].includes(k),
    )
    if (typeof body.inputText !== 'string' || extra.length) {
      awsError(res, 400, 'ValidationException', `Malformed input request: ${extra[0] ?? 'inputText'}`)
      return
    }
    const tokens = tokensOf(body.inputText)
    res.writeHead(200, headers(tokens))
    res.end(JSON.stringify({ embedding: mockVector(body.inputText), inputTextTokenCount: tokens }))
    return
  }
  if (model.includes('cohere.embed')) {
    const texts = body.texts
    if (!Array.isArray(texts) || typeof body.input_type !== 'string') {
      awsError(res, 400, 'ValidationException', 'Malformed input request: texts and input_type are required')
      return
    }
    res.writeHead(200, headers(texts.reduce((n: number, t) => n + tokensOf(String(t)), 0)))
    const embeddings = { float: texts.map((t) => mockVector(String(t))) }
    res.end(JSON.stringify({ id: 'emb-mock', texts, embeddings, response_type: 'embeddings_by_type' }))
    return
  }
  awsError(res, 400, 'ValidationException', `The provided model identifier is invalid.`)
}

export async function startMockBedrock() {
  const requests: BedrockRequest[] = []
  const invocations: Json[] = []
  const claude: BedrockRequest[] = []
  const server = createServer(async (req, res) => {
    let raw = ''
    for await (const chunk of req) raw += chunk
    const path = req.url ?? ''
    const invoke = /^\/model\/([^/]+)\/(invoke|invoke-with-response-stream)$/.exec(path)
    const route = /^\/model\/([^/]+)\/(converse|converse-stream)$/.exec(path)
    if (req.method !== 'POST' || !(route || invoke)) return awsError(res, 404, 'UnknownOperationException', 'Not found')
    const problem = await signatureProblem(req.method, path, req.headers, raw)
    if (problem) return awsError(res, 403, ...problem)
    if (invoke) {
      const model = decodeURIComponent(invoke[1])
      if (/anthropic\.|claude/.test(model)) {
        const body = JSON.parse(raw) as Json
        claude.push({ path, model, stream: invoke[2] !== 'invoke', headers: req.headers, body } as BedrockRequest)
        return claudeInvoke(res, model, invoke[2] !== 'invoke', body)
      }
      return embed(res, model, JSON.parse(raw), (body) => invocations.push(body))
    }
    if (!route) return
    const model = decodeURIComponent(route[1])
    const stream = route[2] === 'converse-stream'
    const body = JSON.parse(raw) as BedrockRequest['body']
    requests.push({ path, model, stream, headers: req.headers, body })
    const invalid = invalidReason(body)
    if (invalid) return awsError(res, 400, 'ValidationException', invalid)
    if (model === 'throttled')
      return awsError(res, 429, 'ThrottlingException', 'Too many requests, please wait before trying again.')
    if (stream) return streamAnswer(res, model, reasons(model, body))
    const content: Json[] = model.includes('tools')
      ? [{ text: 'Let me check.' }, ...BEDROCK_TOOLS.map((toolUse) => ({ toolUse }))]
      : reasons(model, body)
        ? [
            { reasoningContent: { reasoningText: { text: BEDROCK_REASONING, signature: 'c2lnbmF0dXJl' } } },
            { text: 'Hello from Bedrock' },
          ]
        : [{ text: 'Hello from Bedrock' }]
    res.writeHead(200, {
      'content-type': 'application/json',
      'x-amzn-requestid': 'b7e1c2d4-0000-4000-8000-000000000001',
    })
    res.end(
      JSON.stringify({
        output: { message: { role: 'assistant', content } },
        stopReason: stopReason(model),
        usage: BEDROCK_USAGE,
        metrics: { latencyMs: 321 },
      }),
    )
  })
  return { ...(await listenLocal(server)), requests, invocations, claude }
}

const stopReason = (model: string) =>
  model.includes('tools') ? 'tool_use' : model.includes('guardrail') ? 'guardrail_intervened' : 'end_turn'

const codec = new EventStreamCodec(toUtf8, fromUtf8)
const str = (value: string) => ({ type: 'string' as const, value })
// Bedrock pads every event with a "p" field so payload sizes do not reveal the text.
const event = (type: string, payload: Json) =>
  codec.encode({
    headers: { ':event-type': str(type), ':content-type': str('application/json'), ':message-type': str('event') },
    body: fromUtf8(
      JSON.stringify({ ...payload, p: 'abcdefghijklmnopqrstuvwxyzABCDEF'.slice(0, 5 + (type.length % 7)) }),
    ),
  })
const exception = (type: string, message: string) =>
  codec.encode({
    headers: {
      ':exception-type': str(type),
      ':content-type': str('application/json'),
      ':message-type': str('exception'),
    },
    body: fromUtf8(JSON.stringify({ message })),
  })

/** Writes bytes in pieces of uneven sizes, yielding between them, so frames arrive split anywhere. */
async function dribble(res: ServerResponse, bytes: Uint8Array): Promise<void> {
  const sizes = [1, 7, 3, 29, 13, 2, 61, 5]
  for (let at = 0, i = 0; at < bytes.length; i++) {
    const size = sizes[i % sizes.length]
    res.write(bytes.subarray(at, at + size))
    at += size
    await new Promise((r) => setImmediate(r))
  }
}

async function streamAnswer(res: ServerResponse, model: string, reasoning: boolean): Promise<void> {
  res.writeHead(200, {
    'content-type': 'application/vnd.amazon.eventstream',
    'x-amzn-requestid': 'b7e1c2d4-0000-4000-8000-000000000002',
  })
  const frames: Uint8Array[] = [event('messageStart', { role: 'assistant' })]
  let block = 0
  if (reasoning && !model.includes('tools')) {
    frames.push(
      event('contentBlockDelta', { contentBlockIndex: block, delta: { reasoningContent: { text: 'The user ' } } }),
      event('contentBlockDelta', { contentBlockIndex: block, delta: { reasoningContent: { text: 'greets me.' } } }),
      event('contentBlockDelta', {
        contentBlockIndex: block,
        delta: { reasoningContent: { signature: 'c2lnbmF0dXJl' } },
      }),
      event('contentBlockStop', { contentBlockIndex: block++ }),
    )
  }
  const pieces = model.includes('tools') ? ['Let me', ' check.'] : ['Hello', ' from', ' Bedrock']
  for (const text of pieces) {
    frames.push(event('contentBlockDelta', { contentBlockIndex: block, delta: { text } }))
    if (model === 'stream-exception') {
      frames.push(exception('modelStreamErrorException', 'The model stream failed: unexpected token sequence'))
      await dribble(res, Buffer.concat(frames))
      return void res.end()
    }
  }
  frames.push(event('contentBlockStop', { contentBlockIndex: block++ }))
  if (model.includes('tools')) {
    for (const tool of BEDROCK_TOOLS) {
      frames.push(
        event('contentBlockStart', {
          contentBlockIndex: block,
          start: { toolUse: { toolUseId: tool.toolUseId, name: tool.name } },
        }),
      )
      const json = JSON.stringify(tool.input)
      for (let at = 0; at < json.length; at += 5) {
        frames.push(
          event('contentBlockDelta', {
            contentBlockIndex: block,
            delta: { toolUse: { input: json.slice(at, at + 5) } },
          }),
        )
      }
      frames.push(event('contentBlockStop', { contentBlockIndex: block++ }))
    }
  }
  frames.push(event('messageStop', { stopReason: stopReason(model) }))
  frames.push(event('metadata', { usage: BEDROCK_USAGE, metrics: { latencyMs: 321 } }))
  await dribble(res, Buffer.concat(frames))
  res.end()
}

export const BEDROCK_CLAUDE_USAGE = {
  input_tokens: 24,
  output_tokens: 9,
  cache_read_input_tokens: 5,
  cache_creation_input_tokens: 3,
}

/** Claude's Messages answer through InvokeModel, checked as Bedrock checks it (anthropic_version, no model). */
async function claudeInvoke(res: ServerResponse, model: string, stream: boolean, body: Json): Promise<void> {
  for (const key of ['model', 'stream']) {
    if (key in body)
      return awsError(
        res,
        400,
        'ValidationException',
        `Malformed input request: #: extraneous key [${key}] is not permitted`,
      )
  }
  if (body.anthropic_version !== 'bedrock-2023-05-31')
    return awsError(
      res,
      400,
      'ValidationException',
      'Malformed input request: #: required key [anthropic_version] not found',
    )
  if (!Array.isArray(body.messages) || typeof body.max_tokens !== 'number')
    return awsError(res, 400, 'ValidationException', 'Malformed input request: messages and max_tokens are required')
  const tools = model.includes('tools')
  // Extended thinking as Claude on Bedrock takes it: a budget of at least 1024, below max_tokens; the answer
  // then starts with a signed thinking block.
  const thinking = (body.thinking as { type?: string; budget_tokens?: number } | undefined)?.type === 'enabled'
  if (thinking) {
    const budget = (body.thinking as { budget_tokens?: unknown }).budget_tokens
    if (typeof budget !== 'number' || budget < 1024 || budget >= (body.max_tokens as number))
      return awsError(res, 400, 'ValidationException', 'thinking.budget_tokens must be ≥ 1024 and less than max_tokens')
  }
  const thought = { type: 'thinking', thinking: BEDROCK_REASONING, signature: 'bedrock-claude-signature' }
  const at = thinking ? 1 : 0
  const id = 'msg_bdrk_01XFDUDYJgAACzvnptvVoYEL'
  const tool = BEDROCK_TOOLS[0]
  if (!stream) {
    res.writeHead(200, {
      'content-type': 'application/json',
      'x-amzn-requestid': 'b7e1c2d4-0000-4000-8000-00000000c1a0',
    })
    const content: Json[] = tools
      ? [
          { type: 'text', text: 'Let me check.' },
          { type: 'tool_use', id: tool.toolUseId, name: tool.name, input: tool.input },
        ]
      : [{ type: 'text', text: 'Hello from Claude on Bedrock' }]
    if (thinking) content.unshift(thought)
    return void res.end(
      JSON.stringify({
        id,
        type: 'message',
        role: 'assistant',
        model: 'claude-3-5-sonnet-20241022',
        content,
        stop_reason: tools ? 'tool_use' : 'end_turn',
        stop_sequence: null,
        usage: BEDROCK_CLAUDE_USAGE,
      }),
    )
  }
  res.writeHead(200, {
    'content-type': 'application/vnd.amazon.eventstream',
    'x-amzn-requestid': 'b7e1c2d4-0000-4000-8000-00000000c1a1',
  })
  const { output_tokens, ...input } = BEDROCK_CLAUDE_USAGE
  const events: Json[] = [
    {
      type: 'message_start',
      message: {
        id,
        type: 'message',
        role: 'assistant',
        model: 'claude-3-5-sonnet-20241022',
        content: [],
        stop_reason: null,
        stop_sequence: null,
        usage: { ...input, output_tokens: 1 },
      },
    },
    ...(thinking
      ? [
          { type: 'content_block_start', index: 0, content_block: { type: 'thinking', thinking: '', signature: '' } },
          { type: 'content_block_delta', index: 0, delta: { type: 'thinking_delta', thinking: thought.thinking } },
          { type: 'content_block_delta', index: 0, delta: { type: 'signature_delta', signature: thought.signature } },
          { type: 'content_block_stop', index: 0 },
        ]
      : []),
    { type: 'content_block_start', index: at, content_block: { type: 'text', text: '' } },
    { type: 'ping' },
    ...(tools ? ['Let me', ' check.'] : ['Hello', ' from Claude', ' on Bedrock']).map((text) => ({
      type: 'content_block_delta',
      index: at,
      delta: { type: 'text_delta', text },
    })),
    { type: 'content_block_stop', index: at },
  ]
  if (tools) {
    const json = JSON.stringify(tool.input)
    events.push({
      type: 'content_block_start',
      index: at + 1,
      content_block: { type: 'tool_use', id: tool.toolUseId, name: tool.name, input: {} },
    })
    for (let from = 0; from < json.length; from += 5)
      events.push({
        type: 'content_block_delta',
        index: at + 1,
        delta: { type: 'input_json_delta', partial_json: json.slice(from, from + 5) },
      })
    events.push({ type: 'content_block_stop', index: at + 1 })
  }
  events.push(
    {
      type: 'message_delta',
      delta: { stop_reason: tools ? 'tool_use' : 'end_turn', stop_sequence: null },
      usage: { output_tokens },
    },
    // Bedrock adds its own invocation metrics to the last event.
    { type: 'message_stop', 'amazon-bedrock-invocationMetrics': { inputTokenCount: 24, outputTokenCount: 9 } },
  )
  const frames = events.map((e) => {
    const bytes = Buffer.from(JSON.stringify(e)).toString('base64')
    const frame = codec.encode({
      headers: { ':event-type': str('chunk'), ':content-type': str('application/json'), ':message-type': str('event') },
      body: fromUtf8(JSON.stringify({ bytes, p: 'abcdef' })),
    })
    return frame
  })
  if (model.includes('stream-exception')) {
    frames.splice(3)
    frames.push(exception('modelStreamErrorException', 'The model stream failed: unexpected token sequence'))
  }
  await dribble(res, Buffer.concat(frames))
  res.end()
}
