// OpenAI embeddings → Gemini: one text through `embedContent`, several through `batchEmbedContents`
// (https://ai.google.dev/api/embeddings). Gemini reports no token counts for embeddings, so the meter
// estimates them from the text (flagged `estimated`). Token-array inputs have no Gemini equivalent: 400.
import type { UpstreamHttp } from '../../lib/upstream-http.ts'
import { readJson } from '../read-json.ts'
import { invalid } from '../translation.ts'
import type { EmbeddingsRequest, EmbeddingsResponse, JsonResult, UpstreamCall } from '../types.ts'
import { upstreamError } from '../upstream-errors.ts'
import { googleHeaders } from './request.ts'

interface Embedding {
  values: number[]
}

function texts(input: EmbeddingsRequest['input']): string[] {
  if (typeof input === 'string') return [input]
  if (input.every((item) => typeof item === 'string')) return input as string[]
  throw invalid('Gemini embeds text only; send strings, not token arrays')
}

export function createGoogleEmbeddings(http: UpstreamHttp) {
  return async function embeddings(
    req: EmbeddingsRequest,
    call: UpstreamCall,
  ): Promise<JsonResult<EmbeddingsResponse>> {
    if (req.encoding_format === 'base64') throw invalid('Gemini embeddings come as floats (encoding_format: "float")')
    const model = call.target.upstreamModel.replace(/^models\//, '')
    const base = `${call.target.provider.baseUrl.replace(/\/+$/, '')}/v1beta/models/${encodeURIComponent(model)}`
    const dimensions = req.dimensions ? { outputDimensionality: req.dimensions } : {}
    const inputs = texts(req.input)
    const single = typeof req.input === 'string'
    const body = single
      ? { content: { parts: [{ text: inputs[0] }] }, ...dimensions }
      : {
          requests: inputs.map((text) => ({ model: `models/${model}`, content: { parts: [{ text }] }, ...dimensions })),
        }
    const res = await http.postJson(
      `${base}:${single ? 'embedContent' : 'batchEmbedContents'}`,
      googleHeaders(call, false),
      JSON.stringify(body),
      call.signal,
      call.trace,
    )
    if (res.statusCode < 200 || res.statusCode >= 300) throw await upstreamError(res, call.target)
    const { value } = await readJson<{ embedding?: Embedding; embeddings?: Embedding[] }>(
      res,
      call.target.provider.name,
      call.signal,
    )
    const vectors = single ? [value.embedding] : (value.embeddings ?? [])
    return {
      response: {
        object: 'list',
        data: vectors.map((v, index) => ({ object: 'embedding', index, embedding: v?.values ?? [] })),
        model,
        usage: { prompt_tokens: 0, total_tokens: 0 },
      },
      usage: null,
    }
  }
}
