// A local stand-in for the Gemini API (generativelanguage.googleapis.com) on 127.0.0.1, in its documented wire
// format: POST /v1beta/models/{model}:generateContent answers a GenerateContentResponse, and
// POST /v1beta/models/{model}:streamGenerateContent?alt=sse streams one per `data:` frame, frames ended by \r\n\r\n,
// the body simply ending after the last one. Errors are Google's `{error: {code, message, status}}`. The key must
// come in `x-goog-api-key` (without it, 403 PERMISSION_DENIED as Google answers); roles must be user or model,
// unknown top-level fields are refused, and an OBJECT schema without properties is a 400, as Gemini does. A
// `parameters` or `responseSchema` is Gemini's `Schema` (an OpenAPI 3.0 subset): a JSON-Schema-only keyword there
// ($schema, additionalProperties, $ref, $defs, const…) is Gemini's 400 "Unknown name"; full JSON Schema goes in
// `parametersJsonSchema` / `responseJsonSchema`, each exclusive of its `Schema` twin.
// The model name picks a behaviour:
//   anything else    "Hello from Gemini" (streamed as "Hello" " from" " Gemini")
//   gemini-thinking  a thought part, then the answer
//   gemini-tools     "Let me check." then two functionCall parts (streamed in frames of their own after the text)
//   gemini-3-tools   the same, the first call carrying a thoughtSignature as Gemini 3 does; and, as Gemini 3
//                    refuses it, a request whose model turn has a functionCall without its signature is a 400
//   error-429        a 429 RESOURCE_EXHAUSTED
//   stream-error     one frame, then an error object frame
//   cut              one frame, then the body ends without a finishReason
//   *-image          with generationConfig.responseModalities ["IMAGE"]: one PNG as an inlineData part (1290 output
//                    tokens, as Gemini counts an image); an imageConfig.aspectRatio Gemini lacks is a 400, and a
//                    prompt containing "forbidden" finishes IMAGE_SAFETY with no image

import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http'
import { listenLocal } from './local-server.ts'

export interface GoogleRequest {
  url: string
  headers: IncomingHttpHeaders
  body: Record<string, unknown> & { contents: { role: string; parts: Record<string, unknown>[] }[] }
}

export const GEMINI_USAGE = {
  promptTokenCount: 20,
  candidatesTokenCount: 5,
  thoughtsTokenCount: 2,
  cachedContentTokenCount: 6,
  totalTokenCount: 27,
}
export const GEMINI_TOOLS = [
  { name: 'get_weather', args: { city: 'Paris', unit: 'c' } },
  { name: 'get_time', args: { zone: 'Europe/Paris' } },
]
/** The signature Gemini 3 puts on the first functionCall part of a step (opaque base64). */
export const GEMINI_SIGNATURE = 'CiQB0e2Kb+Zq3pG0ZW5jcnlwdGVkIHRob3VnaHQgc2lnbmF0dXJlAA=='
const MODEL_VERSION = 'gemini-2.5-flash-mock'
const FIELDS = new Set([
  'contents',
  'systemInstruction',
  'tools',
  'toolConfig',
  'generationConfig',
  'safetySettings',
  'cachedContent',
])
const STATUS: Record<number, string> = {
  400: 'INVALID_ARGUMENT',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  429: 'RESOURCE_EXHAUSTED',
  500: 'INTERNAL',
}

function error(res: ServerResponse, code: number, message: string): void {
  res.writeHead(code, { 'content-type': 'application/json; charset=UTF-8' })
  res.end(JSON.stringify({ error: { code, message, status: STATUS[code] } }, null, 2))
}

function invalidReason(body: GoogleRequest['body']): string | null {
  for (const field of Object.keys(body)) {
    if (!FIELDS.has(field)) return `Invalid JSON payload received. Unknown name "${field}": Cannot find field.`
  }
  if (!Array.isArray(body.contents) || body.contents.length === 0)
    return '* GenerateContentRequest.contents: must not be empty'
  for (const [i, content] of body.contents.entries()) {
    if (content.role !== 'user' && content.role !== 'model') {
      return `Please use a valid role: user, model. (contents[${i}].role: ${content.role})`
    }
    if (!content.parts?.length)
      return `* GenerateContentRequest.contents[${i}].parts: contents.parts must not be empty.`
  }
  type Declaration = { parameters?: Record<string, unknown>; parametersJsonSchema?: unknown }
  const tools = (body.tools ?? []) as { functionDeclarations?: Declaration[] }[]
  for (const [t, tool] of tools.entries()) {
    for (const [d, declaration] of (tool.functionDeclarations ?? []).entries()) {
      const { parameters } = declaration
      const path = `tools[${t}].function_declarations[${d}]`
      if (parameters && declaration.parametersJsonSchema !== undefined) {
        return `* GenerateContentRequest.${path}.parameters_json_schema: parameters and parameters_json_schema are mutually exclusive`
      }
      const problem = schemaProblem(parameters, `${path}.parameters`)
      if (problem) return problem
      if (parameters?.type === 'object' && Object.keys((parameters.properties as object) ?? {}).length === 0) {
        return `* GenerateContentRequest.${path}.parameters.properties: should be non-empty for OBJECT type`
      }
    }
  }
  const generation = (body.generationConfig ?? {}) as Record<string, unknown>
  if (generation.responseSchema && generation.responseJsonSchema !== undefined) {
    return '* GenerateContentRequest.generation_config.response_json_schema: response_schema and response_json_schema are mutually exclusive'
  }
  if ((generation.responseSchema || generation.responseJsonSchema) && !generation.responseMimeType) {
    return '* GenerateContentRequest.generation_config.response_mime_type: a response schema needs a JSON response_mime_type'
  }
  return schemaProblem(generation.responseSchema, 'generation_config.response_schema')
}

