// Chat parameters a provider type has no equivalent for. Hub's rule: it never changes a value the client set. A value
// outside what the provider takes is refused with a 400 (a temperature above 1 for Anthropic and Bedrock). A
// parameter with no equivalent is not sent; when the client set it to anything but its neutral value (a penalty
// of 0, an empty logit_bias, logprobs false), the answer says so in its `x-hub-warnings` header.
import type { ChatRequest, UpstreamCall } from './types.ts'

type Name = 'presence_penalty' | 'frequency_penalty' | 'seed' | 'logit_bias' | 'logprobs' | 'top_logprobs'

const NEUTRAL: Record<Name, (value: unknown) => boolean> = {
  presence_penalty: (v) => v === 0,
  frequency_penalty: (v) => v === 0,
  seed: () => false,
  logit_bias: (v) => typeof v === 'object' && v !== null && Object.keys(v).length === 0,
  logprobs: (v) => v === false,
  top_logprobs: (v) => v === 0,
}

/** Every parameter the Messages and Converse APIs have no equivalent for. */
export const NO_SAMPLING_EXTRAS: Name[] = [
  'presence_penalty',
  'frequency_penalty',
  'seed',
  'logit_bias',
  'logprobs',
  'top_logprobs',
]

/** Tells the client (call.warn) each parameter in `names` it set that `provider` models cannot honour. */
export function warnUnsupported(req: ChatRequest, call: UpstreamCall, names: Name[], provider: string): void {
  for (const name of names) {
    const value = req[name]
    if (value == null || NEUTRAL[name](value)) continue
    call.warn?.(`${name} is not supported by ${provider} models and was not sent`)
  }
}
