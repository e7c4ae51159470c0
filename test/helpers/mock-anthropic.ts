// A local stand-in for Anthropic's Messages API (POST /v1/messages) on 127.0.0.1, in its documented wire format:
// `x-api-key` and `anthropic-version` required, `max_tokens` required, roles must alternate starting with user
// (else a 400 invalid_request_error, as Anthropic answers), and streams as named SSE events
// (message_start, content_block_start/delta/stop, ping, message_delta, message_stop, error).
// The model name picks a behaviour:
//   anything else   "Hello from Claude" (streamed as "Hello" " from" " Claude")
//   claude-tools    "Let me check." then two tool_use blocks, their input streamed as input_json_delta fragments
//   error-429       a rate_limit_error;  overloaded  a 529 overloaded_error
//   stream-error    one text delta, then an `event: error`
//   claude-thinking with `thinking: {type: "enabled", budget_tokens}`, checked as Anthropic does (a budget of 1024 or
//                   more, under max_tokens, at temperature 1, a last assistant turn with tool_use starting with its
//                   thinking block), the answer starts with a signed thinking block (MOCK_THINKING)
// POST /v1/messages/count_tokens answers {input_tokens: MOCK_COUNTED_TOKENS}.

import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http'
import { listenLocal } from './local-server.ts'

export interface AnthropicRequest {
  headers: IncomingHttpHeaders
  body: Record<string, unknown> & { messages: { role: string; content: unknown }[] }
}

export const ANTHROPIC_USAGE = {
  input_tokens: 20,
  output_tokens: 7,
  cache_creation_input_tokens: 4,
  cache_read_input_tokens: 6,
}
/** What POST /v1/messages/count_tokens answers. */
export const MOCK_COUNTED_TOKENS = 42
export const CLAUDE_TOOLS = [
  { id: 'toolu_01A', name: 'get_weather', input: { city: 'Paris', unit: 'c' } },
  { id: 'toolu_01B', name: 'get_time', input: { zone: 'Europe/Paris' } },
]

function error(res: ServerResponse, status: number, type: string, message: string): void {
  const body = JSON.stringify({ type: 'error', error: { type, message } })
  res.writeHead(status, { 'content-type': 'application/json', 'request-id': 'req_mock' })
  res.end(body)
}

function invalidReason(headers: IncomingHttpHeaders, body: AnthropicRequest['body']): string | null {
  if (headers['anthropic-version'] !== '2023-06-01') return 'anthropic-version: header is required'
  if (typeof body.max_tokens !== 'number') return 'max_tokens: Field required'
  if (!Array.isArray(body.messages) || body.messages.length === 0) return 'messages: at least one message is required'
  if (body.messages[0].role !== 'user') return 'messages: first message must use the "user" role'
  for (let i = 1; i < body.messages.length; i++) {
    if (body.messages[i].role === body.messages[i - 1].role)
      return 'messages: roles must alternate between "user" and "assistant"'
  }
  return body.model === 'claude-thinking' ? thinkingProblem(body) : null
}

export const MOCK_THINKING = 'The user greets me; a short answer will do.'

function thinkingProblem(body: AnthropicRequest['body']): string | null {
  const thinking = body.thinking as { type?: string; budget_tokens?: number } | undefined
  if (thinking?.type !== 'enabled') return null
  const budget = thinking.budget_tokens ?? 0
  if (budget < 1024) return 'thinking.enabled.budget_tokens: Input should be greater than or equal to 1024'
  if (budget >= Number(body.max_tokens)) return '`max_tokens` must be greater than `thinking.budget_tokens`.'
  if (body.temperature !== undefined && body.temperature !== 1) {
    return '`temperature` may only be set to 1 when thinking is enabled.'
  }
  const last = body.messages.findLast((m) => m.role === 'assistant')
  const blocks = Array.isArray(last?.content) ? (last.content as { type: string }[]) : []
  if (blocks.some((b) => b.type === 'tool_use') && blocks[0]?.type !== 'thinking') {
    return 'messages.1.content.0.type: Expected `thinking` or `redacted_thinking`, but found `tool_use`. When `thinking` is enabled, a final `assistant` message must start with a thinking block.'
  }
  return null
}