type Part = Record<string, unknown>

/** The fields of Gemini's Schema object (https://ai.google.dev/api/caching#Schema); anything else is refused. */
const SCHEMA_FIELDS = new Set([
  'type',
  'format',
  'title',
  'description',
  'nullable',
  'enum',
  'maxItems',
  'minItems',
  'properties',
  'required',
  'minProperties',
  'maxProperties',
  'minLength',
  'maxLength',
  'pattern',
  'example',
  'anyOf',
  'propertyOrdering',
  'default',
  'items',
  'minimum',
  'maximum',
])

/** Gemini's wording for a JSON-Schema-only keyword in a Schema, at its proto path (snake_case). */
function schemaProblem(schema: unknown, path: string): string | null {
  if (typeof schema !== 'object' || schema === null) return null
  for (const [key, value] of Object.entries(schema)) {
    if (!SCHEMA_FIELDS.has(key)) {
      return `Invalid JSON payload received. Unknown name "${key}" at '${path}': Cannot find field.`
    }
    if (key === 'properties') {
      for (const [name, sub] of Object.entries(value as object)) {
        const problem = schemaProblem(sub, `${path}.properties[${name}].value`)
        if (problem) return problem
      }
    } else if (key === 'items') {
      const problem = schemaProblem(value, `${path}.items`)
      if (problem) return problem
    } else if (key === 'anyOf') {
      for (const [i, sub] of (value as unknown[]).entries()) {
        const problem = schemaProblem(sub, `${path}.any_of[${i}]`)
        if (problem) return problem
      }
    }
  }
  return null
}

/** The functionCall parts of a tools model: Gemini 3 signs the first call of a step. */
const callParts = (model: string): Part[] =>
  GEMINI_TOOLS.map((call, i) => ({
    functionCall: call,
    ...(model === 'gemini-3-tools' && i === 0 ? { thoughtSignature: GEMINI_SIGNATURE } : {}),
  }))
const isTools = (model: string) => model === 'gemini-tools' || model === 'gemini-3-tools'

/** Gemini 3: every model turn's first functionCall must come back with the signature it was given. */
function missingSignature(body: GoogleRequest['body']): string | null {
  for (const [i, content] of body.contents.entries()) {
    if (content.role !== 'model') continue
    const first = content.parts.findIndex((part) => part.functionCall)
    if (first >= 0 && content.parts[first].thoughtSignature !== GEMINI_SIGNATURE) {
      const name = (content.parts[first].functionCall as { name: string }).name
      return `Function call is missing a thought_signature in functionCall parts. This is required for tools to work correctly, and missing thought_signature may lead to degraded model performance. Additional data, function call \`default_api:${name}\` , position ${i + 1}. Please refer to https://ai.google.dev/gemini-api/docs/thought-signatures for more details.`
    }
  }
  return null
}

function answerParts(model: string): Part[] {
  if (isTools(model)) return [{ text: 'Let me check.' }, ...callParts(model)]
  const answer = [{ text: 'Hello from Gemini' }]
  return model === 'gemini-thinking' ? [{ text: 'The user greets me.', thought: true }, ...answer] : answer
}

const response = (parts: Part[], finishReason: string | undefined, usage: Part) => ({
  candidates: [{ content: { parts, role: 'model' }, ...(finishReason ? { finishReason } : {}), index: 0 }],
  usageMetadata: usage,
  modelVersion: MODEL_VERSION,
  responseId: 'mock-response-1',
})

