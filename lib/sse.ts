// An incremental Server-Sent Events parser (WHATWG HTML "event stream interpretation"): \n, \r\n and \r line
// ends, multi-line data joined with \n, comments, fields without a colon, one optional space after the colon,
// and events split anywhere across network chunks, including inside a multi-byte UTF-8 character.

export interface SseEvent {
  event: string
  data: string
  id?: string
}

export async function* parseSse(body: AsyncIterable<Uint8Array>): AsyncGenerator<SseEvent> {
  const decoder = new TextDecoder()
  let buffer = ''
  let data: string[] = []
  let event = ''
  let id: string | undefined
  // A chunk that ended in \r may be the first half of \r\n.
  let skipLeadingLf = false

  function* dispatchLines(text: string): Generator<SseEvent> {
    let start = 0
    if (skipLeadingLf && text.startsWith('\n')) start = 1
    skipLeadingLf = false
    buffer += start ? text.slice(1) : text
    let pos = 0
    while (pos < buffer.length) {
      const cr = buffer.indexOf('\r', pos)
      const lf = buffer.indexOf('\n', pos)
      if (cr === -1 && lf === -1) break
      const end = cr === -1 ? lf : lf === -1 ? cr : Math.min(cr, lf)
      const line = buffer.slice(pos, end)
      if (buffer[end] === '\r') {
        if (end + 1 === buffer.length) skipLeadingLf = true
        pos = buffer[end + 1] === '\n' ? end + 2 : end + 1
      } else {
        pos = end + 1
      }
      if (line === '') {
        if (data.length > 0) yield { event: event || 'message', data: data.join('\n'), id }
        data = []
        event = ''
        continue
      }
      if (line.charCodeAt(0) === 58 /* : */) continue
      const colon = line.indexOf(':')
      const field = colon === -1 ? line : line.slice(0, colon)
      let value = colon === -1 ? '' : line.slice(colon + 1)
      if (value.charCodeAt(0) === 32) value = value.slice(1)
      if (field === 'data') data.push(value)
      else if (field === 'event') event = value
      else if (field === 'id' && !value.includes('\0')) id = value
    }
    buffer = buffer.slice(pos)
  }

  for await (const chunk of body) yield* dispatchLines(decoder.decode(chunk, { stream: true }))
  yield* dispatchLines(decoder.decode())
  // The spec discards an event that was not terminated by a blank line.
}