export async function startMockAnthropic() {
  const requests: AnthropicRequest[] = []
  const server = createServer(async (req, res) => {
    let raw = ''
    for await (const chunk of req) raw += chunk
    const counting = req.url === '/v1/messages/count_tokens'
    if (req.method !== 'POST' || (req.url !== '/v1/messages' && !counting)) {
      return error(res, 404, 'not_found_error', 'Not found')
    }
    if (!req.headers['x-api-key']) return error(res, 401, 'authentication_error', 'x-api-key header is required')
    if (counting) {
      const body = JSON.parse(raw) as AnthropicRequest['body']
      requests.push({ headers: req.headers, body })
      res.writeHead(200, { 'content-type': 'application/json' })
      return res.end(JSON.stringify({ input_tokens: MOCK_COUNTED_TOKENS }))
    }
    const body = JSON.parse(raw) as AnthropicRequest['body']
    requests.push({ headers: req.headers, body })
    const invalid = invalidReason(req.headers, body)
    if (invalid) return error(res, 400, 'invalid_request_error', invalid)
    const model = String(body.model)
    if (model === 'error-429')
      return error(res, 429, 'rate_limit_error', 'Number of request tokens has exceeded your rate limit')
    if (model === 'overloaded') return error(res, 529, 'overloaded_error', 'Overloaded')
    if (body.stream === true) return stream(res, model)
    const tools = model === 'claude-tools'
    const content = tools
      ? [{ type: 'text', text: 'Let me check.' }, ...CLAUDE_TOOLS.map((t) => ({ type: 'tool_use', ...t }))]
      : [{ type: 'text', text: 'Hello from Claude' }]
    if (model === 'claude-thinking' && (body.thinking as { type?: string } | undefined)?.type === 'enabled') {
      content.unshift({ type: 'thinking', thinking: MOCK_THINKING, signature: 'EqQBCkYIARgCIkD…mock' } as never)
    }
    const text = JSON.stringify({
      id: 'msg_mock1',
      type: 'message',
      role: 'assistant',
      model,
      content,
      stop_reason: tools ? 'tool_use' : 'end_turn',
      stop_sequence: null,
      usage: ANTHROPIC_USAGE,
    })
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(text)
  })
  return { ...(await listenLocal(server)), requests }
}

async function stream(res: ServerResponse, model: string): Promise<void> {
  res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' })
  const send = (data: { type: string } & Record<string, unknown>) =>
    res.write(`event: ${data.type}\ndata: ${JSON.stringify(data)}\n\n`)
  const tick = () => new Promise((r) => setImmediate(r))
  const { output_tokens: _, ...startUsage } = ANTHROPIC_USAGE
  send({
    type: 'message_start',
    message: {
      id: 'msg_mock1',
      type: 'message',
      role: 'assistant',
      content: [],
      model,
      stop_reason: null,
      stop_sequence: null,
      usage: { ...startUsage, output_tokens: 1 },
    },
  })
  send({ type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } })
  send({ type: 'ping' })
  const pieces = model === 'claude-tools' ? ['Let me', ' check.'] : ['Hello', ' from', ' Claude']
  for (const piece of pieces) {
    await tick()
    send({ type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: piece } })
    if (model === 'stream-error') {
      send({ type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } })
      return void res.end()
    }
  }
  send({ type: 'content_block_stop', index: 0 })
  if (model === 'claude-tools') {
    for (const [i, tool] of CLAUDE_TOOLS.entries()) {
      const index = i + 1
      send({
        type: 'content_block_start',
        index,
        content_block: { type: 'tool_use', id: tool.id, name: tool.name, input: {} },
      })
      const json = JSON.stringify(tool.input)
      send({ type: 'content_block_delta', index, delta: { type: 'input_json_delta', partial_json: '' } })
      for (let at = 0; at < json.length; at += 5) {
        await tick()
        send({
          type: 'content_block_delta',
          index,
          delta: { type: 'input_json_delta', partial_json: json.slice(at, at + 5) },
        })
      }
      send({ type: 'content_block_stop', index })
    }
  }
  send({
    type: 'message_delta',
    delta: { stop_reason: model === 'claude-tools' ? 'tool_use' : 'end_turn', stop_sequence: null },
    usage: { output_tokens: ANTHROPIC_USAGE.output_tokens },
  })
  send({ type: 'message_stop' })
  res.end()
}
