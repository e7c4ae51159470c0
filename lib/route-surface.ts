// The same OpenAI-compatible routes serve two surfaces: /api/v2 (AIGNE Hub's paths, Hub's error envelope) and
// /v1 (any tool that takes an "OpenAI base URL", errors in OpenAI's shape). A route plugin takes the surface as
// an option; operation ids stay unique in the OpenAPI document.
import type { Surface } from './error-body.ts'

export interface SurfaceOptions {
  surface?: Surface
  /** For a second path to the same route (AIGNE's singular /image/generations): keeps operation ids unique. */
  operationSuffix?: string
}

export function surfaceOf(opts: SurfaceOptions) {
  const surface = opts.surface ?? 'hub'
  const suffix = opts.operationSuffix ?? ''
  return {
    surface,
    operationId: (name: string) =>
      (surface === 'openai' ? `openai${name[0].toUpperCase()}${name.slice(1)}` : name) + suffix,
    tags: (tag: string) => (surface === 'openai' ? ['openai-compatible (/v1)'] : [tag]),
  }
}
