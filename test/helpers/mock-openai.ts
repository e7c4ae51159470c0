// A local stand-in for OpenAI's Chat Completions API on 127.0.0.1, speaking its documented wire format:
// `chat.completion` objects, SSE `chat.completion.chunk` frames with `usage: null` on each chunk and a final
// usage chunk (empty `choices`) when `stream_options.include_usage` is set, then `data: [DONE]`.
// The upstream model name picks a behaviour, so one server covers every scenario:
//   anything else   a normal answer, "Hello from mock" (streamed as "Hel" "lo" " from" " mock")
//   tools           a tool call (streamed as OpenAI does: id and name first, then argument fragments)
//   error-400/401/429/500/503   an OpenAI error body with that status (the 401 echoes part of the key, as OpenAI does)
//   slow            headers only after `slowMs`
//   hang            streams one chunk, then nothing until the client goes away
//   stream-error    streams one chunk, then an error frame
//   cut             streams one chunk, then drops the connection
//   no-usage        streams without ever reporting usage; answers without `usage`, with content, a tool call
//                   and a refusal (MOCK_NO_USAGE_MESSAGE)
//   reasoning-hang  streams MOCK_REASONING as reasoning_content (DeepSeek's field), then nothing until the client
//                   goes away
//   usage-negative, usage-fraction, usage-huge, usage-string   reports garbage counts (-1000000, 1.5,
//                   3000000000, "12"); usage-large reports 20 000 000 prompt tokens (credible, but see the test)
// Embeddings (POST /v1/embeddings): one vector [length, index, 0.5] per input (base64 float32 when
// encoding_format is base64), 3 prompt tokens per input.
// Images (POST /v1/images/generations): `gpt-image-test` answers b64_json with token usage, like gpt-image-1;
// any other model answers URLs without usage, like DALL·E.
// Speech (POST /v1/audio/speech): MOCK_AUDIO, streamed in 3 pieces as audio/mpeg.
// Transcriptions (POST /v1/audio/transcriptions, multipart): "heard N bytes of FILENAME", in OpenAI's documented
// formats: json `{text, usage}` (`gpt-4o-transcribe-test` reports tokens, others `{type: "duration", seconds}`),
// verbose_json `{task, language, duration, text, segments, usage}`, diarized_json `{task, duration, text,
// segments with speaker, usage}`, and text, srt, vtt as text/plain with no usage at all. `no-duration-test`
// answers json as `{text}` alone, like OpenAI-compatible servers that report nothing. The duration is the WAV
// header's when the file is a WAV, else 2.4 s (billed as 3).
import { once } from 'node:events'
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface RecordedRequest {
  method: string
  url: string
  headers: IncomingHttpHeaders
  body: Record<string, unknown>
}

export interface MockOpenAI {
  /** Base URL in the SDK's convention, ending in /v1. */
  url: string
  requests: RecordedRequest[]
  /** Resolves when a streaming response was closed by the client before it ended. */
  clientClosed(): Promise<void>
  close(): Promise<void>
}

export const MOCK_USAGE = {
  prompt_tokens: 12,
  completion_tokens: 5,
  total_tokens: 17,
  prompt_tokens_details: { cached_tokens: 2, audio_tokens: 0 },
  completion_tokens_details: { reasoning_tokens: 1, audio_tokens: 0 },
}
/** The usage a model name asks the mock to report (a faulty provider's, for the usage-* models). */
export const MOCK_BAD_USAGE: Record<string, Record<string, unknown>> = {
  'usage-negative': { ...MOCK_USAGE, prompt_tokens: -1_000_000 },
  'usage-fraction': { ...MOCK_USAGE, completion_tokens: 1.5 },
  'usage-huge': { ...MOCK_USAGE, prompt_tokens: 3_000_000_000 },
  'usage-string': { ...MOCK_USAGE, prompt_tokens: '12', completion_tokens: 'five' },
  'usage-large': { ...MOCK_USAGE, prompt_tokens: 20_000_000 },
}
const usageOf = (model: string) => MOCK_BAD_USAGE[model] ?? MOCK_USAGE

export const MOCK_TEXT_PIECES = ['Hel', 'lo', ' from', ' mock']
export const MOCK_TOOL_CALL = { id: 'call_abc123', name: 'get_weather', arguments: '{"city":"Paris","unit":"c"}' }
/** 52 KB of reasoning, streamed in 1 KB pieces before the answer starts. */
export const MOCK_REASONING = 'Let me think about this step by step. '.repeat(1500).slice(0, 52 * 1024)
export const MOCK_NO_USAGE_MESSAGE = {
  role: 'assistant',
  content: 'Checking the weather first.',
  refusal: 'I will not share the location.',
  tool_calls: [
    {
      id: MOCK_TOOL_CALL.id,
      type: 'function',
      function: { name: MOCK_TOOL_CALL.name, arguments: MOCK_TOOL_CALL.arguments },
    },
  ],
}

