// An incremental Server-Sent Events parser (WHATWG HTML "event stream interpretation"): \n, \r\n and \r line
// ends, multi-line data joined with \n, comments, fields without a colon, one optional space after the colon,
// and events split anywhere across network chunks, including inside a multi-byte UTF-8 character.
// Linear in the stream's size: each chunk is scanned once, and an unfinished line is kept aside, never
// rescanned. One event (its data plus the line being read) is capped, so a provider cannot make Hub hold an
// endless line in memory.
import { HubError } from './errors.ts'

export interface SseEvent {
  event: string
  data: string
  id?: string
}

export interface SseOptions {
  /** Largest event, in characters of text; past it the stream fails with `upstream_response_too_large`. */
  maxEventChars?: number
}

export const eventTooLarge = (max: number) =>
  new HubError('upstream_response_too_large', `The provider sent a stream event larger than ${max} bytes`)

export async function* parseSse(body: AsyncIterable<Uint8Array>, opts: SseOptions = {}): AsyncGenerator<SseEvent> {
  const max = opts.maxEventChars ?? Number.POSITIVE_INFINITY
  const decoder = new TextDecoder()
  // The start of a line whose end has not arrived yet.
  let partial = ''
  let data: string[] = []
  let dataChars = 0
  let event = ''
  let id: string | undefined
  // A chunk that ended in \r may be the first half of \r\n.
  let skipLeadingLf = false

  function line(text: string): SseEvent | undefined {
    if (text === '') {
      const dispatched = data.length > 0 ? { event: event || 'message', data: data.join('\n'), id } : undefined
      data = []
      dataChars = 0
      event = ''
      return dispatched
    }
    if (text.charCodeAt(0) === 58 /* : */) return
    const colon = text.indexOf(':')
    const field = colon === -1 ? text : text.slice(0, colon)
    let value = colon === -1 ? '' : text.slice(colon + 1)
    if (value.charCodeAt(0) === 32) value = value.slice(1)
    if (field === 'data') {
      data.push(value)
      dataChars += value.length + 1
    } else if (field === 'event') event = value
    else if (field === 'id' && !value.includes('\0')) id = value
  }

  function* feed(text: string): Generator<SseEvent> {
    let pos = 0
    if (skipLeadingLf && text.charCodeAt(0) === 10) pos = 1
    skipLeadingLf = false
    // The next \r and \n at or after pos; -1 stays -1 (none left in this chunk), so each is searched once.
    let cr = text.indexOf('\r', pos)
    let lf = text.indexOf('\n', pos)
    while (cr !== -1 || lf !== -1) {
      const end = cr === -1 ? lf : lf === -1 ? cr : Math.min(cr, lf)
      let current = text.slice(pos, end)
      if (partial) {
        current = partial + current
        partial = ''
      }
      if (current.length + dataChars > max) throw eventTooLarge(max)
      if (end === cr) {
        if (end + 1 === text.length) skipLeadingLf = true
        pos = text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1
      } else {
        pos = end + 1
      }
      if (cr !== -1 && cr < pos) cr = text.indexOf('\r', pos)
      if (lf !== -1 && lf < pos) lf = text.indexOf('\n', pos)
      const dispatched = line(current)
      if (dispatched) yield dispatched
    }
    if (pos < text.length) {
      partial += pos ? text.slice(pos) : text
      if (partial.length + dataChars > max) throw eventTooLarge(max)
    }
  }

  for await (const chunk of body) yield* feed(decoder.decode(chunk, { stream: true }))
  yield* feed(decoder.decode())
  // The spec discards an event that was not terminated by a blank line.
}
