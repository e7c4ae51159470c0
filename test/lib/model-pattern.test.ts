import t from 'tap'
import { isValidModelPattern, modelAllowed } from '../../lib/model-pattern.ts'

t.test('patterns', async (t) => {
  for (const ok of ['*', 'openai/*', 'openai/gpt-4o*', 'openai/gpt-4o-mini', 'openrouter/meta/llama-3:free'])
    t.ok(isValidModelPattern(ok), ok)
  for (const bad of ['', 'gpt-4o', 'openai/*/x', '*/gpt', 'open ai/*', 'openai/gp*t'])
    t.notOk(isValidModelPattern(bad), bad)
})

t.test('matching', async (t) => {
  t.ok(modelAllowed(['*'], 'openai/gpt-4o'))
  t.ok(modelAllowed(['openai/*'], 'openai/gpt-4o'))
  t.notOk(modelAllowed(['openai/*'], 'openai-eu/gpt-4o'), 'a provider prefix is not a name prefix')
  t.ok(modelAllowed(['openai/gpt-4o*'], 'openai/gpt-4o-mini'))
  t.notOk(modelAllowed(['openai/gpt-4o'], 'openai/gpt-4o-mini'), 'exact ids are exact')
  t.notOk(modelAllowed([], 'openai/gpt-4o'), 'deny by default')
})
