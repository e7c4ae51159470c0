// AWS credentials and Signature Version 4 for Bedrock Runtime, with Smithy's signer (the AWS SDK's own).
// A bedrock credential is stored as one encrypted JSON secret: {accessKeyId, secretAccessKey, region, sessionToken?}.
import { Hash } from '@smithy/core/serde'
import { SignatureV4 } from '@smithy/signature-v4'

export interface AwsCredentials {
  accessKeyId: string
  secretAccessKey: string
  region: string
  sessionToken?: string
}

export interface AwsSigner {
  readonly region: string
  /** The headers to send with a JSON POST to `url`: content-type, x-amz-date, authorization (+ session token). */
  headers(url: URL, body: string): Promise<Record<string, string>>
}

// Regions end up in a hostname (bedrock-runtime.{region}.amazonaws.com), so only region-shaped strings pass.
const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/

const isString = (value: unknown): value is string => typeof value === 'string' && value.length > 0

/** The AWS credentials in a decrypted secret, or null when it is an API key. */
export function parseAwsCredentials(secret: string): AwsCredentials | null {
  if (!secret.startsWith('{')) return null
  let parsed: Record<string, unknown>
  try {
    parsed = JSON.parse(secret)
  } catch {
    return null
  }
  const { accessKeyId, secretAccessKey, region, sessionToken } = parsed
  if (!isString(accessKeyId) || !isString(secretAccessKey) || !isString(region) || !REGION.test(region)) return null
  return { accessKeyId, secretAccessKey, region, ...(isString(sessionToken) ? { sessionToken } : {}) }
}

export const sha256 = Hash.bind(null, 'sha256')

export function createAwsSigner(credentials: AwsCredentials): AwsSigner {
  const { region, ...identity } = credentials
  // One signer per credential: it caches the derived signing key for the day. applyChecksum: false leaves out
  // the x-amz-content-sha256 header, which only S3 requires; the payload hash is signed all the same.
  const signer = new SignatureV4({ service: 'bedrock', region, credentials: identity, sha256, applyChecksum: false })
  return {
    region,
    async headers(url, body) {
      const signed = await signer.sign({
        method: 'POST',
        protocol: url.protocol,
        hostname: url.hostname,
        port: url.port ? Number(url.port) : undefined,
        path: url.pathname,
        query: {},
        headers: { host: url.host, 'content-type': 'application/json' },
        body,
      })
      // undici derives the same Host header from the URL.
      const { host: _, ...headers } = signed.headers
      return headers
    },
  }
}

const signers = new WeakMap<object, AwsSigner | null>()

/** The signer for a registry credential (cached per loaded credential), or null when it holds no AWS keys. */
export function signerFor(credential: { apiKey: string }): AwsSigner | null {
  let signer = signers.get(credential)
  if (signer === undefined) {
    const aws = parseAwsCredentials(credential.apiKey)
    signer = aws ? createAwsSigner(aws) : null
    signers.set(credential, signer)
  }
  return signer
}
