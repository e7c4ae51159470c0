// Checks what the operator typed against the admin API's own request schemas, with the server's validator, so
// the CLI refuses exactly what the API refuses; the message names the flag or argument, not a JSON pointer.
import type { Static, TSchema } from '@sinclair/typebox'
import { validatorFactory } from '../plugins/validators.ts'
import { CliError } from './errors.ts'

interface AjvError {
  instancePath: string
  keyword: string
  params: { missingProperty?: string }
  message?: string
}
type Validate = ((value: unknown) => boolean) & { errors?: AjvError[] | null }

const compile = validatorFactory()({}, {})
const asFlag = (field: string) => `--${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`

/** `positional` names the fields given as arguments rather than flags (`{ name: 'NAME' }`). */
export function checkInput<T extends TSchema>(
  schema: T,
  value: Record<string, unknown>,
  positional: Record<string, string> = {},
): Static<T> {
  const validate = compile({ schema, method: 'POST', url: '/', httpPart: 'body' }) as Validate
  if (validate(value)) return value as Static<T>
  const error = validate.errors?.[0]
  const field = error?.params.missingProperty ?? error?.instancePath.replace(/^\//, '') ?? ''
  const label = positional[field] ?? asFlag(field)
  if (error?.keyword === 'required') throw new CliError(`${label} is required`)
  throw new CliError(`${label} ${unionMessage(schema, field) ?? error?.message ?? 'is invalid'}`)
}

// Ajv reports the first branch of a union ("must be equal to constant"); say what the union takes instead.
function unionMessage(schema: TSchema, field: string): string | null {
  const property = (schema.properties as Record<string, TSchema> | undefined)?.[field]
  const branches = property?.anyOf as TSchema[] | undefined
  if (!property || !branches) return null
  const values = branches.map((b) => b.const)
  if (values.every((v) => v !== undefined)) return `must be one of: ${values.join(', ')}`
  return property.description ? `is invalid: ${property.description}` : null
}
