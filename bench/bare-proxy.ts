// The baseline: a proxy written as fast as Node allows, the least a Node proxy must do. It reads the request
// body, forwards it with undici's `dispatch` and a handler object on a kept-alive pool (no promise, no stream,
// no AbortController per call) and writes the answer back, with no auth, validation or metering.
import { once } from 'node:events'
import { createServer, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { type Dispatcher, Pool } from 'undici'
import { serve } from './processes.ts'

const pool = new Pool(new URL(process.argv[2]!).origin, { connections: 256, keepAliveTimeout: 30_000 })
const PASSED = new Set(['content-type', 'content-length', 'cache-control'])

function handler(res: ServerResponse): Dispatcher.DispatchHandler {
  let resume = () => {}
  return {
    onConnect() {},
    onHeaders(statusCode, rawHeaders, resumeReading) {
      resume = resumeReading
      const headers: string[] = []
      for (let i = 0; i < rawHeaders.length; i += 2) {
        const name = rawHeaders[i]!.toString('latin1').toLowerCase()
        if (PASSED.has(name)) headers.push(name, rawHeaders[i + 1]!.toString('latin1'))
      }
      res.writeHead(statusCode, headers)
      return true
    },
    onData(chunk) {
      if (res.write(chunk)) return true
      res.once('drain', resume)
      return false
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

const server = createServer((req, res) => {
  const chunks: Buffer[] = []
  req.on('data', (chunk: Buffer) => chunks.push(chunk))
  req.on('end', () => {
    pool.dispatch(
      {
        method: 'POST',
        path: req.url ?? '/',
        headers: { 'content-type': 'application/json', authorization: req.headers.authorization ?? '' },
        body: chunks.length === 1 ? chunks[0] : Buffer.concat(chunks),
      },
      handler(res),
    )
  })
})
server.keepAliveTimeout = 30_000
server.listen(0, '127.0.0.1')
await once(server, 'listening')
const { port } = server.address() as AddressInfo

serve({ url: `http://127.0.0.1:${port}`, pid: process.pid }, async () => {
  server.closeAllConnections()
  server.close()
  await pool.close()
})
