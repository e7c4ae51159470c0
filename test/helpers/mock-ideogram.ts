// A local stand-in for Ideogram's API on 127.0.0.1 (https://developer.ideogram.ai): `Api-Key` required,
// POST /v1/ideogram-v3/generate takes a multipart form, POST /generate the legacy JSON `{image_request}`; both
// answer `{created, data: [{url, prompt, resolution, is_image_safe, seed, style_type}]}`. A prompt containing
// "unsafe" gets Ideogram's 422 `{detail}`. The answer's URLs point at the mock itself, which serves each image
// (MOCK_IDEOGRAM_PNG) at GET /api/images/ephemeral/…, as Ideogram serves them for a while after a generation.

import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http'
import { listenLocal } from './local-server.ts'

/** The bytes every generated image has: a PNG signature and a little more. */
export const MOCK_IDEOGRAM_PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001', 'hex')

export interface IdeogramRequest {
  url: string
  headers: IncomingHttpHeaders
  fields: Record<string, unknown>
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' })
  res.end(JSON.stringify(body))
}

function answer(origin: string, prompt: string, count: number, resolution: string) {
  return {
    created: '2026-12-01T12:00:00Z',
    data: Array.from({ length: count }, (_, i) => ({
      prompt: `${prompt}, detailed`,
      resolution,
      is_image_safe: true,
      seed: 1000 + i,
      url: `${origin}/api/images/ephemeral/mock-${i}.png?exp=1`,
      style_type: 'GENERAL',
    })),
  }
}

export async function startMockIdeogram() {
  const requests: IdeogramRequest[] = []
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk)
    const bytes = Buffer.concat(chunks)
    if (req.method === 'GET' && req.url?.startsWith('/api/images/ephemeral/mock-')) {
      res.writeHead(200, { 'content-type': 'image/png', 'content-length': MOCK_IDEOGRAM_PNG.length })
      return res.end(MOCK_IDEOGRAM_PNG)
    }
    if (req.method === 'GET') return send(res, 404, { detail: 'Not Found' })
    if (!req.headers['api-key']) return send(res, 401, { detail: 'Missing Api-Key header' })
    let fields: Record<string, unknown>
    if (req.url === '/v1/ideogram-v3/generate') {
      const form = await new Response(bytes, { headers: { 'content-type': String(req.headers['content-type']) } })
        .formData()
        .catch(() => null)
      if (!form) return send(res, 400, { detail: 'Expected multipart/form-data' })
      fields = Object.fromEntries([...form.entries()].map(([k, v]) => [k, String(v)]))
    } else if (req.url === '/generate') {
      fields = (JSON.parse(bytes.toString()) as { image_request: Record<string, unknown> }).image_request
    } else return send(res, 404, { detail: 'Not Found' })
    requests.push({ url: req.url, headers: req.headers, fields })
    const prompt = String(fields.prompt ?? '')
    if (!prompt) return send(res, 422, { detail: 'prompt: field required' })
    if (prompt.includes('unsafe')) return send(res, 422, { detail: 'Prompt failed the safety check.' })
    send(
      res,
      200,
      answer(
        `http://${req.headers.host}`,
        prompt,
        Number(fields.num_images ?? 1),
        String(fields.resolution ?? '1024x1024'),
      ),
    )
  })
  return { ...(await listenLocal(server)), requests }
}
