// fast-check arbitraries for the parts of a request, read from the JSON Schemas of an OpenAPI document: values
// that follow the schema (with `hints`, known-good values such as existing ids and model names, mixed in so that
// valid calls really succeed), and the bad values a client can send instead (NUL, lone surrogates, huge
// strings, wrong types, malformed uuids, deep nesting, missing fields).
import fc from 'fast-check'

export type Schema = { [key: string]: unknown }

/** Stands for JSON nested 10,000 levels deep; `toJson` writes it out, since JSON.stringify cannot. */
export const DEEP = Symbol('deep')
const DEEP_LEVELS = 10_000

const UUID = '00000000-0000-4000-8000-000000000000'
// Text() prefixes its patterns with this lookahead, which fast-check's stringMatching does not read.
const STORABLE = '^(?=[^\\u0000\\uD800-\\uDFFF]*$)'

export const badValues: unknown[] = [
  'a\u0000b',
  'x\ud800y',
  '\udfff',
  'x'.repeat(100_000),
  '',
  ' ',
  `urn:uuid:${UUID}`,
  UUID.slice(0, 23),
  '😀\u202e\u0301ñ',
  '../../etc/passwd',
  '%00%zz',
  -1,
  0,
  1e308,
  -(2 ** 53),
  2 ** 31,
  1.5,
  true,
  null,
  [],
  {},
  [null],
  DEEP,
]

export interface Generator {
  value(schema: unknown, name?: string): fc.Arbitrary<unknown>
}

export function generator(components: Record<string, Schema>, hints: Record<string, unknown[]>): Generator {
  const resolve = (schema: Schema): Schema => {
    const ref = schema.$ref
    if (typeof ref !== 'string') return schema
    return resolve(components[ref.replace('#/components/schemas/', '')] ?? {})
  }

  function value(raw: unknown, name?: string, depth = 0): fc.Arbitrary<unknown> {
    const generated = fromSchema(resolve((raw ?? {}) as Schema), depth)
    const known = name !== undefined ? hints[name] : undefined
    return known ? fc.oneof(fc.constantFrom(...known), generated) : generated
  }

  function fromSchema(s: Schema, depth: number): fc.Arbitrary<unknown> {
    if (depth > 6) return fc.constant(null)
    if ('const' in s) return fc.constant(s.const)
    if (Array.isArray(s.enum)) return fc.constantFrom(...s.enum)
    const alternatives = (s.anyOf ?? s.oneOf) as Schema[] | undefined
    if (alternatives) return fc.oneof(...alternatives.map((a) => value(a, undefined, depth + 1)))
    if (Array.isArray(s.allOf)) {
      return fc
        .tuple(...(s.allOf as Schema[]).map((a) => value(a, undefined, depth + 1)))
        .map((parts) => Object.assign({}, ...parts.filter((p) => typeof p === 'object')))
    }
    if (Array.isArray(s.type)) return fc.oneof(...s.type.map((type) => fromSchema({ ...s, type }, depth)))
    switch (s.type) {
      case 'string':
        return stringOf(s)
      case 'integer':
        return fc.integer({ min: num(s.minimum, -1_000_000), max: num(s.maximum, 1_000_000) })
      case 'number':
        return fc.double({ min: num(s.minimum, -1e6), max: num(s.maximum, 1e6), noNaN: true })
      case 'boolean':
        return fc.boolean()
      case 'null':
        return fc.constant(null)
      case 'array':
        return fc.array(value(s.items, undefined, depth + 1), {
          minLength: num(s.minItems, 0),
          maxLength: Math.max(num(s.minItems, 0), Math.min(num(s.maxItems, 3), 3)),
        })
      case 'object':
        return objectOf(s, depth)
      default:
        return s.properties ? objectOf(s, depth) : fc.jsonValue({ maxDepth: 2 })
    }
  }

  function objectOf(s: Schema, depth: number): fc.Arbitrary<unknown> {
    const properties = (s.properties ?? {}) as Record<string, Schema>
    const model: Record<string, fc.Arbitrary<unknown>> = {}
    for (const [key, prop] of Object.entries(properties)) model[key] = value(prop, key, depth + 1)
    const required = ((s.required ?? []) as string[]).filter((key) => key in model)
    return fc.record(model, { requiredKeys: required })
  }

  return { value: (schema, name) => value(schema, name) }
}

const num = (value: unknown, fallback: number) => (typeof value === 'number' ? value : fallback)

function stringOf(s: Schema): fc.Arbitrary<string> {
  const min = num(s.minLength, 0)
  const max = Math.max(min, Math.min(num(s.maxLength, 40), 40))
  if (s.format === 'uuid') return fc.uuid()
  if (s.format === 'date-time') {
    return fc
      .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString())
  }
  if (s.format === 'uri') return fc.constantFrom('http://127.0.0.1:9/v1', 'https://example.invalid/api')
  if (typeof s.pattern === 'string') {
    const pattern = s.pattern.startsWith(STORABLE) ? `^${s.pattern.slice(STORABLE.length)}` : s.pattern
    if (pattern !== '^') {
      try {
        return fc.stringMatching(new RegExp(pattern)).map((v) => v.slice(0, max))
      } catch {
        // A pattern fast-check cannot generate from: plain strings, mostly refused, are still worth sending.
      }
    }
  }
  return fc.string({ minLength: min, maxLength: max, unit: 'binary' })
}

/** A valid value, or one with a bad value put in place of one field, or a required field left out. */
export function mutated(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  const bad = fc.constantFrom(...badValues)
  return fc.oneof(
    { weight: 2, arbitrary: valid },
    { weight: 1, arbitrary: bad },
    // A valid call carrying deep nesting where nothing validates it: the case that overflowed the stack.
    { weight: 1, arbitrary: valid.map((v) => (isObject(v) ? { ...v, extra: DEEP } : v)) },
    {
      weight: 4,
      arbitrary: fc.tuple(valid, fc.nat(), bad, fc.boolean()).map(([value, pick, replacement, drop]) => {
        if (!isObject(value)) return replacement
        const keys = Object.keys(value)
        const copy: Record<string, unknown> = { ...value }
        const key = keys.length > 0 && pick % 3 !== 0 ? keys[pick % keys.length] : `unknown_${pick % 7}`
        if (drop && key in copy) delete copy[key]
        else copy[key] = replacement
        return copy
      }),
    },
  )
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** JSON text for a generated body, with DEEP written out as 10,000 nested objects. */
export function toJson(value: unknown): string {
  const text = JSON.stringify(value, (_key, v) => (v === DEEP ? '\u0000DEEP' : v)) ?? 'null'
  const deep = `${'{"a":'.repeat(DEEP_LEVELS)}1${'}'.repeat(DEEP_LEVELS)}`
  return text.replaceAll('"\\u0000DEEP"', deep)
}

/** Text for a path or query parameter. */
export function asText(value: unknown): string {
  if (value === DEEP) return '['.repeat(DEEP_LEVELS)
  return typeof value === 'string' ? value : JSON.stringify(value)
}

/** A path segment, percent-encoded; a lone surrogate goes as the invalid UTF-8 bytes a client could send. */
export function pathSegment(text: string): string {
  return text.replace(/\p{Cs}|[^\p{Cs}]+/gu, (part) => {
    if (part.length > 1 || !/\p{Cs}/u.test(part)) return encodeURIComponent(part)
    const unit = part.charCodeAt(0)
    const bytes = [0xed, 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)]
    return bytes.map((b) => `%${b.toString(16).toUpperCase()}`).join('')
  })
}