export async function startMockGoogle() {
  const requests: GoogleRequest[] = []
  const server = createServer(async (req, res) => {
    let raw = ''
    for await (const chunk of req) raw += chunk
    const url = req.url ?? ''
    const embed = /^\/v1beta\/models\/([^/:?]+):(embedContent|batchEmbedContents)$/.exec(url)
    if (embed && req.method === 'POST') return embedContent(req.headers, embed[2], JSON.parse(raw), res, requests, url)
    const route = /^\/v1beta\/models\/([^/:?]+):(generateContent|streamGenerateContent)(\?.*)?$/.exec(url)
    if (req.method !== 'POST' || !route) return error(res, 404, 'Requested entity was not found.')
    const key = req.headers['x-goog-api-key'] ?? new URLSearchParams(route[3] ?? '').get('key')
    if (!key) {
      return error(
        res,
        403,
        "Method doesn't allow unregistered callers (callers without established identity). Please use API Key or other form of API consumer identity to call this API.",
      )
    }
    const body = JSON.parse(raw) as GoogleRequest['body']
    requests.push({ url, headers: req.headers, body })
    const invalid = invalidReason(body)
    if (invalid) return error(res, 400, invalid)
    const model = decodeURIComponent(route[1])
    if (model === 'error-429') return error(res, 429, 'Resource has been exhausted (e.g. check quota).')
    const unsigned = model === 'gemini-3-tools' ? missingSignature(body) : null
    if (unsigned) return error(res, 400, unsigned)
    if (route[2] === 'streamGenerateContent') {
      if (route[3] !== '?alt=sse') return error(res, 400, 'this mock only streams with alt=sse')
      return stream(res, model)
    }
    if (model.endsWith('-image')) return imageAnswer(res, body)
    res.writeHead(200, { 'content-type': 'application/json; charset=UTF-8' })
    res.end(JSON.stringify(response(answerParts(model), 'STOP', GEMINI_USAGE), null, 2))
  })
  return { ...(await listenLocal(server)), requests }
}

async function stream(res: ServerResponse, model: string): Promise<void> {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'x-content-type-options': 'nosniff' })
  const send = (data: object) => res.write(`data: ${JSON.stringify(data)}\r\n\r\n`)
  const tick = () => new Promise((r) => setImmediate(r))
  // Every frame carries the running usage; only the last one has the final counts.
  const running = (candidates: number) => ({
    promptTokenCount: GEMINI_USAGE.promptTokenCount,
    candidatesTokenCount: candidates,
    totalTokenCount: GEMINI_USAGE.promptTokenCount + candidates,
  })
  const frames: Part[][] = isTools(model)
    ? [[{ text: 'Let me' }], [{ text: ' check.' }], ...callParts(model).map((part) => [part])]
    : [
        ...(model === 'gemini-thinking' ? [[{ text: 'The user greets me.', thought: true }]] : []),
        [{ text: 'Hello' }],
        [{ text: ' from' }],
        [{ text: ' Gemini' }],
      ]
  for (const [i, parts] of frames.entries()) {
    await tick()
    const last = i === frames.length - 1
    send(response(parts, last ? 'STOP' : undefined, last ? GEMINI_USAGE : running(i + 1)))
    if (model === 'stream-error') {
      send({ error: { code: 500, message: 'An internal error has occurred. Please retry.', status: 'INTERNAL' } })
      return void res.end()
    }
    if (model === 'cut') return void res.end()
  }
  res.end()
}

type EmbedBody = {
  content?: { parts: { text: string }[] }
  requests?: { model: string; content: { parts: { text: string }[] } }[]
}

/** embedContent → {embedding: {values}}; batchEmbedContents → {embeddings: [{values}]}: [length, index, 0.25]. */
function embedContent(
  headers: IncomingHttpHeaders,
  method: string,
  body: EmbedBody,
  res: ServerResponse,
  requests: GoogleRequest[],
  url: string,
): void {
  if (!headers['x-goog-api-key']) {
    error(res, 403, "Method doesn't allow unregistered callers.")
    return
  }
  requests.push({ url, headers, body: body as GoogleRequest['body'] })
  const values = (text: string, index: number) => ({ values: [text.length, index, 0.25] })
  res.writeHead(200, { 'content-type': 'application/json; charset=UTF-8' })
  if (method === 'embedContent')
    return void res.end(JSON.stringify({ embedding: values(body.content?.parts[0]?.text ?? '', 0) }))
  res.end(
    JSON.stringify({ embeddings: (body.requests ?? []).map((r, i) => values(r.content.parts[0]?.text ?? '', i)) }),
  )
}

/** A 1×1 PNG, what the *-image models draw. */
export const GEMINI_IMAGE_B64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='
const RATIOS = ['1:1', '2:3', '3:2', '3:4', '4:3', '4:5', '5:4', '9:16', '16:9', '21:9']

function imageAnswer(res: ServerResponse, body: GoogleRequest['body']) {
  const config = (body.generationConfig ?? {}) as {
    responseModalities?: string[]
    imageConfig?: { aspectRatio?: string }
  }
  const ratio = config.imageConfig?.aspectRatio
  if (ratio !== undefined && !RATIOS.includes(ratio)) return error(res, 400, `Unsupported aspect ratio: ${ratio}`)
  const prompt = String(body.contents.at(-1)?.parts[0]?.text ?? '')
  const usage = { promptTokenCount: 7, candidatesTokenCount: 1290, totalTokenCount: 1297 }
  const forbidden = prompt.includes('forbidden')
  const parts =
    config.responseModalities?.includes('IMAGE') && !forbidden
      ? [{ inlineData: { mimeType: 'image/png', data: GEMINI_IMAGE_B64 } }]
      : [{ text: forbidden ? 'I cannot make that image.' : 'Here is a description instead.' }]
  res.writeHead(200, { 'content-type': 'application/json; charset=UTF-8' })
  res.end(JSON.stringify(response(parts, forbidden ? 'IMAGE_SAFETY' : 'STOP', usage), null, 2))
}
