// An OpenAI-compatible upstream on 127.0.0.1 whose behaviour is chosen per credential: the key "sk-fault-<name>"
// gets `faults[name]`, switchable between requests, so one provider with several keys can have one failing and
// another healthy. Speaks OpenAI's wire format: chat.completion, SSE chat.completion.chunk frames with a usage
// chunk and [DONE], error bodies `{error: {message, type, code}}` with retry-after / retry-after-ms.
//   ok                         a normal answer ("Hello from mock", streamed as three chunks)
//   { status, retryAfterMs? }  that status with an OpenAI error body (and the retry headers)
//   hang                       never answers (until the client goes away)
//   drop                       streamed: one chunk, then the connection is destroyed; else destroyed before headers
// A fault with `times` applies to that many requests, then the key answers ok.
import { createServer, type ServerResponse } from 'node:http'
import { listenLocal } from './local-server.ts'

export type Fault =
  | 'ok'
  | 'hang'
  | 'drop'
  /** A slow first byte: the answer after this many milliseconds. */
  | { delayMs: number }
  | { status: number; retryAfterMs?: number; retryAfter?: string; times?: number }

export interface FaultRequest {
  key: string
  model: string
  url: string
  stream: boolean
  at: number
}

export interface FaultyUpstream {
  /** Base URL in the SDK's convention, ending in /v1. */
  url: string
  faults: Record<string, Fault>
  requests: FaultRequest[]
  /** Requests made with one key. */
  count(name: string): number
  close(): Promise<void>
}

export const faultKey = (name: string) => `sk-fault-${name}`
export const FAULT_USAGE = { prompt_tokens: 7, completion_tokens: 3, total_tokens: 10 }
const PIECES = ['Hello', ' from', ' mock']

const ERROR_TYPES: Record<number, string> = {
  400: 'invalid_request_error',
  401: 'invalid_request_error',
  403: 'permission_error',
  429: 'rate_limit_exceeded',
}

function completion(model: string) {
  return {
    id: 'chatcmpl-fault',
    object: 'chat.completion',
    created: 1_733_000_000,
    model,
    choices: [
      { index: 0, message: { role: 'assistant', content: PIECES.join('') }, finish_reason: 'stop', logprobs: null },
    ],
    usage: FAULT_USAGE,
  }
}

const chunk = (model: string, delta: object, finish: string | null, usage: object | null = null) =>
  `data: ${JSON.stringify({
    id: 'chatcmpl-fault',
    object: 'chat.completion.chunk',
    created: 1_733_000_000,
    model,
    choices: usage ? [] : [{ index: 0, delta, finish_reason: finish, logprobs: null }],
    usage,
  })}\n\n`

function stream(res: ServerResponse, model: string) {
  res.writeHead(200, { 'content-type': 'text/event-stream' })
  res.write(chunk(model, { role: 'assistant', content: '' }, null))
  for (const piece of PIECES) res.write(chunk(model, { content: piece }, null))
  res.write(chunk(model, {}, 'stop'))
  res.write(chunk(model, {}, null, FAULT_USAGE))
  res.end('data: [DONE]\n\n')
}

function errorAnswer(res: ServerResponse, fault: { status: number; retryAfterMs?: number; retryAfter?: string }) {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (fault.retryAfterMs !== undefined) headers['retry-after-ms'] = String(fault.retryAfterMs)
  if (fault.retryAfter !== undefined) headers['retry-after'] = fault.retryAfter
  const type = ERROR_TYPES[fault.status] ?? 'server_error'
  res
    .writeHead(fault.status, headers)
    .end(JSON.stringify({ error: { message: `mock fault ${fault.status}`, type, param: null, code: null } }))
}

export async function startFaultyUpstream(faults: Record<string, Fault> = {}): Promise<FaultyUpstream> {
  const requests: FaultRequest[] = []
  const server = createServer(async (req, res) => {
    let text = ''
    for await (const piece of req) text += piece
    const body = JSON.parse(text || '{}') as { model?: string; stream?: boolean; input?: unknown }
    const key = String(req.headers.authorization ?? '').replace(/^Bearer sk-fault-/, '')
    requests.push({ key, model: String(body.model), url: req.url ?? '', stream: body.stream === true, at: Date.now() })
    const fault = faults[key] ?? { status: 401 }
    if (typeof fault === 'object' && 'times' in fault && fault.times !== undefined && --fault.times <= 0) {
      faults[key] = 'ok'
    }
    const model = String(body.model)
    if (fault === 'hang') return
    if (typeof fault === 'object' && 'delayMs' in fault) await new Promise((r) => setTimeout(r, fault.delayMs))
    if (fault === 'drop') {
      if (!body.stream) return void res.socket?.destroy()
      res.writeHead(200, { 'content-type': 'text/event-stream' })
      res.write(chunk(model, { role: 'assistant', content: PIECES[0] }, null))
      setTimeout(() => res.socket?.destroy(), 20)
      return
    }
    if (typeof fault === 'object' && 'status' in fault) return errorAnswer(res, fault)
    if (req.url === '/v1/embeddings') {
      return res.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          object: 'list',
          data: [{ object: 'embedding', index: 0, embedding: [0.1, 0.2] }],
          model,
          usage: { prompt_tokens: 3, total_tokens: 3 },
        }),
      )
    }
    if (body.stream) return stream(res, model)
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(completion(model)))
  })
  const local = await listenLocal(server)
  return {
    url: `${local.url}/v1`,
    faults,
    requests,
    count: (name) => requests.filter((r) => r.key === name).length,
    close: local.close,
  }
}
