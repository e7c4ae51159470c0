// The google provider type end to end: OpenAI requests in, Gemini generateContent on the wire to the local mock,
// OpenAI answers and chunks out (streamed tool calls included), billed from Gemini's usageMetadata.
import OpenAI from 'openai'
import t, { type Test } from 'tap'
import { sseData } from '../helpers/gateway.ts'
import { json, listeningHub } from '../helpers/listening-hub.ts'
import { GEMINI_SIGNATURE, GEMINI_TOOLS, GEMINI_USAGE, startMockGoogle } from '../helpers/mock-google.ts'

const KEY = 'AIzaSyMock-0123456789abcdefghijklmnopq'
const MODELS = ['gemini-test', 'gemini-thinking', 'gemini-tools', 'gemini-3-tools', 'error-429', 'stream-error', 'cut']
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='

async function setup(t: Test) {
  const mock = await startMockGoogle()
  t.teardown(() => mock.close())
  const hub = await listeningHub(t)
  const provider = await hub.addProvider({
    name: 'google',
    type: 'google',
    baseUrl: mock.url,
    credential: { apiKey: KEY },
    models: MODELS,
  })
  const { token } = await hub.issue(['chat'])
  const post = (body: unknown) => hub.post('/api/v2/chat/completions', token, body)
  return { mock, url: hub.url, token, post, usage: hub.usage, provider, admin: hub.admin }
}

const weatherTool = {
  type: 'function',
  function: {
    name: 'get_weather',
    description: 'Weather now',
    parameters: { type: 'object', properties: { city: { type: 'string' } } },
  },
}
const timeTool = { type: 'function', function: { name: 'get_time', parameters: { type: 'object', properties: {} } } }
const hi = [{ role: 'user', content: 'Hi' }]

