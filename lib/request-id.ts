// The request id a trusted proxy sent (`x-request-id`), when it is safe to reuse: echoed in a header, written in
// every log line and the usage record. Printable ASCII without spaces, at most 128 characters; anything else
// gets a fresh id, as does every request when TRUST_PROXY is off (a client could otherwise pick ids that collide).
import { randomUUID } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

const USABLE = /^[\x21-\x7e]{1,128}$/

export function requestIdGenerator(trustProxy: boolean): (req: IncomingMessage) => string {
  if (!trustProxy) return () => randomUUID()
  return (req) => {
    const sent = req.headers['x-request-id']
    return typeof sent === 'string' && USABLE.test(sent) ? sent : randomUUID()
  }
}