const ERROR_BODIES: Record<number, { message: string; type: string; code: string | null }> = {
  400: { message: "Invalid value for 'temperature'", type: 'invalid_request_error', code: 'invalid_value' },
  401: {
    message: 'Incorrect API key provided: sk-mock-********************wxyz. You can find your API key at https://x.',
    type: 'invalid_request_error',
    code: 'invalid_api_key',
  },
  429: { message: 'Rate limit reached for requests', type: 'requests', code: 'rate_limit_exceeded' },
  500: { message: 'The server had an error while processing your request.', type: 'server_error', code: null },
  503: { message: 'The engine is currently overloaded', type: 'server_error', code: null },
}

export async function startMockOpenAI(opts: { slowMs?: number } = {}): Promise<MockOpenAI> {
  const requests: RecordedRequest[] = []
  let closedWaiters: (() => void)[] = []
  const sockets = new Set<import('node:net').Socket>()

  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = []
    try {
      for await (const chunk of req) chunks.push(chunk)
    } catch {
      return // the client (Hub) abandoned the request mid-body
    }
    const bytes = Buffer.concat(chunks)
    if (req.url === '/v1/audio/transcriptions') return transcribe(req.headers, bytes, res, requests)
    if (req.url === '/v1/images/edits') return editImage(req.headers, bytes, res, requests)
    let body: Record<string, unknown> = {}
    try {
      body = JSON.parse(bytes.toString() || '{}')
    } catch {
      return json(res, 400, { error: { message: 'We could not parse the JSON body', type: 'invalid_request_error' } })
    }
    requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body })
    if (req.method === 'POST' && req.url === '/v1/embeddings') return json(res, 200, embeddingList(body))
    if (req.method === 'POST' && req.url === '/v1/images/generations') return json(res, 200, imageList(body))
    if (req.method === 'POST' && req.url === '/v1/audio/speech') return speak(res, body)
    if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
      return json(res, 404, {
        error: { message: `Unknown request URL: ${req.method} ${req.url}`, type: 'invalid_request_error' },
      })
    }
    if (!String(req.headers.authorization ?? '').startsWith('Bearer sk-')) {
      return json(res, 401, { error: { ...ERROR_BODIES[401], message: "You didn't provide an API key." } })
    }

    const model = String(body.model)
    const errorStatus = /^error-(\d{3})$/.exec(model)?.[1]
    if (errorStatus) return json(res, Number(errorStatus), { error: ERROR_BODIES[Number(errorStatus)] })
    res.on('close', () => {
      if (!res.writableFinished) {
        for (const w of closedWaiters) w()
        closedWaiters = []
      }
    })
    if (model === 'slow') await new Promise((r) => setTimeout(r, opts.slowMs ?? 2_000))
    if (res.destroyed) return
    if (body.stream === true) return stream(res, model, body)
    return json(res, 200, completion(model))
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as AddressInfo

  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    clientClosed: () => new Promise((resolve) => closedWaiters.push(resolve)),
    close: async () => {
      for (const socket of sockets) socket.destroy()
      server.close()
      await once(server, 'close')
    },
  }
}

function json(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) })
  res.end(text)
}

const created = 1_764_600_000

function completion(model: string) {
  if (model === 'no-usage') {
    return {
      id: 'chatcmpl-mock1',
      object: 'chat.completion',
      created,
      model,
      choices: [{ index: 0, message: MOCK_NO_USAGE_MESSAGE, logprobs: null, finish_reason: 'tool_calls' }],
    }
  }
  const toolCall = model === 'tools'
  return {
    id: 'chatcmpl-mock1',
    object: 'chat.completion',
    created,
    model,
    system_fingerprint: 'fp_mock',
    choices: [
      {
        index: 0,
        message: toolCall
          ? {
              role: 'assistant',
              content: null,
              refusal: null,
              tool_calls: [
                {
                  id: MOCK_TOOL_CALL.id,
                  type: 'function',
                  function: { name: MOCK_TOOL_CALL.name, arguments: MOCK_TOOL_CALL.arguments },
                },
              ],
            }
          : { role: 'assistant', content: MOCK_TEXT_PIECES.join(''), refusal: null },
        logprobs: null,
        finish_reason: toolCall ? 'tool_calls' : 'stop',
      },
    ],
    usage: usageOf(model),
  }
}

function chunk(model: string, delta: Record<string, unknown>, finish: string | null, withUsage: boolean) {
  return {
    id: 'chatcmpl-mock1',
    object: 'chat.completion.chunk',
    created,
    model,
    system_fingerprint: 'fp_mock',
    choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
    ...(withUsage ? { usage: null } : {}),
  }
}

