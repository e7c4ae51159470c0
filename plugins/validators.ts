// Fastify's validator compiler (a server option), beside the plugins but not one: autoload loads only
// plugins/external and plugins/app.
// Request validation with two Ajv instances: bodies are validated exactly as sent (no type coercion: a proxy
// must not rewrite what reaches the provider, and coercion breaks unions like `string | ContentPart[]`), while
// querystrings, params and headers, which arrive as text, are coerced to their declared types.
import { AjvCompiler } from '@fastify/ajv-compiler'
import type { FastifyServerOptions } from 'fastify'

const base = {
  // Unknown fields must pass through to providers; closed schemas (admin bodies) must refuse them, not drop them.
  removeAdditional: false,
  useDefaults: true,
  allErrors: false,
} as const

type BuildValidator = NonNullable<
  NonNullable<NonNullable<FastifyServerOptions['schemaController']>['compilersFactory']>['buildValidator']
>
type ExternalSchemas = Parameters<BuildValidator>[0]
type AjvServerOptions = Parameters<BuildValidator>[1]
type RouteDefinition = Parameters<ReturnType<BuildValidator>>[0]
type PoolOptions = NonNullable<Parameters<ReturnType<typeof AjvCompiler>>[1]>
type Ajv = Parameters<NonNullable<PoolOptions['onCreate']>>[0]

// The database reads ids and dates after Ajv has passed them, and refuses what ajv-formats admits: "uuid" also
// takes "urn:uuid:…", and "date-time" takes leap seconds (23:59:60) that no Date can hold. Narrowed here, once,
// so every `format: 'uuid' | 'date-time'` field is a 400 rather than a database error.
const UUID = /^[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i

function strictFormats(ajv: Ajv): void {
  // ajv-formats registers date-time as { validate, compare }.
  const rfc3339 = ajv.formats['date-time'] as { validate: (value: string) => boolean }
  ajv.addFormat('uuid', UUID)
  ajv.addFormat('date-time', {
    type: 'string',
    validate: (value: string) => rfc3339.validate(value) && !Number.isNaN(Date.parse(value)),
  })
}

export function validatorFactory(): BuildValidator {
  const pool = AjvCompiler()
  return (externalSchemas: ExternalSchemas, ajvOptions: AjvServerOptions) => {
    // Hub never uses JTD mode, so the options are Ajv's JSON Schema ones.
    const options = (coerceTypes: false | 'array') => ({
      plugins: ajvOptions?.plugins,
      customOptions: { ...base, coerceTypes },
      onCreate: strictFormats,
    })
    const forBody = pool(externalSchemas, options(false))
    const forText = pool(externalSchemas, options('array'))
    return (route: RouteDefinition) => (route.httpPart === 'body' ? forBody : forText)(route)
  }
}
