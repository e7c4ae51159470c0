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

export function validatorFactory(): BuildValidator {
  const pool = AjvCompiler()
  return (externalSchemas: ExternalSchemas, ajvOptions: AjvServerOptions) => {
    // Hub never uses JTD mode, so the options are Ajv's JSON Schema ones.
    const options = (coerceTypes: false | 'array') => ({
      plugins: ajvOptions?.plugins,
      customOptions: { ...base, coerceTypes },
    })
    const forBody = pool(externalSchemas, options(false))
    const forText = pool(externalSchemas, options('array'))
    return (route: RouteDefinition) => (route.httpPart === 'body' ? forBody : forText)(route)
  }
}
