// The flags every `hub` command understands; each command reads the ones it needs.
import { parseArgs } from 'node:util'
import { UsageError } from './errors.ts'

const options = {
  name: { type: 'string' },
  scopes: { type: 'string' },
  models: { type: 'string' },
  'expires-in': { type: 'string' },
  account: { type: 'string' },
  type: { type: 'string' },
  'base-url': { type: 'string' },
  'api-key': { type: 'string' },
  'access-key-id': { type: 'string' },
  'secret-access-key': { type: 'string' },
  'session-token': { type: 'string' },
  region: { type: 'string' },
  'upstream-model': { type: 'string' },
  'input-price': { type: 'string' },
  'output-price': { type: 'string' },
  'max-output-tokens': { type: 'string' },
  billing: { type: 'string' },
  budget: { type: 'string' },
  rpm: { type: 'string' },
  tpm: { type: 'string' },
  concurrency: { type: 'string' },
  expires: { type: 'string' },
  note: { type: 'string' },
  disabled: { type: 'boolean', default: false },
  by: { type: 'string' },
  since: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const

export type Flags = ReturnType<typeof parse>['values']

export function parse(argv: string[]) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, options })
  } catch (err) {
    // node:util's messages are one line already ("Unknown option '--nmae'…").
    throw new UsageError((err as Error).message)
  }
}
