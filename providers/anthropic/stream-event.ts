// One event of Anthropic's Messages stream as a provider sent it (Anthropic's SSE, or Bedrock's chunk bytes):
// read for its type and the usage it carries, and passed on unchanged by the caller.
import { HubError } from '../../lib/errors.ts'
import { midStreamError, type UpstreamSource } from '../upstream-errors.ts'
import type { AnthropicUsage } from './response.ts'

/**
 * The event's type, with its usage folded into `counted`: message_start has the input counts, message_delta the
 * output (and, lately, the input again). An event that is not JSON, or an `error` event, throws.
 */
export function readMessagesEvent(text: string, source: UpstreamSource, counted: AnthropicUsage): string | undefined {
  let data: { type?: string; message?: { usage?: AnthropicUsage }; usage?: AnthropicUsage }
  try {
    data = JSON.parse(text)
  } catch {
    throw new HubError('upstream_error', `Provider "${source.providerName}" sent a stream event that is not JSON`)
  }
  if (data.type === 'error') throw midStreamError(source, text)
  if (data.type === 'message_start') Object.assign(counted, data.message?.usage)
  if (data.type === 'message_delta') Object.assign(counted, data.usage)
  return data.type
}