t.test('the request is translated to generateContent, and the answer back to a chat.completion', async (t) => {
  const { mock, post, usage, provider } = await setup(t)
  t.equal(provider.baseUrl, mock.url)
  const schema = { type: 'object', properties: { answer: { type: 'string' } }, required: ['answer'] }
  const res = await post({
    model: 'google/gemini-test',
    messages: [
      { role: 'system', content: 'Be brief.' },
      { role: 'developer', content: [{ type: 'text', text: 'Answer in English.' }] },
      {
        role: 'user',
        content: [
          { type: 'text', text: 'What are these?' },
          { type: 'image_url', image_url: { url: `data:image/png;base64,${PNG}` } },
          { type: 'image_url', image_url: { url: 'https://example.com/cat.webp?size=large' } },
          { type: 'image_url', image_url: { url: 'https://example.com/photo' } },
        ],
      },
      {
        role: 'assistant',
        content: null,
        tool_calls: [
          { id: 'call_a', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Oslo"}' } },
          { id: 'call_b', type: 'function', function: { name: 'get_time', arguments: '' } },
        ],
      },
      { role: 'tool', tool_call_id: 'call_b', content: '{"time":"noon"}' },
      { role: 'tool', tool_call_id: 'call_a', content: 'sunny' },
      { role: 'user', content: 'And now?' },
    ],
    tools: [weatherTool, timeTool],
    tool_choice: { type: 'function', function: { name: 'get_weather' } },
    response_format: { type: 'json_schema', json_schema: { name: 'answer', schema } },
    max_tokens: 50,
    max_completion_tokens: 100,
    temperature: 0.5,
    top_p: 0.9,
    n: 1,
    seed: 7,
    presence_penalty: 0.1,
    frequency_penalty: 0.2,
    stop: 'END',
  })
  t.equal(res.status, 200)
  const upstream = mock.requests[0]
  t.equal(upstream.url, '/v1beta/models/gemini-test:generateContent')
  t.equal(upstream.headers['x-goog-api-key'], KEY)
  t.notOk(upstream.url.includes(KEY), 'the key is not in the URL')
  t.notOk(upstream.headers.authorization, 'no Hub token upstream')
  t.same(upstream.body.systemInstruction, { parts: [{ text: 'Be brief.' }, { text: 'Answer in English.' }] })
  t.same(upstream.body.contents, [
    {
      role: 'user',
      parts: [
        { text: 'What are these?' },
        { inlineData: { mimeType: 'image/png', data: PNG } },
        { fileData: { fileUri: 'https://example.com/cat.webp?size=large', mimeType: 'image/webp' } },
        { fileData: { fileUri: 'https://example.com/photo', mimeType: 'image/jpeg' } },
      ],
    },
    {
      role: 'model',
      parts: [
        { functionCall: { name: 'get_weather', args: { city: 'Oslo' } } },
        { functionCall: { name: 'get_time', args: {} } },
      ],
    },
    {
      role: 'user',
      parts: [
        { functionResponse: { name: 'get_time', response: { time: 'noon' } } },
        { functionResponse: { name: 'get_weather', response: { result: 'sunny' } } },
        { text: 'And now?' },
      ],
    },
  ])
  t.same(upstream.body.tools, [
    {
      functionDeclarations: [
        { name: 'get_weather', description: 'Weather now', parametersJsonSchema: weatherTool.function.parameters },
        { name: 'get_time' },
      ],
    },
  ])
  t.same(upstream.body.toolConfig, { functionCallingConfig: { mode: 'ANY', allowedFunctionNames: ['get_weather'] } })
  t.same(upstream.body.generationConfig, {
    temperature: 0.5,
    topP: 0.9,
    maxOutputTokens: 100,
    stopSequences: ['END'],
    candidateCount: 1,
    seed: 7,
    presencePenalty: 0.1,
    frequencyPenalty: 0.2,
    responseMimeType: 'application/json',
    responseJsonSchema: schema,
  })

  const body = await json(res)
  t.match(body, {
    id: 'mock-response-1',
    object: 'chat.completion',
    model: 'google/gemini-test',
    choices: [{ index: 0, message: { role: 'assistant', content: 'Hello from Gemini' }, finish_reason: 'stop' }],
    usage: {
      prompt_tokens: 20,
      completion_tokens: 7,
      total_tokens: 27,
      prompt_tokens_details: { cached_tokens: 6 },
      completion_tokens_details: { reasoning_tokens: 2 },
    },
  })
  const [record] = await usage()
  t.match(record, {
    promptTokens: GEMINI_USAGE.promptTokenCount,
    completionTokens: GEMINI_USAGE.candidatesTokenCount + GEMINI_USAGE.thoughtsTokenCount,
    cachedTokens: 6,
    reasoningTokens: 2,
    cost: '0.0000072000',
    provider: 'google',
    estimated: false,
  })
})

t.test('tool_choice and response_format map to toolConfig modes and a JSON response type', async (t) => {
  const { mock, post } = await setup(t)
  for (const [choice, mode] of [
    ['auto', 'AUTO'],
    ['none', 'NONE'],
    ['required', 'ANY'],
  ]) {
    const res = await post({ model: 'google/gemini-test', messages: hi, tools: [weatherTool], tool_choice: choice })
    t.equal(res.status, 200)
    t.same(mock.requests.at(-1)?.body.toolConfig, { functionCallingConfig: { mode } }, `${choice} → ${mode}`)
  }
  await post({ model: 'google/gemini-test', messages: hi, response_format: { type: 'json_object' } })
  t.same(mock.requests.at(-1)?.body.generationConfig, { responseMimeType: 'application/json' })
  await post({ model: 'google/gemini-test', messages: hi })
  t.notOk('generationConfig' in (mock.requests.at(-1)?.body ?? {}), 'nothing set, nothing sent')

  const orphan = await post({
    model: 'google/gemini-test',
    messages: [...hi, { role: 'tool', tool_call_id: 'call_x', content: '1' }],
  })
  t.equal(orphan.status, 400)
  t.match(await json(orphan), { code: 'validation_error', message: /call_x/ })
})

// What zod's toJSONSchema and pydantic's model_json_schema produce: every keyword Gemini's `Schema` refuses.
const zodLike = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  properties: {
    city: { type: 'string', description: 'City name' },
    unit: { const: 'c' },
    place: { $ref: '#/$defs/Place' },
  },
  required: ['city', 'unit', 'place'],
  additionalProperties: false,
  $defs: {
    Place: { type: 'object', properties: { lat: { type: 'number' } }, additionalProperties: false },
  },
}

