// What the @aigne/aigne-hub client reads before and besides a call: Blocklet discovery (it takes only the origin
// of its baseURL and asks /__blocklet__.js?type=json where AIGNE Hub is mounted) and the public model list.
import type { Static } from '@sinclair/typebox'
import type { AigneModel, BlockletInfo } from '../../schemas/aigne.ts'

/** AIGNE Hub's blocklet DID, hard-coded in the client as AIGNE_HUB_BLOCKLET_DID. */
export const AIGNE_HUB_DID = 'z8ia3xzq2tMq8CRHfaXj1BTYJyYnEcHbqP8cJ'

/** Hub serves the AIGNE paths (/api/v2/chat, /api/ai/models) at its root. */
export const blockletInfo = (): Static<typeof BlockletInfo> => ({
  appName: 'Hub',
  componentMountPoints: [{ did: AIGNE_HUB_DID, name: 'ai-kit', title: 'AIGNE Hub', mountPoint: '/' }],
})

/** AIGNE Hub's `type` filter values (libs/status.ts typeFilterMap), as Hub model types. */
export const AIGNE_TYPE_FILTERS = {
  chat: 'chat',
  chatCompletion: 'chat',
  image: 'image',
  image_generation: 'image',
  imageGeneration: 'image',
  embedding: 'embedding',
  audio: 'audio',
  video: 'video',
} as const

const aigneTypes: Record<string, string> = { image: 'image_generation' }

interface CatalogueEntry {
  id: string
  type: string
  inputMicros: bigint
  outputMicros: bigint
  cachedInputMicros: bigint | null
  cacheWriteMicros: bigint | null
  provider: { name: string }
}

/** A model as AIGNE Hub lists it, under its id or one of its aliases (`key`, what the client sends back). */
export function toAigneModel(m: CatalogueEntry, key = m.id): Static<typeof AigneModel> {
  return {
    key,
    model: key.slice(key.indexOf('/') + 1),
    type: aigneTypes[m.type] ?? m.type,
    provider: m.provider.name,
    providerDisplayName: m.provider.name,
    input_credits_per_token: perToken(m.inputMicros),
    output_credits_per_token: perToken(m.outputMicros),
    // Hub's additions (the client's zod schema passes unknown keys); the input price when a model has none.
    cache_read_credits_per_token: perToken(m.cachedInputMicros ?? m.inputMicros),
    cache_write_credits_per_token: perToken(m.cacheWriteMicros ?? m.inputMicros),
    modelMetadata: null,
    status: { available: true },
  }
}

/** Micro-USD per 1M tokens is 1e-12 USD per token: an exact decimal string, as AIGNE Hub's DECIMAL columns. */
export function perToken(micros: bigint): string {
  const scale = 1_000_000_000_000n
  const frac = (micros % scale).toString().padStart(12, '0').replace(/0+$/, '')
  return frac ? `${micros / scale}.${frac}` : `${micros / scale}`
}
