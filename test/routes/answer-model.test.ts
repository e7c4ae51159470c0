// Which model name a client gets back: every OpenAI-shaped answer (chat completions, each streamed chunk,
// embeddings; /v1 and /api/v2) names the id the client asked for, "provider/model", never the upstream's name.
// AIGNE-shaped answers keep AIGNE Hub's pair: `model` the upstream's name, `modelWithProvider` the id asked for.
import OpenAI from 'openai'
import t from 'tap'
import { gateway, json, sseData } from '../helpers/gateway.ts'

const messages = [{ role: 'user' as const, content: 'Say hello' }]

t.test('OpenAI-shaped answers echo the requested model id on every endpoint', async (t) => {
  const gw = await gateway(t)
  await gw.addModels([{ id: 'mock/text-embedding-test', type: 'embedding', inputPrice: '0.02', outputPrice: '0' }])
  const { token } = await gw.issue(['chat', 'embeddings'])
  const openai = new OpenAI({ baseURL: `${gw.url}/v1`, apiKey: token, maxRetries: 0 })

  const completion = await openai.chat.completions.create({ model: 'mock/gpt-test', messages })
  t.equal(completion.model, 'mock/gpt-test')
  t.equal(gw.mock.requests[0].body.model, 'gpt-test', 'the upstream still gets its own name')

  const stream = await openai.chat.completions.create({
    model: 'mock/gpt-test',
    messages,
    stream: true,
    stream_options: { include_usage: true },
  })
  const names = new Set<string>()
  for await (const chunk of stream) names.add(chunk.model)
  t.same([...names], ['mock/gpt-test'], 'every chunk, the usage chunk included')

  const embedding = await openai.embeddings.create({ model: 'mock/text-embedding-test', input: 'hi' })
  t.equal(embedding.model, 'mock/text-embedding-test')

  const v2 = await json(await gw.post('/api/v2/chat/completions', token, { model: 'mock/tools', messages }))
  t.equal(v2.model, 'mock/tools')
  t.equal(v2.choices[0].message.tool_calls[0].function.name, 'get_weather', 'the rest of the answer is intact')
  const frames = await sseData(
    await gw.post('/api/v2/chat/completions', token, { model: 'mock/gpt-test', messages, stream: true }),
  )
  t.ok(
    frames.slice(0, -1).every((f) => JSON.parse(f).model === 'mock/gpt-test'),
    '/api/v2 chunks too',
  )
})

t.test("AIGNE-shaped answers keep AIGNE Hub's model and modelWithProvider", async (t) => {
  const gw = await gateway(t)
  const { token } = await gw.issue(['chat'])
  const res = await gw.post('/api/v2/chat', token, {
    input: { messages: [{ role: 'user', content: 'Say hello' }], modelOptions: { model: 'mock/gpt-test' } },
  })
  t.equal(res.status, 200)
  t.match(await json(res), { model: 'gpt-test', modelWithProvider: 'mock/gpt-test' })
})
