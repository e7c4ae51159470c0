// Gemini 3's thought signature on the surfaces whose clients cannot carry Hub's `extra_content`. Chat Completions
// clients send a tool call back with `extra_content.google.thought_signature` (providers/google/response.ts);
// Anthropic Messages and OpenAI Responses clients send back only the fields of their own API. So there the signature
// rides in the opaque slot those clients already return unchanged, placed just before the call it belongs to: the
// `signature` of a `thinking` block (Anthropic's SDK and docs send thinking blocks back as received, signature
// included) and the `encrypted_content` of a `reasoning` item (OpenAI's, for stateless conversations). The prefix
// tells Hub's carried signatures from real Anthropic signatures or OpenAI encrypted reasoning, which Gemini cannot
// read; a carried signature reaching another provider type is dropped with the rest of the earlier reasoning.

const PREFIX = 'hub-gemini-thought-signature:'

type GoogleExtra = { google: { thought_signature: string } }

/** The signature a tool call (or a tool-call-start part's `extra`) carries, ready for the opaque slot. */
export function carriedSignature(call: unknown): string | undefined {
  const extra = (call as { extra_content?: { google?: { thought_signature?: unknown } } } | undefined)?.extra_content
  const signature = extra?.google?.thought_signature
  return typeof signature === 'string' && signature ? PREFIX + signature : undefined
}

/** A value from the opaque slot as the `extra_content` the google adapter reads, if it is one Hub carried. */
export function signatureExtra(value: unknown): GoogleExtra | undefined {
  if (typeof value !== 'string' || !value.startsWith(PREFIX) || value.length === PREFIX.length) return undefined
  return { google: { thought_signature: value.slice(PREFIX.length) } }
}
