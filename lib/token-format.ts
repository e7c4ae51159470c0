// Access token format: "hub_" + 40 base62 random characters + 6 base62 characters of CRC32 over the body.
// The checksum lets us refuse typos and garbage before any cache or database lookup.
import { randomBytes } from 'node:crypto'
import { crc32 } from 'node:zlib'

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
export const TOKEN_PREFIX = 'hub_'
const BODY_LENGTH = 40
const CHECKSUM_LENGTH = 6
export const TOKEN_LENGTH = TOKEN_PREFIX.length + BODY_LENGTH + CHECKSUM_LENGTH
const SHAPE = /^hub_[0-9A-Za-z]{46}$/

function base62(value: number, length: number): string {
  let out = ''
  for (let i = 0; i < length; i++) {
    out = ALPHABET[value % 62] + out
    value = Math.floor(value / 62)
  }
  return out
}

function checksum(body: string): string {
  return base62(crc32(body), CHECKSUM_LENGTH)
}

/** Uniform base62 by rejection sampling: 248 = 4 × 62 keeps every character equally likely. */
function randomBase62(length: number): string {
  let out = ''
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte < 248) out += ALPHABET[byte % 62]
      if (out.length === length) break
    }
  }
  return out
}

export function generateToken(): string {
  const body = randomBase62(BODY_LENGTH)
  return `${TOKEN_PREFIX}${body}${checksum(body)}`
}

export function isWellFormedToken(token: string): boolean {
  if (token.length !== TOKEN_LENGTH || !SHAPE.test(token)) return false
  const body = token.slice(TOKEN_PREFIX.length, TOKEN_PREFIX.length + BODY_LENGTH)
  return token.endsWith(checksum(body))
}

/** What we keep to tell tokens apart: the first 8 characters. */
export const tokenHint = (token: string): string => token.slice(0, 8)
