// What every translating adapter's embeddings share: the texts of an OpenAI embeddings input (native APIs embed
// text, not token arrays), and OpenAI's list built from plain vectors, as floats or, with `encoding_format:
// "base64"`, as the little-endian float32 bytes OpenAI sends (what the OpenAI SDKs ask for when the caller names
// no format, and decode themselves).
import { invalid } from './translation.ts'
import type { EmbeddingsRequest, EmbeddingsResponse } from './types.ts'

export function embeddingTexts(input: EmbeddingsRequest['input'], provider: string): string[] {
  if (typeof input === 'string') return [input]
  if (input.every((item) => typeof item === 'string')) return input as string[]
  throw invalid(`${provider} embeds text only; send strings, not token arrays`)
}

const base64Of = (vector: number[]) => Buffer.from(new Float32Array(vector).buffer).toString('base64')

export function embeddingList(
  vectors: number[][],
  opts: { model: string; format: EmbeddingsRequest['encoding_format']; promptTokens: number },
): EmbeddingsResponse {
  return {
    object: 'list',
    data: vectors.map((vector, index) => ({
      object: 'embedding' as const,
      index,
      embedding: opts.format === 'base64' ? base64Of(vector) : vector,
    })),
    model: opts.model,
    usage: { prompt_tokens: opts.promptTokens, total_tokens: opts.promptTokens },
  }
}
