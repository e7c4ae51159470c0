// OpenAI embeddings → Bedrock's InvokeModel (https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-embed.html)
// for the two embedding families Bedrock serves: Amazon Titan Text Embeddings (v1, v2: one text per call, so
// several texts are several calls in parallel; `dimensions` passed on) and Cohere Embed (v3, v4: all texts in one
// call; `input_type` defaults to search_document and can be sent as an extra field, as can `truncate`). Tokens are
// what Bedrock counted: Titan's inputTextTokenCount, else the X-Amzn-Bedrock-Input-Token-Count header.
import type { UpstreamHttp, UpstreamResponse } from '../../lib/upstream-http.ts'
import { embeddingList, embeddingTexts } from '../embedding-list.ts'
import { readJson } from '../read-json.ts'
import { invalid } from '../translation.ts'
import type { EmbeddingsRequest, EmbeddingsResponse, JsonResult, UpstreamCall } from '../types.ts'
import { emptyUsage } from '../types.ts'
import { upstreamError } from '../upstream-errors.ts'
import { invokeUrl, regionalBaseUrl } from './request.ts'
import type { AwsSigner } from './sign.ts'

interface TitanAnswer {
  embedding?: number[]
  inputTextTokenCount?: number
}
interface CohereAnswer {
  embeddings?: number[][] | { float?: number[][] }
}

const family = (model: string) =>
  /(^|\.)cohere\.embed/.test(model) ? 'cohere' : /(^|\.)amazon\.titan-embed/.test(model) ? 'titan' : null

const headerCount = (res: UpstreamResponse) => {
  const count = Number(res.headers['x-amzn-bedrock-input-token-count'])
  return Number.isSafeInteger(count) && count >= 0 ? count : null
}

export function createBedrockEmbeddings(http: UpstreamHttp, signerOf: (call: UpstreamCall) => AwsSigner) {
  async function invoke<T>(call: UpstreamCall, body: object): Promise<{ value: T; res: UpstreamResponse }> {
    const signer = signerOf(call)
    const url = invokeUrl(regionalBaseUrl(call.target.provider.baseUrl, signer.region), call.target.upstreamModel)
    const text = JSON.stringify(body)
    const res = await http.postJson(url, await signer.headers(new URL(url), text), text, call.signal)
    if (res.statusCode < 200 || res.statusCode >= 300) throw await upstreamError(res, call.target)
    const { value } = await readJson<T>(res, call.target.provider.name, call.signal)
    return { value, res }
  }

  return async function embeddings(
    req: EmbeddingsRequest,
    call: UpstreamCall,
  ): Promise<JsonResult<EmbeddingsResponse>> {
    const model = call.target.upstreamModel
    const kind = family(model)
    if (!kind) throw invalid(`Bedrock embeddings are served for Amazon Titan and Cohere Embed models, not "${model}"`)
    const texts = embeddingTexts(req.input, 'Bedrock')
    const extra = req as Record<string, unknown>
    let vectors: number[][]
    let tokens: number | null
    if (kind === 'titan') {
      const answers = await Promise.all(
        texts.map((inputText) =>
          invoke<TitanAnswer>(call, { inputText, ...(req.dimensions ? { dimensions: req.dimensions } : {}) }),
        ),
      )
      vectors = answers.map(({ value }) => value.embedding ?? [])
      const counts = answers.map(({ value, res }) => value.inputTextTokenCount ?? headerCount(res))
      tokens = counts.every((n) => typeof n === 'number') ? counts.reduce((a: number, n) => a + (n as number), 0) : null
    } else {
      const { value, res } = await invoke<CohereAnswer>(call, {
        texts,
        input_type: typeof extra.input_type === 'string' ? extra.input_type : 'search_document',
        ...(typeof extra.truncate === 'string' ? { truncate: extra.truncate } : {}),
        ...(req.dimensions ? { output_dimension: req.dimensions } : {}),
        embedding_types: ['float'],
      })
      const embeddings = value.embeddings
      vectors = (Array.isArray(embeddings) ? embeddings : embeddings?.float) ?? []
      tokens = headerCount(res)
    }
    const usage = tokens === null ? null : { ...emptyUsage(), promptTokens: tokens }
    return {
      response: embeddingList(vectors, { model, format: req.encoding_format, promptTokens: tokens ?? 0 }),
      usage,
    }
  }
}
