// Pieces every translating adapter (anthropic, bedrock, google) needs on the OpenAI side of its translation.
import { HubError } from '../lib/errors.ts'

/** A request the provider cannot take as sent: the client's to fix, so a 400. */
export const invalid = (message: string) => new HubError('validation_error', message)

/** The text of an OpenAI message content: a string, or its text parts joined. */
export function textOf(content: unknown): string {
  if (typeof content === 'string') return content
  if (!Array.isArray(content)) return ''
  return content
    .map((part: { type?: string; text?: string }) => (part.type === 'text' ? (part.text ?? '') : ''))
    .join('')
}

/** An OpenAI tool call's arguments string as the object native APIs want. */
export function parseArguments(args: string, name: string): unknown {
  if (args.trim() === '') return {}
  try {
    return JSON.parse(args)
  } catch {
    throw invalid(`tool call "${name}" has arguments that are not JSON`)
  }
}
