// Top-level tags of the OpenAPI document: every tag an operation uses, declared once with a description, so
// documentation tools group and explain them. A tag without a description here is still declared.

const descriptions: Record<string, string> = {
  chat: "OpenAI's Chat Completions, to any provider",
  embeddings: "OpenAI's embeddings (and AIGNE's embedding format)",
  images: "OpenAI's image generation",
  audio: "OpenAI's text to speech and speech to text",
  models: 'The models a token may use',
  usage: "The caller's own usage records",
  status: 'Whether Hub and its providers are available',
  aigne: "AIGNE Hub's native API, as the @aigne/aigne-hub client speaks it",
  'openai-compatible (/v1)':
    'The same routes for OpenAI SDKs and tools (`baseURL: http://host/v1`), errors in OpenAI shape',
  ops: 'Liveness and readiness probes, and Prometheus metrics',
  'anthropic-compatible':
    "Anthropic's Messages API for Anthropic SDKs and Claude Code (`x-api-key` or Bearer), to any provider",
}

interface Operation {
  tags?: string[]
}

/** Adds `tags` to the document: the tags its operations use, in order of first use. */
export function declareTags<T extends { paths?: unknown; tags?: { name: string; description?: string }[] }>(doc: T): T {
  const seen = new Set<string>()
  const paths = (doc.paths ?? {}) as Record<string, Record<string, Operation>>
  for (const item of Object.values(paths)) {
    for (const op of Object.values(item)) {
      for (const tag of op.tags ?? []) seen.add(tag)
    }
  }
  const tags = [...seen].map((name) => ({
    name,
    description: descriptions[name] ?? (name.startsWith('admin: ') ? `Administration: ${name.slice(7)}` : name),
  }))
  return { ...doc, tags }
}
