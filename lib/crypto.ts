// Token hashing and credential encryption. Tokens are stored only as HMAC-SHA-256 under a server key, so a
// database leak alone does not let anyone check guesses. Provider keys are AES-256-GCM encrypted with the row
// id as additional authenticated data: a ciphertext copied onto another row fails to decrypt.
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto'

export function hashToken(key: Buffer, token: string): string {
  return createHmac('sha256', key).update(token).digest('hex')
}

export function encryptSecret(key: Buffer, plaintext: string, boundTo: string): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', key, iv)
  cipher.setAAD(Buffer.from(boundTo))
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()])
  return Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString('base64')
}

export function decryptSecret(key: Buffer, sealed: string, boundTo: string): string {
  const raw = Buffer.from(sealed, 'base64')
  const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12))
  decipher.setAAD(Buffer.from(boundTo))
  decipher.setAuthTag(raw.subarray(12, 28))
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8')
}

/**
 * "sk-m…wxyz": enough to recognise a key, never enough to use it. The shorter the key, the less is shown: eight
 * characters of a long key, the last four of a short one, nothing of a very short one.
 */
export function maskSecret(secret: string): string {
  if (secret.length >= 24) return `${secret.slice(0, 4)}…${secret.slice(-4)}`
  if (secret.length >= 12) return `…${secret.slice(-4)}`
  return '…'
}
