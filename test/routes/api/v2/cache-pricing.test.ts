// Prompt-cache tokens are billed at the model's own prices: cached (read) input at cachedInputPrice, cache writes
// at cacheWritePrice, the rest of the input at inputPrice. Each provider reports its cache differently (OpenAI and
// Gemini count cached tokens inside the prompt; Anthropic and Bedrock count reads and writes beside it); Hub's
// record always says: promptTokens in all, of which cachedTokens read and cacheWriteTokens written.
import t, { type Test } from 'tap'
import { bearer } from '../../../helpers/build.ts'
import { json, listeningHub } from '../../../helpers/listening-hub.ts'
import { startMockAnthropic } from '../../../helpers/mock-anthropic.ts'
import { BEDROCK_KEYS, startMockBedrock } from '../../../helpers/mock-bedrock.ts'
import { startMockGoogle } from '../../../helpers/mock-google.ts'
import { startMockOpenAI } from '../../../helpers/mock-openai.ts'

const CHAT = '/api/v2/chat/completions'
const messages = [{ role: 'user', content: 'Hi' }]
/** Anthropic's list prices for Claude Sonnet: reads are a tenth of the input price, 5-minute writes 1.25×. */
const PRICES = { type: 'chat', inputPrice: '3', outputPrice: '15', cachedInputPrice: '0.3', cacheWritePrice: '3.75' }

async function setup(t: Test) {
  const [openai, anthropic, bedrock, google] = await Promise.all([
    startMockOpenAI(),
    startMockAnthropic(),
    startMockBedrock(),
    startMockGoogle(),
  ])
  t.teardown(() => Promise.all([openai.close(), anthropic.close(), bedrock.close(), google.close()]))
  const hub = await listeningHub(t)
  const add = (name: string, type: string, baseUrl: string, credential: Record<string, string>, model: string) =>
    hub.addProvider({ name, type, baseUrl, credential, models: [model], modelDefaults: PRICES })
  await add('openai', 'openai', openai.url, { apiKey: 'sk-mock-0123456789abcdefghijklmnop' }, 'gpt-test')
  await add('anthropic', 'anthropic', anthropic.url, { apiKey: 'sk-ant-mock-0123456789abcdefghij' }, 'claude-test')
  await add('bedrock', 'bedrock', bedrock.url, BEDROCK_KEYS, 'anthropic.claude-test-v1:0')
  await add('google', 'google', google.url, { apiKey: 'AIzaSyMock-0123456789abcdefghijklmnopq' }, 'gemini-test')
  const { token } = await hub.issue(['chat'])
  /** Calls the model (streamed or not) and returns the answer's usage and the call's usage record. */
  const call = async (model: string, stream: boolean) => {
    const body = { model, messages, ...(stream ? { stream, stream_options: { include_usage: true } } : {}) }
    const res = await hub.post(CHAT, token, body)
    t.equal(res.status, 200, `${model} answered`)
    const text = await res.text()
    const answer = stream
      ? text
          .split('\n\n')
          .filter((f) => f.startsWith('data: {'))
          .map((f) => JSON.parse(f.slice('data: '.length)))
          .find((c) => c.usage)
      : JSON.parse(text)
    const records = await hub.usage()
    return { usage: answer?.usage, record: records[0] }
  }
  return { hub, call }
}

/** What each provider's usage is billed as, at PRICES (µUSD per 1M tokens). */
const BILLS = [
  // OpenAI: 12 prompt tokens of which 2 cached, 5 completion: 10 × 3 + 2 × 0.3 + 5 × 15.
  ['openai/gpt-test', { promptTokens: 12, cachedTokens: 2, cacheWriteTokens: 0, completionTokens: 5 }, '0.0001056000'],
  // Anthropic: input_tokens 20 + cache_read_input_tokens 6 + cache_creation_input_tokens 4, 7 output tokens:
  // 20 × 3 + 6 × 0.3 + 4 × 3.75 + 7 × 15.
  [
    'anthropic/claude-test',
    { promptTokens: 30, cachedTokens: 6, cacheWriteTokens: 4, completionTokens: 7 },
    '0.0001818000',
  ],
  // Bedrock: inputTokens 20 + cacheReadInputTokens 6 + cacheWriteInputTokens 4, the same bill.
  [
    'bedrock/anthropic.claude-test-v1:0',
    { promptTokens: 30, cachedTokens: 6, cacheWriteTokens: 4, completionTokens: 7 },
    '0.0001818000',
  ],
  // Gemini: promptTokenCount 20 holds cachedContentTokenCount 6; 5 candidate + 2 thought tokens:
  // 14 × 3 + 6 × 0.3 + 7 × 15.
  [
    'google/gemini-test',
    { promptTokens: 20, cachedTokens: 6, cacheWriteTokens: 0, completionTokens: 7 },
    '0.0001488000',
  ],
] as const

t.test('every provider: cache reads and writes at their prices, exact to the 1e-10 dollar', async (t) => {
  const { call } = await setup(t)
  for (const stream of [false, true]) {
    for (const [model, tokens, cost] of BILLS) {
      const { record, usage } = await call(model, stream)
      t.match(record, { ...tokens, cost }, `${model}, stream: ${stream}`)
      t.match(usage, {
        prompt_tokens: tokens.promptTokens,
        prompt_tokens_details: { cached_tokens: tokens.cachedTokens },
      })
      if (tokens.cacheWriteTokens) {
        t.equal(usage.prompt_tokens_details.cache_write_tokens, tokens.cacheWriteTokens, 'as OpenRouter names them')
      }
    }
  }
})

t.test('admins set, read and clear cache prices; without them cached tokens cost the input price', async (t) => {
  const { hub, call } = await setup(t)
  const models = await json(await hub.get('/api/admin/models', hub.adminToken))
  t.match(
    models.data.find((m: { id: string }) => m.id === 'anthropic/claude-test'),
    {
      inputPrice: '3.000000',
      cachedInputPrice: '0.300000',
      cacheWritePrice: '3.750000',
    },
  )
  const patch = await hub.app.inject({
    method: 'PATCH',
    url: '/api/admin/models/anthropic/claude-test',
    headers: bearer(hub.adminToken),
    payload: { cachedInputPrice: null, cacheWritePrice: null },
  })
  t.equal(patch.statusCode, 200)
  t.match(patch.json(), { cachedInputPrice: null, cacheWritePrice: null, inputPrice: '3.000000' })
  // 30 × 3 + 7 × 15 µUSD.
  t.match((await call('anthropic/claude-test', false)).record, { cachedTokens: 6, cost: '0.0001950000' })

  const bad = await hub.app.inject({
    method: 'PATCH',
    url: '/api/admin/models/anthropic/claude-test',
    headers: bearer(hub.adminToken),
    payload: { cacheWritePrice: '-1' },
  })
  t.equal(bad.statusCode, 400)
  t.match(bad.json(), { code: 'validation_error' })
})
