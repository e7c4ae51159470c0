// What an AIGNE client is told a call cost (`usage.aigneHubCredits`) is the usage record's cost, exactly: with
// prompt-cache prices, streamed or not, and when the provider reported no usage and the record is an estimate.
import t, { type Test } from 'tap'
import { listeningHub } from '../../helpers/listening-hub.ts'
import { startMockAnthropic } from '../../helpers/mock-anthropic.ts'
import { startMockOpenAI } from '../../helpers/mock-openai.ts'
import { lastRecord } from '../../helpers/usage-record.ts'

const PRICES = { type: 'chat', inputPrice: '3', outputPrice: '15', cachedInputPrice: '0.3', cacheWritePrice: '3.75' }

const envelope = (model: string, streaming: boolean) => ({
  input: { messages: [{ role: 'user', content: 'Say hello.' }], modelOptions: { model } },
  agent: '$CHAT_MODEL',
  options: { streaming },
})

async function setup(t: Test) {
  const [openai, anthropic] = await Promise.all([startMockOpenAI(), startMockAnthropic()])
  t.teardown(() => Promise.all([openai.close(), anthropic.close()]))
  const hub = await listeningHub(t)
  const add = (name: string, type: string, baseUrl: string, apiKey: string, models: string[]) =>
    hub.addProvider({ name, type, baseUrl, credential: { apiKey }, models, modelDefaults: PRICES })
  await add('anthropic', 'anthropic', anthropic.url, 'sk-ant-mock-0123456789abcdefghij', ['claude-test'])
  await add('mock', 'openai', openai.url, 'sk-mock-0123456789abcdefghijklmnop', ['no-usage'])
  const { token } = await hub.issue(['chat'])
  let calls = 0
  /** The AIGNE usage the client got, and the record of the same call. */
  const invoke = async (model: string, streaming: boolean) => {
    const res = await hub.post('/api/v2/chat', token, envelope(model, streaming))
    t.equal(res.status, 200)
    const text = await res.text()
    const output = streaming
      ? Object.assign(
          {},
          ...text.split('\n\n').flatMap((f) => JSON.parse(f.slice('data: '.length) || '{}').delta?.json ?? []),
        )
      : JSON.parse(text)
    return { usage: output.usage, record: await lastRecord(hub, ++calls) }
  }
  return { invoke, url: hub.url }
}

t.test('cache reads and writes: the credits are the recorded cost', async (t) => {
  const { invoke, url } = await setup(t)
  const listed = (await (await fetch(`${url}/api/ai/models`)).json()) as { key: string }[]
  t.match(
    listed.find((m) => m.key === 'anthropic/claude-test'),
    {
      input_credits_per_token: '0.000003',
      cache_read_credits_per_token: '0.0000003',
      cache_write_credits_per_token: '0.00000375',
    },
    'the model list shows the cache prices per token',
  )
  for (const streaming of [false, true]) {
    const { usage, record } = await invoke('anthropic/claude-test', streaming)
    t.equal(record.cost, '0.0001818000', '20 × 3 + 6 × 0.3 + 4 × 3.75 + 7 × 15 µUSD')
    t.same(usage, {
      inputTokens: 30,
      outputTokens: 7,
      cacheReadInputTokens: 6,
      cacheCreationInputTokens: 4,
      aigneHubCredits: 0.0001818,
      creditPrefix: '$',
    })
    t.equal(usage.aigneHubCredits, Number(record.cost), `streaming: ${streaming}`)
  }
})

t.test('no usage from the provider: the client is told the estimate that was recorded', async (t) => {
  const { invoke } = await setup(t)
  for (const streaming of [false, true]) {
    const { usage, record } = await invoke('mock/no-usage', streaming)
    t.match(record, { estimated: true })
    t.ok((record.completionTokens as number) > 0)
    t.match(usage, { inputTokens: record.promptTokens, outputTokens: record.completionTokens })
    t.equal(usage.aigneHubCredits, Number(record.cost), `streaming: ${streaming}`)
  }
})
