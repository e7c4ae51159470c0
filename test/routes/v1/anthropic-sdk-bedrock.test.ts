// The official @anthropic-ai/sdk against Hub with Claude on Bedrock: Messages passed through natively as
// InvokeModel / InvokeModelWithResponseStream (SigV4-signed, anthropic_version added, model and stream left out),
// plain, streamed, with a streamed tool call, a mid-stream exception, and what was billed; other Bedrock models
// stay on the translated Converse path.
import Anthropic from '@anthropic-ai/sdk'
import t, { type Test } from 'tap'
import { gateway } from '../../helpers/gateway.ts'
import { BEDROCK_CLAUDE_USAGE, BEDROCK_KEYS, BEDROCK_TOOLS, startMockBedrock } from '../../helpers/mock-bedrock.ts'
import { lastRecord } from '../../helpers/usage-record.ts'

const hi: Anthropic.MessageParam[] = [{ role: 'user', content: 'Hi' }]
const SONNET = 'anthropic.claude-3-5-sonnet-20241022-v2:0'
const TOOLS = 'us.anthropic.claude-tools-v1:0'

async function setup(t: Test) {
  const bedrock = await startMockBedrock()
  t.teardown(() => bedrock.close())
  const gw = await gateway(t)
  await gw.addProvider({
    name: 'bedrock',
    type: 'bedrock',
    baseUrl: bedrock.url,
    credential: BEDROCK_KEYS,
    models: [SONNET, TOOLS, 'anthropic.claude-stream-exception', 'mistral.mistral-large'],
  })
  const { token } = await gw.issue(['chat'])
  const client = new Anthropic({ baseURL: gw.url, apiKey: token, maxRetries: 0 })
  return { gw, bedrock, token, client }
}

t.test('Claude on Bedrock: InvokeModel with the client body, the answer as given, billed', async (t) => {
  const { gw, bedrock, token, client } = await setup(t)
  const system = [{ type: 'text' as const, text: 'Be brief.', cache_control: { type: 'ephemeral' as const } }]
  const message = await client.messages.create(
    { model: `bedrock/${SONNET}`, max_tokens: 100, system, messages: hi, metadata: { user_id: 'user-42' } },
    { headers: { 'anthropic-beta': 'prompt-caching-2024-07-31, token-efficient-tools-2025-02-19' } },
  )
  t.equal(message.model, `bedrock/${SONNET}`, 'the model as asked')
  t.same(message.content, [{ type: 'text', text: 'Hello from Claude on Bedrock' }])
  t.same(message.usage, BEDROCK_CLAUDE_USAGE, 'cache counts as Bedrock gave them')
  t.equal(bedrock.claude.length, 1)
  const upstream = bedrock.claude[0]
  t.equal(upstream.path, `/model/${encodeURIComponent(SONNET)}/invoke`)
  t.same(upstream.body, {
    max_tokens: 100,
    system,
    messages: hi,
    metadata: { user_id: 'user-42' },
    anthropic_version: 'bedrock-2023-05-31',
    anthropic_beta: ['prompt-caching-2024-07-31', 'token-efficient-tools-2025-02-19'],
  })
  t.match(upstream.headers.authorization, /^AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE\//, 'SigV4 signed')
  t.notMatch(JSON.stringify(upstream.headers), token, 'the Hub token stays at Hub')
  t.equal(bedrock.requests.length, 0, 'no Converse call')
  t.match(await lastRecord(gw), {
    endpoint: 'messages',
    model: `bedrock/${SONNET}`,
    promptTokens: 32,
    completionTokens: 9,
    cachedTokens: 5,
    cacheWriteTokens: 3,
    estimated: false,
    status: 200,
  })
})

t.test('Claude on Bedrock streamed: chunk events re-framed as Messages SSE, tool input fragments', async (t) => {
  const { gw, bedrock, client } = await setup(t)
  const text = client.messages.stream({ model: `bedrock/${SONNET}`, max_tokens: 100, messages: hi })
  const types: string[] = []
  text.on('streamEvent', (event) => types.push(event.type))
  const final = await text.finalMessage()
  t.equal(final.model, `bedrock/${SONNET}`)
  t.same(final.content, [{ type: 'text', text: 'Hello from Claude on Bedrock' }])
  t.same(final.usage, BEDROCK_CLAUDE_USAGE)
  t.same(types.slice(0, 3), ['message_start', 'content_block_start', 'content_block_delta'])
  t.equal(types.at(-1), 'message_stop')
  const upstream = bedrock.claude[0]
  t.equal(upstream.path, `/model/${encodeURIComponent(SONNET)}/invoke-with-response-stream`)
  t.notOk('stream' in upstream.body || 'model' in upstream.body, 'no model, no stream in the body')
  t.equal(upstream.body.anthropic_version, 'bedrock-2023-05-31')
  t.match(await lastRecord(gw), {
    endpoint: 'messages',
    promptTokens: 32,
    completionTokens: 9,
    cachedTokens: 5,
    cacheWriteTokens: 3,
    estimated: false,
  })

  const tools = await client.messages
    .stream({
      model: `bedrock/${TOOLS}`,
      max_tokens: 100,
      messages: hi,
      tools: [{ name: 'get_weather', input_schema: { type: 'object', properties: { city: { type: 'string' } } } }],
    })
    .finalMessage()
  t.same(
    tools.content.map((b) => (b.type === 'tool_use' ? [b.id, b.name, b.input] : b.type)),
    ['text', [BEDROCK_TOOLS[0].toolUseId, BEDROCK_TOOLS[0].name, BEDROCK_TOOLS[0].input]],
    'input_json_delta fragments reassembled by the SDK',
  )
  t.equal(tools.stop_reason, 'tool_use')
})

t.test('a Bedrock exception mid-stream is event: error; other Bedrock models are translated', async (t) => {
  const { gw, bedrock, token, client } = await setup(t)
  const res = await fetch(`${gw.url}/v1/messages`, {
    method: 'POST',
    headers: { 'x-api-key': token, 'anthropic-version': '2023-06-01', 'content-type': 'application/json' },
    body: JSON.stringify({
      model: 'bedrock/anthropic.claude-stream-exception',
      max_tokens: 10,
      messages: hi,
      stream: true,
    }),
  })
  t.equal(res.status, 200)
  const frames = (await res.text()).trim().split('\n\n')
  t.match(frames[0], /^event: message_start\n/)
  t.match(frames.at(-1), /^event: error\ndata: \{"type":"error","error":\{"type":"api_error"/)
  t.match(frames.at(-1), /modelStreamErrorException/)

  const mistral = await client.messages.create({ model: 'bedrock/mistral.mistral-large', max_tokens: 10, messages: hi })
  t.same(mistral.content, [{ type: 'text', text: 'Hello from Bedrock' }])
  t.equal(bedrock.requests.at(-1)?.path, '/model/mistral.mistral-large/converse', 'through Converse')
})