t.test(
  'zod/pydantic JSON Schemas reach Gemini where it takes JSON Schema, for tools and structured output',
  async (t) => {
    const { mock, post } = await setup(t)
    const tool = { type: 'function', function: { name: 'get_weather', parameters: zodLike } }
    const format = { type: 'json_schema', json_schema: { name: 'weather', strict: true, schema: zodLike } }
    for (const stream of [false, true]) {
      const res = await post({ model: 'google/gemini-tools', messages: hi, tools: [tool], stream })
      t.equal(res.status, 200, `tools, stream: ${stream}`)
      if (stream) t.notMatch(await res.text(), /"error"/)
      const tools = mock.requests.at(-1)?.body.tools as { functionDeclarations: object[] }[]
      const declaration = tools[0].functionDeclarations[0]
      t.same(declaration, { name: 'get_weather', parametersJsonSchema: zodLike }, 'the schema unchanged')

      const structured = await post({ model: 'google/gemini-test', messages: hi, response_format: format, stream })
      t.equal(structured.status, 200, `response_format, stream: ${stream}`)
      if (stream) t.notMatch(await structured.text(), /"error"/)
      t.same(mock.requests.at(-1)?.body.generationConfig, {
        responseMimeType: 'application/json',
        responseJsonSchema: zodLike,
      })
    }
  },
)

t.test('the google mock refuses JSON-Schema-only keywords in a Schema, as Gemini does', async (t) => {
  const mock = await startMockGoogle()
  t.teardown(() => mock.close())
  const send = (body: object) =>
    fetch(`${mock.url}/v1beta/models/gemini-test:generateContent`, {
      method: 'POST',
      headers: { 'x-goog-api-key': KEY, 'content-type': 'application/json' },
      body: JSON.stringify({ contents: [{ role: 'user', parts: [{ text: 'Hi' }] }], ...body }),
    })
  const tools = await send({ tools: [{ functionDeclarations: [{ name: 'f', parameters: zodLike }] }] })
  t.equal(tools.status, 400)
  t.same(await json(tools), {
    error: {
      code: 400,
      message:
        'Invalid JSON payload received. Unknown name "$schema" at \'tools[0].function_declarations[0].parameters\': Cannot find field.',
      status: 'INVALID_ARGUMENT',
    },
  })
  const nested = await send({
    generationConfig: {
      responseMimeType: 'application/json',
      responseSchema: { type: 'object', properties: { unit: { const: 'c' } } },
    },
  })
  t.equal(nested.status, 400)
  t.match(await json(nested), {
    error: { message: /Unknown name "const" at 'generation_config.response_schema.properties\[unit\].value'/ },
  })
})

t.test('functionCall parts become tool_calls, plain and streamed, with ids and OpenAI indexes', async (t) => {
  const { post, url, token, mock } = await setup(t)
  const request = { model: 'google/gemini-tools', messages: [{ role: 'user', content: 'Weather and time?' }] }
  const plain = await json(await post({ ...request, tools: [weatherTool] }))
  t.equal(plain.choices[0].message.content, 'Let me check.')
  t.equal(plain.choices[0].finish_reason, 'tool_calls', 'Gemini says STOP; OpenAI clients expect tool_calls')
  const plainCalls = plain.choices[0].message.tool_calls as {
    id: string
    function: { name: string; arguments: string }
  }[]
  t.same(
    plainCalls.map((c) => [c.function.name, JSON.parse(c.function.arguments)]),
    GEMINI_TOOLS.map((c) => [c.name, c.args]),
  )
  t.ok(plainCalls.every((c) => /^call_[\w-]+$/.test(c.id)))
  t.not(plainCalls[0].id, plainCalls[1].id)

  const res = await post({ ...request, tools: [weatherTool], stream: true })
  t.equal(mock.requests.at(-1)?.url, '/v1beta/models/gemini-tools:streamGenerateContent?alt=sse')
  const frames = await sseData(res)
  t.equal(frames.at(-1), '[DONE]')
  const chunks = frames.slice(0, -1).map((f) => JSON.parse(f))
  t.equal(chunks[0].choices[0].delta.role, 'assistant')
  t.equal(chunks.map((c) => c.choices[0]?.delta?.content ?? '').join(''), 'Let me check.')
  const deltas = chunks.flatMap((c) => c.choices[0]?.delta?.tool_calls ?? [])
  t.equal(deltas.length, 2, 'one delta per call: Gemini sends whole calls')
  t.same(
    deltas.map((d) => d.index),
    [0, 1],
  )
  t.ok(deltas.every((d) => /^call_[\w-]+$/.test(d.id) && d.type === 'function'))
  t.same(
    deltas.map((d) => [d.function.name, JSON.parse(d.function.arguments)]),
    GEMINI_TOOLS.map((c) => [c.name, c.args]),
  )
  t.equal(chunks.at(-1).choices[0].finish_reason, 'tool_calls')

  const openai = new OpenAI({ baseURL: `${url}/v1`, apiKey: token, maxRetries: 0 })
  const final = await openai.chat.completions
    .stream({
      model: request.model,
      messages: [{ role: 'user', content: 'Weather and time?' }],
      tools: [weatherTool as never],
    })
    .finalChatCompletion()
  const calls = final.choices[0].message.tool_calls ?? []
  t.equal(calls.length, 2, 'the openai SDK reassembles both calls')
  t.same(
    calls.map((c) => (c.type === 'function' ? [c.function.name, JSON.parse(c.function.arguments)] : null)),
    GEMINI_TOOLS.map((c) => [c.name, c.args]),
  )
  t.equal(final.choices[0].finish_reason, 'tool_calls')
})

