// The separate metrics listener (METRICS_PORT): GET /metrics without a token, on an address only the scraper
// reaches (127.0.0.1 by default). Nothing else is served there.
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface Exposition {
  contentType: string
  body: string
}

export interface MetricsListener {
  /** http://host:port */
  url: string
  close(): Promise<void>
}

const notFound = JSON.stringify({
  error: 'Not Found',
  message: 'Only GET /metrics is served here',
  code: 'route_not_found',
})

export async function startMetricsListener(
  host: string,
  port: number,
  scrape: () => Promise<Exposition>,
  onError: (err: unknown) => void,
): Promise<MetricsListener> {
  const server = createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0]
    if (path !== '/metrics' || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404, { 'content-type': 'application/json; charset=utf-8' }).end(notFound)
      return
    }
    scrape().then(
      ({ contentType, body }) =>
        res.writeHead(200, { 'content-type': contentType }).end(req.method === 'HEAD' ? '' : body),
      (err) => {
        onError(err)
        res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' }).end(
          JSON.stringify({
            error: 'Internal Server Error',
            message: 'Metrics could not be collected',
            code: 'internal_error',
          }),
        )
      },
    )
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const { address, port: bound } = server.address() as AddressInfo
  const shown = address.includes(':') ? `[${address}]` : address
  return {
    url: `http://${shown}:${bound}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
