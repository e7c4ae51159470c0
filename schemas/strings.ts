// Strings that reach the database. PostgreSQL's text type refuses NUL (a 500 from deep in the driver), and a
// lone UTF-16 surrogate has no UTF-8 form (the driver silently stores U+FFFD instead), so every such string
// refuses both at validation, as a 400 naming the field. (Ids use `format: 'uuid'`, made strict in
// lib/validators.ts.)
import { type StringOptions, Type } from '@sinclair/typebox'

/** Matches a string free of NUL and of lone surrogates (Ajv compiles patterns with the `u` flag). */
const STORABLE = '(?=[^\\u0000\\uD800-\\uDFFF]*$)'

/** A string that can be stored; a `pattern` of its own must be anchored with `^` and is kept. */
export function Text(options: StringOptions = {}) {
  const { pattern } = options
  if (pattern !== undefined && !pattern.startsWith('^')) throw new Error(`Text pattern must start with ^: ${pattern}`)
  return Type.String({ ...options, pattern: pattern ? `^${STORABLE}${pattern.slice(1)}` : `^${STORABLE}` })
}