t.test("Gemini 3's thought signature: out on the tool call, back on the next turn, plain and streamed", async (t) => {
  const { url, token, mock } = await setup(t)
  const openai = new OpenAI({ baseURL: `${url}/v1`, apiKey: token, maxRetries: 0 })
  const ask: OpenAI.ChatCompletionMessageParam = { role: 'user', content: 'Weather and time?' }
  const model = 'google/gemini-3-tools'
  for (const stream of [false, true]) {
    const answer = stream
      ? (
          await openai.chat.completions
            .stream({ model, messages: [ask], tools: [weatherTool as never] })
            .finalChatCompletion()
        ).choices[0].message
      : (await openai.chat.completions.create({ model, messages: [ask], tools: [weatherTool as never] })).choices[0]
          .message
    const calls = (answer.tool_calls ?? []) as unknown as { id: string; extra_content?: unknown }[]
    t.same(
      calls.map((c) => c.extra_content),
      [{ google: { thought_signature: GEMINI_SIGNATURE } }, undefined],
      `${stream ? 'streamed' : 'plain'}: the first call carries it, as Gemini's own OpenAI API sends it`,
    )
    // The conversation goes on with the assistant message as it came, as OpenAI's docs show.
    const next = await openai.chat.completions.create({
      model,
      tools: [weatherTool as never],
      messages: [
        ask,
        answer as OpenAI.ChatCompletionMessageParam,
        ...calls.map((c) => ({ role: 'tool' as const, tool_call_id: c.id, content: '{"ok":true}' })),
      ],
    })
    t.ok(next.choices[0].message, 'Gemini 3 took the next turn')
    const modelTurn = mock.requests.at(-1)?.body.contents.find((c) => c.role === 'model')
    t.equal(modelTurn?.parts.find((p) => p.functionCall)?.thoughtSignature, GEMINI_SIGNATURE)
  }
  const unsigned = await openai.chat.completions
    .create({
      model,
      messages: [
        ask,
        {
          role: 'assistant',
          content: null,
          tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: '{}' } }],
        },
        { role: 'tool', tool_call_id: 'call_1', content: '{}' },
      ],
    })
    .catch((e) => e)
  t.type(unsigned, OpenAI.BadRequestError, 'without it, Gemini 3 refuses the turn (and says why)')
  t.match(unsigned.message, /thought_signature/)
})

t.test('streamed text, thoughts as reasoning_content, the usage chunk on request, and billing', async (t) => {
  const { post, usage } = await setup(t)
  const res = await post({
    model: 'google/gemini-test',
    messages: hi,
    stream: true,
    stream_options: { include_usage: true },
  })
  t.match(res.headers.get('content-type'), /^text\/event-stream/)
  const chunks = (await sseData(res)).slice(0, -1).map((f) => JSON.parse(f))
  t.equal(chunks.map((c) => c.choices[0]?.delta?.content ?? '').join(''), 'Hello from Gemini')
  t.ok(
    chunks.every((c) => c.id === 'mock-response-1'),
    'one id for the whole stream',
  )
  t.equal(chunks.at(-2).choices[0].finish_reason, 'stop')
  t.same(chunks.at(-1).choices, [])
  t.match(chunks.at(-1).usage, { prompt_tokens: 20, completion_tokens: 7, total_tokens: 27 })
  const [record] = await usage()
  t.match(record, { promptTokens: 20, completionTokens: 7, cost: '0.0000072000', estimated: false, status: 200 })

  const quiet = (await sseData(await post({ model: 'google/gemini-thinking', messages: hi, stream: true })))
    .slice(0, -1)
    .map((f) => JSON.parse(f))
  t.notOk(
    quiet.some((c) => c.usage),
    'no usage chunk unless asked',
  )
  t.equal(quiet.map((c) => c.choices[0]?.delta?.reasoning_content ?? '').join(''), 'The user greets me.')
  t.equal(quiet.map((c) => c.choices[0]?.delta?.content ?? '').join(''), 'Hello from Gemini')
  const thinking = await json(await post({ model: 'google/gemini-thinking', messages: hi }))
  t.match(thinking.choices[0].message, { content: 'Hello from Gemini', reasoning_content: 'The user greets me.' })
})

