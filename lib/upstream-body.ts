// Reads a provider's whole (non-streamed) answer into memory, never more than UPSTREAM_RESPONSE_LIMIT: a declared
// content-length is checked before the first byte, and bytes are counted as they come otherwise. Past the limit
// the upstream body is destroyed, which closes that connection, and the call fails with a 502.
import { HubError } from './errors.ts'
import { toUpstreamError, type UpstreamResponse } from './upstream-http.ts'
import { BodyTooLargeError } from './upstream-response-body.ts'

const tooLarge = (max: number) =>
  new HubError('upstream_response_too_large', `The provider's answer is larger than ${max} bytes`)

export async function readUpstreamBody(res: UpstreamResponse, signal: AbortSignal): Promise<Buffer> {
  const max = res.limits.responseBytes
  const declared = Number(res.headers['content-length'])
  if (declared > max) {
    res.body.destroy()
    throw tooLarge(max)
  }
  try {
    return await res.body.whole(max)
  } catch (err) {
    if (err instanceof BodyTooLargeError) throw tooLarge(max)
    res.body.destroy()
    throw toUpstreamError(err, signal)
  }
}

export async function readUpstreamText(res: UpstreamResponse, signal: AbortSignal): Promise<string> {
  return (await readUpstreamBody(res, signal)).toString('utf8')
}
