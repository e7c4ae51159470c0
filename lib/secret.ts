// The root secret and the keys derived from it. With no HUB_SECRET, one is generated once and kept in
// HUB_DATA_DIR with mode 0600 so the embedded default needs no setup and survives restarts.
import { hkdfSync, randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export interface DerivedKeys {
  /** HMAC-SHA-256 key for access tokens. */
  tokenKey: Buffer
  /** AES-256-GCM key for provider credentials. */
  credentialKey: Buffer
}

export function resolveSecret(opts: { secret?: string; dataDir: string }): string {
  if (opts.secret) return opts.secret
  const file = join(opts.dataDir, 'secret')
  if (existsSync(file)) return readFileSync(file, 'utf8').trim()
  mkdirSync(opts.dataDir, { recursive: true })
  const secret = randomBytes(32).toString('base64url')
  // 'wx' so two processes starting at once cannot overwrite each other's secret.
  try {
    writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' })
    return secret
  } catch {
    return readFileSync(file, 'utf8').trim()
  }
}

/**
 * HUB_SECRET_FILE: the secret kept in a file (Docker and Kubernetes secrets mount them under /run/secrets), so it
 * stays out of the environment, `docker inspect` and process listings. Trailing newlines are not part of it.
 */
export function readSecretFile(path: string): string {
  try {
    return readFileSync(path, 'utf8').replace(/[\r\n]+$/, '')
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code ?? (err as Error).message
    throw new Error(`HUB_SECRET_FILE ${path} cannot be read (${reason})`)
  }
}

export function deriveKeys(secret: string): DerivedKeys {
  const derive = (info: string) => Buffer.from(hkdfSync('sha256', secret, 'hub', info, 32))
  return { tokenKey: derive('access-token-hmac'), credentialKey: derive('provider-credential-aes-gcm') }
}
