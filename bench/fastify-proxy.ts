// The framework floor: the least a proxy built on Hub's stack does for one chat call. Fastify parses the JSON
// body, the route forwards it re-serialised with undici's `dispatch` on a kept-alive pool, parses the JSON answer
// and sends it re-serialised (Hub rewrites the answer's model name, so it must), with logging off and no auth,
// validation, metering or metrics. Hub's cost over this line is its own; this line's cost over the bare proxy
// is Fastify's and JSON's.
import Fastify, { type FastifyReply } from 'fastify'
import { type Dispatcher, Pool } from 'undici'
import { serve } from './processes.ts'

const pool = new Pool(new URL(process.argv[2]!).origin, { connections: 256, keepAliveTimeout: 30_000 })

/** A whole JSON answer: parsed and re-serialised, as Hub does. */
function jsonHandler(reply: FastifyReply): Dispatcher.DispatchHandler {
  const chunks: Buffer[] = []
  return {
    onConnect() {},
    onHeaders() {
      return true
    },
    onData(chunk) {
      chunks.push(chunk)
      return true
    },
    onComplete() {
      const answer = JSON.parse(Buffer.concat(chunks).toString('utf8')) as object
      reply.type('application/json; charset=utf-8').send(JSON.stringify(answer))
    },
    onError() {
      reply.code(502).send({ error: 'Bad Gateway' })
    },
  }
}

/** A streamed answer: its bytes as they come, as Hub's passthrough does. */
function streamHandler(reply: FastifyReply): Dispatcher.DispatchHandler {
  const res = reply.raw
  reply.hijack()
  return {
    onConnect() {},
    onHeaders(statusCode) {
      res.writeHead(statusCode, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' })
      return true
    },
    onData(chunk) {
      res.write(chunk)
      return true
    },
    onComplete() {
      res.end()
    },
    onError() {
      if (!res.headersSent) res.writeHead(502)
      res.end()
    },
  }
}

const app = Fastify({ logger: false })
app.post('/v1/chat/completions', (request, reply) => {
  const body = request.body as { stream?: boolean }
  pool.dispatch(
    {
      method: 'POST',
      path: '/v1/chat/completions',
      headers: { 'content-type': 'application/json', authorization: request.headers.authorization ?? '' },
      body: JSON.stringify(body),
    },
    body.stream ? streamHandler(reply) : jsonHandler(reply),
  )
  return reply
})
await app.listen({ host: '127.0.0.1', port: 0 })
app.server.keepAliveTimeout = 30_000
const { port } = app.server.address() as { port: number }

serve({ url: `http://127.0.0.1:${port}`, pid: process.pid }, async () => {
  app.server.closeAllConnections()
  await app.close()
  await pool.close()
})
