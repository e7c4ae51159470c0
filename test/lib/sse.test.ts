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
