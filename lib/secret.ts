// The root secret and the keys derived from it. With no HUB_SECRET, one is generated once and kept in
// HUB_DATA_DIR with mode 0600 so the embedded default needs no setup and survives restarts. Not on a shared
// PostgreSQL database: each server would generate its own and could read none of the others' tokens and keys.
import { hkdfSync, randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export interface DerivedKeys {
  /** HMAC-SHA-256 key for access tokens. */
  tokenKey: Buffer
  /** AES-256-GCM key for provider credentials. */
  credentialKey: Buffer
  /** HMAC-SHA-256 key for the admin console's session cookies and their CSRF tokens. */
  sessionKey: Buffer
}

/** A configuration that cannot start: its message is one line for the operator, no stack trace needed. */
export class MissingSecretError extends Error {
  constructor() {
    super(
      'HUB_SECRET is required with DATABASE_URL: every server on one database must use the same secret ' +
        '(32 characters or more, e.g. from `openssl rand -base64 32`); a generated one would differ per server.',
    )
    this.name = 'MissingSecretError'
  }
}

/** The one place that decides where the root secret comes from. */
export function resolveSecret(opts: { secret?: string; dataDir: string; databaseUrl?: string }): string {
  if (opts.secret) return opts.secret
  if (opts.databaseUrl) throw new MissingSecretError()
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
  return {
    tokenKey: derive('access-token-hmac'),
    credentialKey: derive('provider-credential-aes-gcm'),
    sessionKey: derive('console-session-hmac'),
  }
}
