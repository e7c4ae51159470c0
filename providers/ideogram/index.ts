// The `ideogram` provider type: image generation only (https://developer.ideogram.ai). Ideogram 3.0 models take
// a multipart form at /v1/ideogram-v3/generate; the older ones (V_1, V_2, V_2A, …, with _TURBO variants) take JSON
// `{image_request}` at /generate. Both answer `{created, data: [{url, prompt, resolution, seed, …}]}` with URLs,
// which become OpenAI's `{created, data: [{url, revised_prompt}]}`; with `response_format: "b64_json"` Hub fetches
// each image from its (short-lived) URL and answers with its bytes. Billed per image (Ideogram counts no tokens).
import { HubError } from '../../lib/errors.ts'
import { encodeMultipart, newBoundary, type Part } from '../../lib/multipart-body.ts'
import { readUpstreamBody } from '../../lib/upstream-body.ts'
import type { UpstreamHttp } from '../../lib/upstream-http.ts'
import { readJson } from '../read-json.ts'
import type { ImagesRequest, ImagesResult, JsonResult, ProviderAdapter, UpstreamCall } from '../types.ts'
import { upstreamError } from '../upstream-errors.ts'

interface IdeogramAnswer {
  created: string
  data: { url?: string; prompt?: string; resolution?: string; seed?: number; is_image_safe?: boolean }[]
}

const isLegacy = (model: string) => /^V_[12]/.test(model)

/** "1024x1024" → "1:1" (reduced), for the legacy API's ASPECT_W_H values. */
function aspectRatio(size: string | undefined): string | undefined {
  const match = /^(\d+)x(\d+)$/.exec(size ?? '')
  if (!match) return undefined
  const [w, h] = [Number(match[1]), Number(match[2])]
  const gcd = (a: number, b: number): number => (b ? gcd(b, a % b) : a)
  const d = gcd(w, h)
  return `${w / d}x${h / d}`
}

async function* asyncOf<T>(items: T[]) {
  yield* items
}

export function createIdeogramAdapter(http: UpstreamHttp): ProviderAdapter {
  const headers = (call: UpstreamCall): Record<string, string> => ({
    accept: 'application/json',
    ...(call.target.credential ? { 'api-key': call.target.credential.apiKey } : {}),
  })
  const base = (call: UpstreamCall) => call.target.provider.baseUrl.replace(/\/+$/, '')

  async function send(req: ImagesRequest, call: UpstreamCall) {
    const model = call.target.upstreamModel
    const extra = req as Record<string, unknown>
    if (isLegacy(model)) {
      const ratio = aspectRatio(req.size)
      const body = {
        image_request: {
          prompt: req.prompt,
          model,
          ...(req.n ? { num_images: req.n } : {}),
          ...(ratio ? { aspect_ratio: `ASPECT_${ratio.replace('x', '_')}` } : {}),
          ...(typeof extra.style_type === 'string' ? { style_type: extra.style_type } : {}),
          ...(typeof extra.negative_prompt === 'string' ? { negative_prompt: extra.negative_prompt } : {}),
          ...(typeof extra.seed === 'number' ? { seed: extra.seed } : {}),
        },
      }
      return http.postJson(`${base(call)}/generate`, headers(call), JSON.stringify(body), call.signal)
    }
    const fields: Part[] = [{ name: 'prompt', value: req.prompt }]
    if (req.n) fields.push({ name: 'num_images', value: String(req.n) })
    if (req.size && /^\d+x\d+$/.test(req.size)) fields.push({ name: 'resolution', value: req.size })
    // Ideogram's own options pass through: rendering_speed, style_type, negative_prompt, seed, magic_prompt…
    for (const [name, value] of Object.entries(extra)) {
      if (['model', 'prompt', 'n', 'size', 'response_format', 'user'].includes(name)) continue
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
        fields.push({ name, value: String(value) })
      }
    }
    const boundary = newBoundary()
    return http.post(
      `${base(call)}/v1/ideogram-v3/generate`,
      { ...headers(call), 'content-type': `multipart/form-data; boundary=${boundary}` },
      encodeMultipart(boundary, asyncOf(fields)),
      call.signal,
    )
  }

  /** The image at a URL Ideogram answered with, as base64 (bounded like any answer: UPSTREAM_RESPONSE_LIMIT). */
  async function fetchImage(url: string | undefined, call: UpstreamCall): Promise<string> {
    const name = call.target.provider.name
    if (!url || !/^https?:\/\//.test(url)) throw new HubError('upstream_error', `Provider "${name}" sent no image URL`)
    const res = await http.get(url, { accept: 'image/*' }, call.signal)
    if (res.statusCode < 200 || res.statusCode >= 300) {
      res.body.destroy()
      throw new HubError('upstream_error', `Provider "${name}" image could not be fetched (${res.statusCode})`)
    }
    return (await readUpstreamBody(res, call.signal)).toString('base64')
  }

  async function images(req: ImagesRequest, call: UpstreamCall): Promise<JsonResult<ImagesResult>> {
    const res = await send(req, call)
    if (res.statusCode < 200 || res.statusCode >= 300) throw await upstreamError(res, call.target)
    const { value } = await readJson<IdeogramAnswer>(res, call.target.provider.name, call.signal)
    const created = Math.floor((Date.parse(value.created) || Date.now()) / 1000)
    const b64 = req.response_format === 'b64_json'
    const data = await Promise.all(
      (value.data ?? []).map(async (image) => ({
        ...(b64 ? { b64_json: await fetchImage(image.url, call) } : { url: image.url }),
        ...(image.prompt ? { revised_prompt: image.prompt } : {}),
      })),
    )
    return { response: { created, data }, usage: null }
  }

  const imagesOnly = async (): Promise<never> => {
    throw new HubError('validation_error', 'Ideogram models generate images; use /images/generations')
  }

  return {
    type: 'ideogram',
    defaultBaseUrl: 'https://api.ideogram.ai',
    chat: imagesOnly,
    chatStream: imagesOnly,
    images,
  }
}
