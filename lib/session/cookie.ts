// The admin console's session cookie: an encrypted value (AES-256-GCM, so also authenticated) naming the token it
// was opened with (by its hash, the key of the token cache) and when the session ends. Encrypted, not only signed:
// the stored hash must not reach a browser readable. No session table: any replica with the same HUB_SECRET can
// open it, and every request re-verifies the token, so revoking it, its expiry or a disabled account end the session.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { decryptSecret, encryptSecret } from '../crypto.ts'

export const SESSION_COOKIE = 'hub_session'
export const CSRF_HEADER = 'x-hub-csrf'
/** Where the cookie is sent: the admin API, nothing else (not the proxied routes, not the console's files). */
export const SESSION_PATH = '/api/admin'

export interface SessionClaims {
  /** The token's HMAC, as stored (never the token). */
  hash: string
  /** Epoch ms. */
  expiresAt: number
  /** Random per sign-in: the CSRF token is derived from it, so each session has its own. */
  nonce: string
}

const mac = (key: Buffer, label: string, data: string) => createHmac('sha256', key).update(`${label}\0${data}`).digest()

export function newClaims(hash: string, expiresAt: number): SessionClaims {
  return { hash, expiresAt, nonce: randomBytes(16).toString('base64url') }
}

/** What the sealed value is bound to (GCM's additional data): a value sealed for anything else does not open. */
const SESSION_AAD = 'hub-console-session'

export function sealSession(key: Buffer, claims: SessionClaims): string {
  const plain = JSON.stringify([claims.hash, claims.expiresAt, claims.nonce])
  return Buffer.from(encryptSecret(key, plain, SESSION_AAD), 'base64').toString('base64url')
}

/** The claims of an authentic, unexpired cookie value; null otherwise (tampered, foreign, expired). */
export function openSession(key: Buffer, value: string, now = Date.now()): SessionClaims | null {
  try {
    const plain = decryptSecret(key, Buffer.from(value, 'base64url').toString('base64'), SESSION_AAD)
    const [hash, expiresAt, nonce] = JSON.parse(plain)
    if (typeof hash !== 'string' || typeof expiresAt !== 'number' || typeof nonce !== 'string') return null
    return expiresAt > now ? { hash, expiresAt, nonce } : null
  } catch {
    return null
  }
}

/** The value the console sends back as x-hub-csrf: readable only by a page that asked Hub for it, same-origin. */
export function csrfTokenOf(key: Buffer, claims: SessionClaims): string {
  return mac(key, 'csrf', `${claims.hash}.${claims.nonce}`).toString('base64url')
}

export function csrfMatches(key: Buffer, claims: SessionClaims, header: unknown): boolean {
  return typeof header === 'string' && sameBytes(Buffer.from(header), Buffer.from(csrfTokenOf(key, claims)))
}

function sameBytes(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b)
}
