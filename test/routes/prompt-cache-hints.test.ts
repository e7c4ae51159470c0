// Prompt-cache hints reach the providers that take them: a Chat Completions client's `cache_control` marks (on a
// part, a message, a tool) and the official AIGNE client's `cacheConfig` become Anthropic `cache_control` blocks;
// the cache reads and writes Anthropic reports come back to each client; and an OpenAI-compatible provider never
// gets a mark the client did not write itself.
import { AIGNEHubChatModel } from '@aigne/aigne-hub'
import OpenAI from 'openai'
import t, { type Test } from 'tap'
import { gateway } from '../helpers/gateway.ts'
import { startMockAnthropic } from '../helpers/mock-anthropic.ts'

for (const name of ['BLOCKLET_AIGNE_API_PROVIDER', 'BLOCKLET_AIGNE_API_MODEL', 'BLOCKLET_APP_PID', 'ABT_NODE_DID'])
  delete process.env[name]

const tool = {
  type: 'function' as const,
  function: { name: 'lookup', description: 'Look it up', parameters: { type: 'object', properties: {} } },
}

async function setup(t: Test) {
  const gw = await gateway(t)
  const claude = await startMockAnthropic()
  t.teardown(() => claude.close())
  await gw.addProvider({
    name: 'anthropic',
    type: 'anthropic',
    baseUrl: claude.url,
    credential: { apiKey: 'sk-ant-mock-0123456789abcdefghij' },
    models: ['claude-test'],
  })
  const { token } = await gw.issue(['chat'])
  return { gw, claude, token }
}

t.test("a Chat Completions client's cache_control marks become Anthropic breakpoints", async (t) => {
  const { gw, claude, token } = await setup(t)
  const openai = new OpenAI({ baseURL: `${gw.url}/v1`, apiKey: token, maxRetries: 0 })
  const answer = await openai.chat.completions.create({
    model: 'anthropic/claude-test',
    messages: [
      {
        role: 'system',
        content: [
          { type: 'text', text: 'The long rules.', cache_control: { type: 'ephemeral' } },
          { type: 'text', text: 'Be brief.' },
        ],
      },
      { role: 'user', content: 'Hi', cache_control: { type: 'ephemeral', ttl: '1h' } },
    ] as OpenAI.ChatCompletionMessageParam[],
    tools: [{ ...tool, cache_control: { type: 'ephemeral' } } as OpenAI.ChatCompletionTool],
  })
  const body = claude.requests[0].body as Record<string, unknown>
  t.same(body.system, [
    { type: 'text', text: 'The long rules.', cache_control: { type: 'ephemeral' } },
    { type: 'text', text: 'Be brief.' },
  ])
  t.same(body.messages, [
    { role: 'user', content: [{ type: 'text', text: 'Hi', cache_control: { type: 'ephemeral', ttl: '1h' } }] },
  ])
  t.match(body.tools, [{ name: 'lookup', cache_control: { type: 'ephemeral' } }])
  t.match(
    answer.usage,
    { prompt_tokens: 30, prompt_tokens_details: { cached_tokens: 6, cache_write_tokens: 4 } },
    "Anthropic's cache reads and writes, reported back",
  )

  // Without a mark, the system prompt stays one string, as before.
  await openai.chat.completions.create({
    model: 'anthropic/claude-test',
    messages: [
      { role: 'system', content: 'Be brief.' },
      { role: 'user', content: 'Hi' },
    ],
  })
  t.equal((claude.requests[1].body as Record<string, unknown>).system, 'Be brief.')
})

t.test("the AIGNE client's cacheConfig marks the last message for Anthropic, and nothing for OpenAI", async (t) => {
  const { gw, claude, token } = await setup(t)
  const model = (name: string) => new AIGNEHubChatModel({ baseURL: gw.url, apiKey: token, model: `aignehub/${name}` })
  const messages = [
    { role: 'system' as const, content: 'The long rules.' },
    { role: 'user' as const, content: 'Say hello.' },
  ]
  const result = await model('anthropic/claude-test').invoke({ messages, tools: [tool] })
  const body = claude.requests[0].body as { messages: { content: Record<string, unknown>[] }[] }
  t.same(
    body.messages.at(-1)?.content.at(-1),
    { type: 'text', text: 'Say hello.', cache_control: { type: 'ephemeral' } },
    'the client always sends cacheConfig {autoBreakpoints: {lastMessage: true}}',
  )
  t.match(result.usage, { cacheReadInputTokens: 6, cacheCreationInputTokens: 4 })

  await model('mock/gpt-test').invoke({ messages, tools: [tool] })
  const sent = JSON.stringify(gw.mock.requests[0].body)
  t.notMatch(
    sent,
    /cache_control|cacheControl|cacheConfig/,
    'an OpenAI-compatible API gets no field it did not ask for',
  )
})
