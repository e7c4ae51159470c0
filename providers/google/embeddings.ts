// OpenAI embeddings → Gemini: one text through `embedContent`, several through `batchEmbedContents`
// (https://ai.google.dev/api/embeddings), answered as floats or base64 as asked. Gemini reports no token counts
// for embeddings, so the meter estimates them from the text (flagged `estimated`). Token-array inputs have no
// Gemini equivalent: 400.
import type { UpstreamHttp } from '../../lib/upstream-http.ts'
import { embeddingList, embeddingTexts } from '../embedding-list.ts'
import { readJson } from '../read-json.ts'
import type { EmbeddingsRequest, EmbeddingsResponse, JsonResult, UpstreamCall } from '../types.ts'
import { upstreamError } from '../upstream-errors.ts'
import { googleHeaders } from './request.ts'

interface Embedding {
  values: number[]
}

export function createGoogleEmbeddings(http: UpstreamHttp) {
  return async function embeddings(
    req: EmbeddingsRequest,
    call: UpstreamCall,
  ): Promise<JsonResult<EmbeddingsResponse>> {
    const model = call.target.upstreamModel.replace(/^models\//, '')
    const base = `${call.target.provider.baseUrl.replace(/\/+$/, '')}/v1beta/models/${encodeURIComponent(model)}`
    const dimensions = req.dimensions ? { outputDimensionality: req.dimensions } : {}
    const inputs = embeddingTexts(req.input, 'Gemini')
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
    )
    if (res.statusCode < 200 || res.statusCode >= 300) throw await upstreamError(res, call.target)
    const { value } = await readJson<{ embedding?: Embedding; embeddings?: Embedding[] }>(
      res,
      call.target.provider.name,
      call.signal,
    )
    const vectors = single ? [value.embedding] : (value.embeddings ?? [])
    const list = vectors.map((v) => v?.values ?? [])
    return { response: embeddingList(list, { model, format: req.encoding_format, promptTokens: 0 }), usage: null }
  }
}
