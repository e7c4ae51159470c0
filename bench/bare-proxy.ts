// The baseline: the least a Node proxy must do. It reads the request body, forwards it to the upstream with a
// pooled undici client and pipes the answer back (same path), with no auth, validation or metering.
import { once } from 'node:events'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { pipeline } from 'node:stream/promises'
import { Pool } from 'undici'
import { serve } from './processes.ts'

const pool = new Pool(new URL(process.argv[2]!).origin, { connections: 256, keepAliveTimeout: 30_000 })

const server = createServer(async (req, res) => {
  try {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk)
    const answer = await pool.request({
      method: 'POST',
      path: req.url ?? '/',
      headers: { 'content-type': 'application/json', authorization: req.headers.authorization ?? '' },
      body: Buffer.concat(chunks),
    })
    const headers: Record<string, string> = {}
    for (const name of ['content-type', 'content-length', 'cache-control']) {
      const value = answer.headers[name]
      if (typeof value === 'string') headers[name] = value
    }
    res.writeHead(answer.statusCode, headers)
    await pipeline(answer.body, res)
  } catch {
    if (!res.headersSent) res.writeHead(502)
    res.end()
  }
})
server.keepAliveTimeout = 30_000
server.listen(0, '127.0.0.1')
await once(server, 'listening')
const { port } = server.address() as AddressInfo

serve({ url: `http://127.0.0.1:${port}` }, async () => {
  server.closeAllConnections()
  server.close()
  await pool.close()
})
