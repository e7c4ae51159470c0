// A provider's Content-Type is passed on to the client (speech audio, transcripts), so it becomes one of our
// response headers: only a well-formed media type (RFC 9110's tokens, ASCII) passes, anything else is replaced.
const TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+"
const PARAMETER = `\\s*;\\s*${TOKEN}=(?:${TOKEN}|"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*")`
const MEDIA_TYPE = new RegExp(`^${TOKEN}/${TOKEN}(?:${PARAMETER})*$`)

export function safeMediaType(value: unknown, fallback: string): string {
  return typeof value === 'string' && value.length <= 256 && MEDIA_TYPE.test(value) ? value : fallback
}