t.test('Gemini errors keep their status class; mid-stream errors and cut streams end the stream', async (t) => {
  const { post, usage, admin, mock } = await setup(t)
  const limited = await post({ model: 'google/error-429', messages: hi })
  t.equal(limited.status, 429)
  t.match(await json(limited), { code: 'upstream_error', message: /Resource has been exhausted/ })

  const broken = await post({ model: 'google/stream-error', messages: hi, stream: true })
  t.equal(broken.status, 200)
  const frames = await sseData(broken)
  t.match(JSON.parse(frames.at(-1) as string), { error: { message: /internal error/, code: 'upstream_error' } })
  t.equal(frames.map((f) => JSON.parse(f).choices?.[0]?.delta?.content ?? '').join(''), 'Hello')

  const cut = await sseData(await post({ model: 'google/cut', messages: hi, stream: true }))
  t.match(JSON.parse(cut.at(-1) as string), { error: { message: /ended the stream early/ } })
  t.match(
    (await usage()).map((r) => [r.model, r.errorCode]),
    [
      ['google/cut', 'upstream_error'],
      ['google/stream-error', 'upstream_error'],
      ['google/error-429', 'upstream_error'],
    ],
  )

  // A provider without a credential reaches Gemini with no key: Google's 403 is the operator's problem, a 502.
  await admin('/api/admin/providers', { name: 'gemini-nokey', type: 'google', baseUrl: mock.url })
  await admin('/api/admin/models', { id: 'gemini-nokey/gemini-test', type: 'chat', inputPrice: '0', outputPrice: '0' })
  const keyless = await post({ model: 'gemini-nokey/gemini-test', messages: hi })
  t.equal(keyless.status, 502)
  t.match(await json(keyless), { code: 'upstream_auth_failed', message: /unregistered callers/ })
})

t.test('embeddings: embedContent for one text, batchEmbedContents for several, estimated usage', async (t) => {
  const mock = await startMockGoogle()
  t.teardown(() => mock.close())
  const hub = await listeningHub(t)
  await hub.addProvider({
    name: 'google',
    type: 'google',
    baseUrl: mock.url,
    credential: { apiKey: KEY },
    models: ['text-embedding-004'],
    modelDefaults: { type: 'embedding', inputPrice: '0.1', outputPrice: '0' },
  })
  const { token } = await hub.issue(['embeddings'])
  const openai = new OpenAI({ baseURL: `${hub.url}/v1`, apiKey: token, maxRetries: 0 })

  const one = await openai.embeddings.create({
    model: 'google/text-embedding-004',
    input: 'hello',
    dimensions: 3,
    encoding_format: 'float',
  })
  t.same(one.data[0].embedding, [5, 0, 0.25])
  t.match(mock.requests[0], {
    url: '/v1beta/models/text-embedding-004:embedContent',
    body: { content: { parts: [{ text: 'hello' }] }, outputDimensionality: 3 },
  })
  t.equal(mock.requests[0].headers['x-goog-api-key'], KEY)

  const many = await json(
    await hub.post('/api/v2/embeddings', token, { model: 'google/text-embedding-004', input: ['ab', 'abcd'] }),
  )
  t.same(
    many.data.map((d: { embedding: number[] }) => d.embedding),
    [
      [2, 0, 0.25],
      [4, 1, 0.25],
    ],
  )
  t.match(mock.requests[1], {
    url: '/v1beta/models/text-embedding-004:batchEmbedContents',
    body: { requests: [{ model: 'models/text-embedding-004', content: { parts: [{ text: 'ab' }] } }, {}] },
  })
  const [latest] = await hub.usage()
  t.match(latest, { endpoint: 'embeddings', estimated: true, status: 200 }, 'Gemini counts no tokens: estimated')
  t.ok((latest.promptTokens as number) > 0)

  const tokens = await hub.post('/api/v2/embeddings', token, { model: 'google/text-embedding-004', input: [1, 2, 3] })
  t.equal(tokens.status, 400, 'token arrays have no Gemini equivalent')

  // The SDK asks for base64 unless told otherwise, and decodes it.
  const sdkDefault = await openai.embeddings.create({ model: 'google/text-embedding-004', input: 'hello' })
  t.same(sdkDefault.data[0].embedding, [5, 0, 0.25])
})
