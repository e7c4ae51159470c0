import t from 'tap'
import { isValidModelPattern, modelAllowed, patternOutside, patternWithin } from '../../lib/model-pattern.ts'

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

t.test('containment: a pattern is within a set when every id it matches is matched by the set', async (t) => {
  const within: [string, string[]][] = [
    ['*', ['*']],
    ['openai/*', ['*']],
    ['openai/*', ['openai/*']],
    ['openai/gpt-4o*', ['openai/*']],
    ['openai/gpt-4o-mini*', ['openai/gpt-4o*']],
    ['openai/gpt-4o*', ['openai/gpt-4o*']],
    ['openai/gpt-4o', ['openai/gpt-4o*'], 'an id equal to the prefix is matched by it'],
    ['openai/gpt-4o-mini', ['openai/gpt-4o-mini']],
    ['openai/gpt-4o-mini', ['anthropic/*', 'openai/gpt-4o-mini']],
    ['openrouter/meta/llama-3:free', ['openrouter/meta/*']],
  ] as [string, string[]][]
  for (const [pattern, set] of within) t.ok(patternWithin(pattern, set), `${pattern} within ${set.join(' ')}`)

  const outside: [string, string[]][] = [
    ['*', ['openai/*']],
    ['*', ['openai/*', 'anthropic/*', 'google/*']],
    ['openai/*', ['openai/gpt-4o*']],
    ['openai/*', ['openai/gpt-4o-mini']],
    ['openai/gpt-4o*', ['openai/gpt-4o'], 'an exact id does not cover a family'],
    ['openai/gpt-4o*', ['openai/gpt-4o-mini*']],
    ['openai-eu/*', ['openai/*'], 'a provider prefix is not a name prefix'],
    ['openai/gpt-4o-mini', ['openai/gpt-4o']],
    ['openai/gpt-4o', []],
    ['openai/gp*t', ['*'], 'a malformed pattern is refused even under *'],
    ['openai/x', ['openai/gp*t'], 'a malformed held pattern covers nothing'],
    // Only one held pattern may cover: a union that happens to cover every next character is refused.
    ['openai/a*', ['openai/a', 'openai/a-*', 'openai/a.*', 'openai/a_*', 'openai/a0*']],
  ] as [string, string[]][]
  for (const [pattern, set] of outside) t.notOk(patternWithin(pattern, set), `${pattern} not within ${set.join(' ')}`)

  t.equal(patternOutside(['openai/*', 'anthropic/*'], ['openai/*']), 'anthropic/*', 'names the first one outside')
  t.equal(patternOutside([], ['openai/*']), null, 'no models is within anything')
})

t.test('containment agrees with matching on sample ids', async (t) => {
  const patterns = ['*', 'openai/*', 'openai/gpt-4o*', 'openai/gpt-4o', 'openai/gpt-4o-mini', 'anthropic/*', 'a/b*']
  const ids = ['openai/gpt-4o', 'openai/gpt-4o-mini', 'openai/o1', 'anthropic/claude', 'a/b', 'a/bc', 'openai-eu/x']
  for (const p of patterns) {
    for (const held of patterns) {
      if (!patternWithin(p, [held])) continue
      for (const id of ids) {
        if (modelAllowed([p], id)) t.ok(modelAllowed([held], id), `${p} within ${held}, so ${id} is allowed by both`)
      }
    }
  }
})
