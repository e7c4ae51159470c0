// A provider stand-in whose every answer the test scripts: any path, any provider type. Records what reached it.
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http'
import { listenLocal } from './local-server.ts'

export type Script = (res: ServerResponse, req: { url: string; headers: IncomingHttpHeaders; body: string }) => void

export interface ScriptedUpstream {
  url: string
  requests: { url: string; headers: IncomingHttpHeaders }[]
  /** What the next requests get, until set again. */
  answer(script: Script): void
  close(): Promise<void>
}

export async function startScriptedUpstream(): Promise<ScriptedUpstream> {
  const requests: ScriptedUpstream['requests'] = []
  let script: Script = (res) => res.writeHead(500).end()
  const server = createServer(async (req, res) => {
    let body = ''
    for await (const chunk of req) body += chunk
    requests.push({ url: req.url ?? '', headers: req.headers })
    script(res, { url: req.url ?? '', headers: req.headers, body })
  })
  const local = await listenLocal(server)
  return { url: local.url, requests, answer: (next) => (script = next), close: local.close }
}

/** A JSON answer. */
export const jsonAnswer =
  (status: number, body: unknown): Script =>
  (res) =>
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body))
