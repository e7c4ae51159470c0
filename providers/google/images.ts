// OpenAI image generation → Gemini image models (gemini-2.5-flash-image and later): `generateContent` with
// `generationConfig.responseModalities: ["IMAGE"]` (https://ai.google.dev/gemini-api/docs/image-generation), the
// images coming back as `inlineData` parts. One image a request, so `n` images are n requests. `size` becomes
// `imageConfig.aspectRatio` when it is one of Gemini's ratios. The bytes are all Gemini gives, so the answer is
// `b64_json`; usage is left out, so the image is billed at the model's per-image price, as the catalogue says.
import { HubError } from '../../lib/errors.ts'
import type { UpstreamHttp } from '../../lib/upstream-http.ts'
import { readJson } from '../read-json.ts'
import type { ImagesRequest, ImagesResult, JsonResult, UpstreamCall } from '../types.ts'
import { upstreamError } from '../upstream-errors.ts'
import { generateUrl, googleHeaders } from './request.ts'
import type { GeminiResponse } from './response.ts'

const ASPECT_RATIOS = ['1:1', '2:3', '3:2', '3:4', '4:3', '4:5', '5:4', '9:16', '16:9', '21:9']
/** Fields of OpenAI's request that mean nothing to Gemini, told to the client rather than dropped silently. */
const NOT_SENT = ['quality', 'style', 'background', 'moderation', 'output_format', 'output_compression', 'user']

const invalid = (message: string) => new HubError('validation_error', message)
const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b))

function aspectRatio(size: unknown): string | undefined {
  if (size === undefined || size === 'auto') return undefined
  const match = typeof size === 'string' ? /^(\d{1,5})x(\d{1,5})$/.exec(size) : null
  const [w, h] = match ? [Number(match[1]), Number(match[2])] : [0, 0]
  const ratio = w > 0 && h > 0 ? `${w / gcd(w, h)}:${h / gcd(w, h)}` : ''
  if (!ASPECT_RATIOS.includes(ratio)) {
    throw invalid(`size must be WIDTHxHEIGHT in one of Gemini's aspect ratios (${ASPECT_RATIOS.join(', ')}), or auto`)
  }
  return ratio
}

type InlinePart = { inlineData?: { mimeType?: string; data?: string }; text?: string }

export function createGoogleImages(http: UpstreamHttp) {
  return async function images(req: ImagesRequest, call: UpstreamCall): Promise<JsonResult<ImagesResult>> {
    if (req.response_format === 'url') {
      throw invalid('Gemini image models give the image itself: ask for response_format "b64_json"')
    }
    for (const name of NOT_SENT) {
      if ((req as Record<string, unknown>)[name] !== undefined) {
        call.warn?.(`${name} is not supported by Gemini image models and was not sent`)
      }
    }
    const ratio = aspectRatio(req.size)
    const body = JSON.stringify({
      contents: [{ role: 'user', parts: [{ text: req.prompt }] }],
      generationConfig: { responseModalities: ['IMAGE'], ...(ratio ? { imageConfig: { aspectRatio: ratio } } : {}) },
    })
    const data: ImagesResult['data'] = []
    for (let i = 0; i < (req.n ?? 1); i++) {
      const res = await http.postJson(
        generateUrl(call.target.provider.baseUrl, call.target.upstreamModel, false),
        googleHeaders(call, false),
        body,
        call.signal,
        call.trace,
      )
      if (res.statusCode < 200 || res.statusCode >= 300) throw await upstreamError(res, call.target)
      const { value } = await readJson<GeminiResponse>(res, call.target.provider.name, call.signal)
      const candidate = value.candidates?.[0]
      const parts = (candidate?.content?.parts ?? []) as InlinePart[]
      const made = parts.filter((p) => typeof p.inlineData?.data === 'string')
      if (made.length === 0) {
        // Gemini refused (a safety finish reason, a blocked prompt) or answered in words only.
        const reason = candidate?.finishReason ?? value.promptFeedback?.blockReason ?? 'no image in the answer'
        const said = parts.find((p) => p.text)?.text
        throw new HubError(
          'upstream_error',
          `Provider "${call.target.provider.name}" made no image (${reason})${said ? `: ${said.slice(0, 200)}` : ''}`,
          { status: 400 },
        )
      }
      for (const part of made) data.push({ b64_json: part.inlineData?.data ?? '' })
    }
    return { response: { created: Math.floor(Date.now() / 1000), data }, usage: null }
  }
}