async function stream(res: ServerResponse, model: string, body: Record<string, unknown>): Promise<void> {
  const includeUsage = (body.stream_options as { include_usage?: boolean } | undefined)?.include_usage === true
  const reportUsage = includeUsage && model !== 'no-usage'
  res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' })
  const send = (data: unknown, then?: () => void) => res.write(`data: ${JSON.stringify(data)}\n\n`, then)
  const tick = () => new Promise((r) => setImmediate(r))

  send(chunk(model, { role: 'assistant', content: '', refusal: null }, null, reportUsage))
  if (model === 'reasoning-hang') {
    for (let at = 0; at < MOCK_REASONING.length; at += 1024) {
      await tick()
      send(chunk(model, { reasoning_content: MOCK_REASONING.slice(at, at + 1024) }, null, reportUsage))
    }
    return // the response stays open until the client goes away
  }
  if (model === 'tools') {
    const args = MOCK_TOOL_CALL.arguments
    send(
      chunk(
        model,
        {
          tool_calls: [
            {
              index: 0,
              id: MOCK_TOOL_CALL.id,
              type: 'function',
              function: { name: MOCK_TOOL_CALL.name, arguments: '' },
            },
          ],
        },
        null,
        reportUsage,
      ),
    )
    for (let i = 0; i < args.length; i += 7) {
      await tick()
      send(
        chunk(model, { tool_calls: [{ index: 0, function: { arguments: args.slice(i, i + 7) } }] }, null, reportUsage),
      )
    }
    send(chunk(model, {}, 'tool_calls', reportUsage))
  } else {
    for (const [i, piece] of MOCK_TEXT_PIECES.entries()) {
      await tick()
      // A cut connection drops after this chunk has been flushed.
      const cut = i === 0 && model === 'cut' ? () => res.socket?.destroy() : undefined
      send(chunk(model, { content: piece }, null, reportUsage), cut)
      if (cut) return
      if (i === 0 && model === 'hang') return // the response stays open until the client goes away
      if (i === 0 && model === 'stream-error') {
        res.write(
          `data: ${JSON.stringify({ error: { message: 'The server had an error processing your request.', type: 'server_error' } })}\n\n`,
        )
        return void res.end()
      }
    }
    send(chunk(model, {}, 'stop', reportUsage))
  }
  if (reportUsage) {
    send({
      id: 'chatcmpl-mock1',
      object: 'chat.completion.chunk',
      created,
      model,
      system_fingerprint: 'fp_mock',
      choices: [],
      usage: usageOf(model),
    })
  }
  res.end('data: [DONE]\n\n')
}

function embeddingList(body: Record<string, unknown>) {
  const inputs = Array.isArray(body.input) ? body.input : [body.input]
  return {
    object: 'list',
    data: inputs.map((input, index) => {
      const vector = [String(input).length, index, 0.5]
      // As OpenAI does: base64 of little-endian float32s when asked (the official SDK asks by default).
      const embedding =
        body.encoding_format === 'base64' ? Buffer.from(new Float32Array(vector).buffer).toString('base64') : vector
      return { object: 'embedding', index, embedding }
    }),
    model: body.model,
    usage: { prompt_tokens: inputs.length * 3, total_tokens: inputs.length * 3 },
  }
}

export const MOCK_IMAGE_B64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='

function imageList(body: Record<string, unknown>) {
  const n = typeof body.n === 'number' ? body.n : 1
  if (body.model === 'gpt-image-test') {
    return {
      created,
      data: Array.from({ length: n }, () => ({ b64_json: MOCK_IMAGE_B64 })),
      usage: { input_tokens: 10, output_tokens: 100, total_tokens: 110, input_tokens_details: { text_tokens: 10 } },
    }
  }
  return {
    created,
    data: Array.from({ length: n }, (_, i) => ({
      url: `https://images.example.com/generated-${i}.png`,
      revised_prompt: `A picture of ${body.prompt}`,
    })),
  }
}

/** The multipart form of a request, or null after answering OpenAI's 400 for one that does not parse. */
async function formOf(headers: IncomingHttpHeaders, bytes: Buffer, res: ServerResponse): Promise<FormData | null> {
  try {
    return await new Response(bytes, { headers: { 'content-type': String(headers['content-type']) } }).formData()
  } catch {
    json(res, 400, { error: { message: 'Could not parse multipart form', type: 'invalid_request_error' } })
    return null
  }
}

