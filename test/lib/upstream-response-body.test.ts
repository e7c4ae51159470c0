// The upstream client's response body, against a real HTTP server through undici's dispatch (lib/upstream-http.ts).
import { once } from 'node:events'
import { createServer, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { type Test, test } from 'tap'
import { readUpstreamText } from '../../lib/upstream-body.ts'
import { createUpstreamHttp } from '../../lib/upstream-http.ts'

async function upstream(t: Test, handle: (res: ServerResponse) => void) {
  const server = createServer((req, res) => {
    req.resume()
    req.on('end', () => handle(res))
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  t.teardown(() => {
    server.closeAllConnections()
    server.close()
  })
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/x`
}

const http = () => createUpstreamHttp({ connectTimeoutMs: 2000, firstByteTimeoutMs: 2000, idleTimeoutMs: 2000 })

test('a whole answer, written in pieces, is read whole', async (t) => {
  const url = await upstream(t, (res) => {
    res.writeHead(200, { 'content-type': 'application/json' })
    res.write('{"a":')
    setTimeout(() => res.end('"ü"}'), 20)
  })
  const client = http()
  t.teardown(client.close)
  const res = await client.postJson(url, {}, '{}', new AbortController().signal)
  t.equal(res.statusCode, 200)
  t.equal(res.headers['content-type'], 'application/json')
  t.equal(await readUpstreamText(res, new AbortController().signal), '{"a":"ü"}')
})

test('a stream is read chunk by chunk, with backpressure while the reader is slow', async (t) => {
  const chunk = 'x'.repeat(32 * 1024)
  const url = await upstream(t, (res) => {
    res.writeHead(200, { 'content-type': 'text/event-stream' })
    let sent = 0
    const more = () => {
      while (sent < 40) {
        sent++
        if (!res.write(chunk)) return res.once('drain', more)
      }
      res.end()
    }
    more()
  })
  const client = http()
  t.teardown(client.close)
  const res = await client.postJson(url, {}, '{}', new AbortController().signal)
  let total = 0
  for await (const piece of res.body) {
    total += piece.length
    await new Promise((resolve) => setTimeout(resolve, 2))
  }
  t.equal(total, 40 * chunk.length, 'every byte, once')
})

test('an answer over the limit is cut with upstream_response_too_large; the client is still usable', async (t) => {
  const url = await upstream(t, (res) => {
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end('y'.repeat(200_000))
  })
  const client = createUpstreamHttp({
    connectTimeoutMs: 2000,
    firstByteTimeoutMs: 2000,
    idleTimeoutMs: 2000,
    limits: { responseBytes: 100_000 },
  })
  t.teardown(client.close)
  const signal = new AbortController().signal
  const res = await client.postJson(url, {}, '{}', signal)
  await t.rejects(readUpstreamText(res, signal), { code: 'upstream_response_too_large', statusCode: 502 })
  const again = await client.postJson(url, {}, '{}', signal)
  t.equal(again.statusCode, 200)
  again.body.destroy()
})

test('the caller’s abort cancels a call mid-body: the reader gets client_closed, the connection is closed', async (t) => {
  let closed = false
  const url = await upstream(t, (res) => {
    res.writeHead(200, { 'content-type': 'text/event-stream' })
    res.write('data: 1\n\n')
    res.on('close', () => {
      closed = true
    })
  })
  const client = http()
  t.teardown(client.close)
  const controller = new AbortController()
  const res = await client.postJson(url, {}, '{}', controller.signal)
  const pieces: string[] = []
  await t.rejects(
    (async () => {
      for await (const piece of res.body) {
        pieces.push(piece.toString())
        controller.abort(new Error('client went away'))
      }
    })(),
    { code: 'client_closed' },
  )
  t.same(pieces, ['data: 1\n\n'])
  await new Promise((resolve) => setTimeout(resolve, 50))
  t.ok(closed, 'the upstream saw its connection closed')
})

test('a reader that stops early (break) cancels the rest', async (t) => {
  let closed = false
  const url = await upstream(t, (res) => {
    res.writeHead(200)
    res.write('first')
    res.on('close', () => {
      closed = true
    })
  })
  const client = http()
  t.teardown(client.close)
  const res = await client.postJson(url, {}, '{}', new AbortController().signal)
  for await (const _ of res.body) break
  await new Promise((resolve) => setTimeout(resolve, 50))
  t.ok(closed)
})

test('an abort before the call starts never reaches the network', async (t) => {
  let reached = false
  const url = await upstream(t, (res) => {
    reached = true
    res.end()
  })
  const client = http()
  t.teardown(client.close)
  const controller = new AbortController()
  controller.abort()
  await t.rejects(client.postJson(url, {}, '{}', controller.signal), { code: 'client_closed' })
  t.notOk(reached)
})
