// The SSE parser against the WHATWG rules, fed byte by byte as well as whole.
import t from 'tap'
import { parseSse, type SseEvent } from '../../lib/sse.ts'

async function parse(chunks: (string | Uint8Array)[]): Promise<SseEvent[]> {
  const encoder = new TextEncoder()
  async function* body() {
    for (const c of chunks) yield typeof c === 'string' ? encoder.encode(c) : c
  }
  const events: SseEvent[] = []
  for await (const e of parseSse(body())) events.push(e)
  return events
}

const bytes = (text: string) => [...new TextEncoder().encode(text)].map((b) => new Uint8Array([b]))

t.test('frames, line ends, comments, multi-line data and event names', async (t) => {
  const text =
    ': keep-alive\r\ndata: a\r\n\r\nevent: error\ndata:{"x":1}\n\ndata: line1\rdata: line2\r\rid: 7\ndata\n\n'
  const expected = [
    { event: 'message', data: 'a', id: undefined },
    { event: 'error', data: '{"x":1}', id: undefined },
    { event: 'message', data: 'line1\nline2', id: undefined },
    { event: 'message', data: '', id: '7' },
  ]
  t.same(await parse([text]), expected, 'whole')
  t.same(await parse(bytes(text)), expected, 'one byte at a time, \\r\\n split across chunks')
})

t.test('multi-byte UTF-8 split across chunks, and an unterminated last frame is dropped', async (t) => {
  const events = await parse([...bytes('data: héllo 👋\n\n'), 'data: partial'])
  t.same(events, [{ event: 'message', data: 'héllo 👋', id: undefined }])
})

const MB = 1024 * 1024
/** `total` bytes of one line, in 64 KiB network chunks, then `tail`; counts the chunks the parser pulled. */
function longLine(total: number, tail: string) {
  const piece = new TextEncoder().encode('x'.repeat(64 * 1024))
  const pulled = { chunks: 0 }
  async function* body() {
    yield new TextEncoder().encode('data: ')
    for (let sent = 0; sent < total; sent += piece.length) {
      pulled.chunks++
      yield piece
    }
    yield new TextEncoder().encode(tail)
  }
  return { body: body(), pulled }
}

t.test('a 24 MB line in 64 KiB chunks is one event, and many lines in one chunk are all read', async (t) => {
  const { body } = longLine(24 * MB, '\n\n')
  const events: SseEvent[] = []
  for await (const e of parseSse(body)) events.push(e)
  t.equal(events.length, 1)
  t.equal(events[0].data.length, 24 * MB)
  t.match(events[0].data, /^x+$/)

  const many = Array.from({ length: 2_000 }, (_, i) => `data: ${i}\r\n\r\n`).join('')
  const parsed = await parse([many])
  t.equal(parsed.length, 2_000)
  t.equal(parsed[1_999].data, '1999')
})

t.test('an event over the cap fails the stream cleanly, without reading the rest', async (t) => {
  const { body, pulled } = longLine(24 * MB, '\n\n')
  const error = await (async () => {
    for await (const _ of parseSse(body, { maxEventChars: 4 * MB }));
  })().catch((err) => err)
  t.match(error, { code: 'upstream_response_too_large', statusCode: 502, message: /larger than 4194304 bytes/ })
  t.equal(pulled.chunks, 64, 'stopped at the chunk that crossed 4 MiB')

  // The cap counts an event's data lines together, not only one line.
  const lines = `${'data: 0123456789\n'.repeat(200)}\n`
  const capped = await parse([lines]).then(
    () => null,
    (err) => err,
  )
  t.equal(capped, null, 'no cap by default')
  const tooMany = await (async () => {
    for await (const _ of parseSse(
      (async function* () {
        yield new TextEncoder().encode(lines)
      })(),
      { maxEventChars: 1024 },
    ));
  })().catch((err) => err)
  t.match(tooMany, { code: 'upstream_response_too_large' })
  const fits: SseEvent[] = []
  for await (const e of parseSse(
    (async function* () {
      yield new TextEncoder().encode(lines)
    })(),
    { maxEventChars: 4096 },
  ))
    fits.push(e)
  t.equal(fits.length, 1, 'an event under the cap passes')
})
