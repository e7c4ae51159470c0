// A provider cannot make Hub hold unbounded answers: one stream event is capped (UPSTREAM_EVENT_LIMIT, a clean
// in-band error the client sees, and Hub answers other requests meanwhile), a non-streamed answer is capped
// (UPSTREAM_RESPONSE_LIMIT, 502 upstream_response_too_large); in both cases the upstream connection is closed.
import { once } from 'node:events'
import { createServer, type ServerResponse } from 'node:http'
import t, { type Test } from 'tap'
import { json, listeningHub } from '../../../helpers/listening-hub.ts'
import { listenLocal } from '../../../helpers/local-server.ts'

const MB = 1024 * 1024
const PIECE = Buffer.alloc(64 * 1024, 'x')
const firstChunk = {
  id: 'chatcmpl-big',
  object: 'chat.completion.chunk',
  created: 1,
  model: 'big',
  choices: [{ index: 0, delta: { role: 'assistant', content: 'Hello' }, finish_reason: null }],
}

interface Upstream {
  /** Bytes written to the answer in progress. */
  sent: number
  /** Resolves when Hub closed the answer before it was finished. */
  closedEarly: Promise<void>
}

function drainedOrClosed(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done)
      res.off('close', done)
      resolve()
    }
    res.on('drain', done)
    res.on('close', done)
  })
}

/** Writes `total` bytes of `x` in 64 KiB pieces, waiting for the socket to drain; stops once Hub closes it. */
async function writeX(res: ServerResponse, total: number, up: Upstream, pause?: { at: number; wait(): Promise<void> }) {
  let paused = false
  while (up.sent < total && !res.destroyed) {
    if (pause && !paused && up.sent >= pause.at) {
      paused = true
      await pause.wait()
    }
    up.sent += PIECE.length
    if (!res.write(PIECE)) await drainedOrClosed(res)
  }
}

async function setup(t: Test, handler: (res: ServerResponse, up: Upstream) => Promise<void>, overrides = {}) {
  let up: Upstream | undefined
  const server = createServer(async (req, res) => {
    for await (const _ of req);
    let closed: () => void = () => {}
    up = { sent: 0, closedEarly: new Promise((resolve) => (closed = resolve)) }
    res.on('close', () => {
      if (!res.writableFinished) closed()
    })
    await handler(res, up)
  })
  const mock = await listenLocal(server)
  t.teardown(() => mock.close())
  const hub = await listeningHub(t, overrides)
  await hub.addProvider({
    name: 'big',
    type: 'openai',
    baseUrl: `${mock.url}/v1`,
    credential: { apiKey: 'sk-big-0123456789' },
    models: ['big'],
  })
  const { token } = await hub.issue(['chat'])
  return { hub, token, upstream: () => up as Upstream }
}

t.test('a 24 MB stream line: capped at the event limit, an in-band error, /health answers meanwhile', async (t) => {
  let release: () => void = () => {}
  const released = new Promise<void>((resolve) => (release = resolve))
  let paused: () => void = () => {}
  const atPause = new Promise<void>((resolve) => (paused = resolve))
  const { hub, token, upstream } = await setup(t, async (res, up) => {
    res.writeHead(200, { 'content-type': 'text/event-stream' })
    res.write(`data: ${JSON.stringify(firstChunk)}\n\ndata: {"choices":[{"index":0,"delta":{"content":"`)
    // 2 MB into the line, the upstream waits for the test to call /health.
    await writeX(res, 24 * MB, up, {
      at: 2 * MB,
      wait: () => {
        paused()
        return released
      },
    })
  })

  const answer = hub.post('/v1/chat/completions', token, {
    model: 'big/big',
    stream: true,
    messages: [{ role: 'user', content: 'Hi' }],
  })
  await atPause
  const health = await fetch(`${hub.url}/health`)
  t.equal(health.status, 200, '/health answers while Hub reads a long line')
  release()

  const res = await answer
  t.equal(res.status, 200)
  const text = await res.text()
  const frames = text.split('\n\n').filter(Boolean)
  t.match(frames[0], /"content":"Hello"/, 'what came before the long line was delivered')
  t.match(JSON.parse(frames[1].slice('data: '.length)), {
    error: { code: 'upstream_response_too_large', message: /larger than 4194304 bytes/ },
  })
  t.equal(frames.length, 2, 'the error frame ends the stream (no [DONE])')
  await upstream().closedEarly
  t.ok(upstream().sent < 24 * MB, `the upstream connection was closed after ${upstream().sent} bytes`)

  const [record] = await hub.usage()
  t.match(record, { status: 200, errorCode: 'upstream_response_too_large', estimated: true })
  t.ok(Number(record.cost) > 0, 'billed for what was delivered')
})

for (const declared of [true, false]) {
  t.test(
    `an oversized JSON answer (${declared ? 'content-length' : 'chunked'}) is a 502, connection closed`,
    async (t) => {
      const { hub, token, upstream } = await setup(
        t,
        async (res, up) => {
          res.writeHead(200, {
            'content-type': 'application/json',
            ...(declared ? { 'content-length': String(300 * MB) } : {}),
          })
          res.write('{"id":"chatcmpl-big","object":"chat.completion","choices":[],"padding":"')
          await writeX(res, declared ? 64 * 1024 : 300 * MB, up)
          // With a declared length the rest never comes: Hub must refuse on the header alone.
          if (declared) await once(res, 'close')
        },
        { UPSTREAM_RESPONSE_LIMIT: 1 * MB },
      )
      const res = await hub.post('/v1/chat/completions', token, {
        model: 'big/big',
        messages: [{ role: 'user', content: 'Hi' }],
      })
      t.equal(res.status, 502)
      t.match(await json(res), {
        error: { code: 'upstream_response_too_large', message: /larger than 1048576 bytes/ },
      })
      await upstream().closedEarly
      t.ok(upstream().sent < 300 * MB, `the upstream connection was closed after ${upstream().sent} bytes`)
      const [record] = await hub.usage()
      t.match(record, { status: 502, errorCode: 'upstream_response_too_large' })
    },
  )
}