/** POST /v1/images/edits: a multipart form with `image` (or `image[]`), optional `mask`, `prompt`; recorded. */
async function editImage(
  headers: IncomingHttpHeaders,
  bytes: Buffer,
  res: ServerResponse,
  requests: RecordedRequest[],
): Promise<void> {
  const form = await formOf(headers, bytes, res)
  if (!form) return
  const body: Record<string, unknown> = {}
  for (const [name, value] of form.entries()) {
    const entry =
      value instanceof Blob
        ? { name: (value as File).name, type: value.type, bytes: Buffer.from(await value.arrayBuffer()) }
        : value
    body[name] = name in body ? [body[name], entry].flat() : entry
  }
  requests.push({ method: 'POST', url: '/v1/images/edits', headers, body })
  if (!(body.image || body['image[]']) || typeof body.prompt !== 'string') {
    return json(res, 400, { error: { message: "'image' and 'prompt' are required", type: 'invalid_request_error' } })
  }
  json(res, 200, imageList({ model: body.model, prompt: body.prompt, n: Number(body.n ?? 1) }))
}

export const MOCK_AUDIO = Buffer.from('ID3\u0004\u0000\u0000mock-mp3-audio-frames-0123456789')

async function speak(res: ServerResponse, body: Record<string, unknown>): Promise<void> {
  if (typeof body.input !== 'string' || typeof body.voice !== 'string') {
    return json(res, 400, { error: { message: 'input and voice are required', type: 'invalid_request_error' } })
  }
  res.writeHead(200, { 'content-type': 'audio/mpeg', 'transfer-encoding': 'chunked' })
  const third = Math.ceil(MOCK_AUDIO.length / 3)
  for (let at = 0; at < MOCK_AUDIO.length; at += third) {
    res.write(MOCK_AUDIO.subarray(at, at + third))
    await new Promise((r) => setImmediate(r))
  }
  res.end()
}

async function transcribe(
  headers: IncomingHttpHeaders,
  bytes: Buffer,
  res: ServerResponse,
  requests: RecordedRequest[],
): Promise<void> {
  const form = await formOf(headers, bytes, res)
  if (!form) return
  const file = form.get('file')
  const fields = Object.fromEntries([...form.entries()].filter(([k]) => k !== 'file').map(([k, v]) => [k, String(v)]))
  const upload = file instanceof Blob ? Buffer.from(await file.arrayBuffer()) : null
  requests.push({
    method: 'POST',
    url: '/v1/audio/transcriptions',
    headers,
    body: { ...fields, file: upload ? { name: (file as File).name, type: (file as File).type, bytes: upload } : null },
  })
  if (!upload)
    return json(res, 400, { error: { message: "'file' is a required property", type: 'invalid_request_error' } })
  const text = `heard ${upload.length} bytes of ${(file as File).name}`
  const duration = wavSeconds(upload) ?? 2.4
  const usage = { type: 'duration', seconds: Math.ceil(duration) }
  const plain = (body: string) => {
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' })
    res.end(body)
  }
  const segment = { id: 0, start: 0, end: duration, text: ` ${text}` }
  switch (fields.response_format ?? 'json') {
    case 'text':
      return plain(`${text}\n`)
    case 'srt':
      return plain(`1\n00:00:00,000 --> ${cueTime(duration, ',')}\n${text}\n\n`)
    case 'vtt':
      return plain(`WEBVTT\n\n00:00:00.000 --> ${cueTime(duration, '.')}\n${text}\n\n`)
    case 'verbose_json':
      return json(res, 200, {
        task: 'transcribe',
        language: 'english',
        duration,
        text,
        segments: [{ ...segment, seek: 0, tokens: [50364], temperature: 0, avg_logprob: -0.2 }],
        usage,
      })
    case 'diarized_json':
      return json(res, 200, {
        task: 'transcribe',
        duration,
        text,
        segments: [{ type: 'transcript.text.segment', ...segment, id: 'seg_0', speaker: 'A' }],
        usage,
      })
  }
  if (fields.response_format === 'srt') {
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' })
    return void res.end(`1\n00:00:00,000 --> 00:00:01,500\nheard\n\n2\n00:00:01,500 --> 00:00:04,250\n${text}\n\n`)
  }
  if (fields.model === 'gpt-4o-transcribe-test') {
    return json(res, 200, { text, usage: { type: 'tokens', input_tokens: 14, output_tokens: 9, total_tokens: 23 } })
  }
  if (fields.model === 'no-duration-test') return json(res, 200, { text })
  return json(res, 200, { text, usage })
}

/** A WAV file's length from its header (data size / byte rate), as a provider would decode it. */
function wavSeconds(bytes: Buffer): number | undefined {
  if (bytes.length < 44 || bytes.toString('latin1', 0, 4) !== 'RIFF' || bytes.toString('latin1', 8, 12) !== 'WAVE') {
    return undefined
  }
  return bytes.readUInt32LE(40) / bytes.readUInt32LE(28)
}

/** 7.2 → "00:00:07,200" (srt) or "00:00:07.200" (vtt). */
function cueTime(seconds: number, mark: string): string {
  const ms = Math.round(seconds * 1000)
  const pad = (n: number, width = 2) => String(n).padStart(width, '0')
  return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}${mark}${pad(ms % 1000, 3)}`
}
