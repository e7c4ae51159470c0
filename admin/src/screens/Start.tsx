// First run: from an empty Hub to a first successful call, one step at a time, each checked against the API.
import { listModels, listProviders, listTokens, summarizeUsage } from '@hub/api/sdk.gen.ts'
import type { Session } from '@hub/api/types.gen.ts'
import { call } from '../api.ts'
import { ErrorNote, Link, Panel, useLoad } from '../ui.tsx'

export function Start({ session }: { session: Session }) {
  const state = useLoad(async () => {
    const [providers, models, tokens, usage] = await Promise.all([
      call(listProviders()),
      call(listModels()),
      call(listTokens({ query: { limit: 500 } })),
      call(summarizeUsage({ query: { groupBy: 'model', from: new Date(Date.now() - 30 * 86_400_000).toISOString() } })),
    ])
    return {
      provider: providers.data.length > 0,
      credential: providers.data.some((p) => p.credentials.length > 0),
      model: models.data.length > 0,
      token: tokens.data.some((t) => t.id !== session.token.id && !t.revokedAt && t.scopes.includes('chat')),
      call: usage.data.some((r) => r.requests > r.errors),
    }
  })
  const s = state.data
  const steps = [
    {
      done: s?.provider,
      to: '/providers',
      text: 'Add a provider: an OpenAI-compatible API, Anthropic, Google, Bedrock…',
    },
    { done: s?.credential, to: '/providers', text: 'Give it an API key (stored encrypted, shown masked)' },
    { done: s?.model, to: '/models', text: 'Add a model with its prices, so every call is billed' },
    { done: s?.token, to: '/tokens', text: 'Issue a token with the chat scope for your application' },
    {
      done: s?.call,
      to: '/tokens',
      text: 'Make a first call with one of the token’s snippets (curl, OpenAI SDK, AIGNE)',
    },
  ]
  const next = steps.findIndex((step) => !step.done)
  return (
    <>
      <h1>Get started</h1>
      <ErrorNote error={state.error} />
      <Panel title={s && next === -1 ? 'All set: calls are flowing' : 'From an empty Hub to a first call'}>
        <ol className="steps">
          {steps.map((step, i) => (
            <li key={step.text} className={step.done ? 'done' : i === next ? 'next' : undefined}>
              <span aria-hidden="true">{step.done ? '✓' : i + 1}</span>
              <Link to={step.to}>{step.text}</Link>
              {step.done && <span className="sr-only"> (done)</span>}
            </li>
          ))}
        </ol>
        {s && next === -1 && (
          <p>
            See what it costs on <Link to="/usage">Usage &amp; cost</Link>.
          </p>
        )}
      </Panel>
    </>
  )
}
