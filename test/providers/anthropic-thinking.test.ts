// reasoning_effort reaches Anthropic as extended thinking (the same budgets as Gemini's), the thinking comes back as
// reasoning_content; what thinking forbids is a 400, and a tool-loop turn (whose signed thinking Chat Completions
// cannot carry back) is sent without thinking, with a warning.
import t from 'tap'
import { json, listeningHub } from '../helpers/listening-hub.ts'
import { MOCK_THINKING, startMockAnthropic } from '../helpers/mock-anthropic.ts'

t.test('reasoning_effort → thinking.budget_tokens, and back as reasoning_content', async (t) => {
  const mock = await startMockAnthropic()
  t.teardown(() => mock.close())
  const hub = await listeningHub(t)
  await hub.addProvider({
    name: 'anthropic',
    type: 'anthropic',
    baseUrl: mock.url,
    credential: { apiKey: 'sk-ant-mock-0123456789abcdefghijklmnop' },
    models: ['claude-thinking'],
  })
  const { token } = await hub.issue(['chat'])
  const chat = (body: Record<string, unknown>) =>
    hub.post('/v1/chat/completions', token, {
      model: 'anthropic/claude-thinking',
      messages: [{ role: 'user', content: 'Hi' }],
      ...body,
    })

  const res = await chat({ reasoning_effort: 'medium' })
  t.equal(res.status, 200)
  t.match((await json(res)).choices[0].message, { content: 'Hello from Claude', reasoning_content: MOCK_THINKING })
  t.match(mock.requests.at(-1)?.body, {
    thinking: { type: 'enabled', budget_tokens: 8192 },
    max_tokens: 8192 + 4096,
  })

  const sized = await chat({ reasoning_effort: 'low', max_tokens: 3000 })
  t.equal(sized.status, 200)
  t.match(mock.requests.at(-1)?.body, { thinking: { budget_tokens: 1024 }, max_tokens: 3000 })

  const off = await chat({ reasoning_effort: 'none' })
  t.equal(off.status, 200)
  t.notOk(mock.requests.at(-1)?.body.thinking, 'none: no thinking')

  const sent = mock.requests.length
  for (const [body, message] of [
    [{ reasoning_effort: 'high', max_tokens: 2000 }, /thinks up to 24576 tokens/],
    [{ reasoning_effort: 'low', temperature: 0.2 }, /only at temperature 1/],
    [{ reasoning_effort: 'low', top_p: 0.5 }, /top_p from 0\.95/],
    [{ reasoning_effort: 'extreme' }, /not one of none, minimal, low, medium, high/],
  ] as const) {
    const refused = await chat(body)
    t.equal(refused.status, 400)
    t.match(await json(refused), { error: { message } })
  }
  t.equal(mock.requests.length, sent, 'refused before reaching Anthropic')

  // A tool loop's next turn: Anthropic would want the earlier turn's signed thinking first.
  const loop = await chat({
    reasoning_effort: 'low',
    messages: [
      { role: 'user', content: 'Weather in Paris?' },
      {
        role: 'assistant',
        content: null,
        tool_calls: [{ id: 'toolu_1', type: 'function', function: { name: 'get_weather', arguments: '{}' } }],
      },
      { role: 'tool', tool_call_id: 'toolu_1', content: '21 °C' },
    ],
  })
  t.equal(loop.status, 200)
  t.match(loop.headers.get('x-hub-warnings'), /reasoning_effort was not sent for this turn/)
  t.notOk(mock.requests.at(-1)?.body.thinking)
})
