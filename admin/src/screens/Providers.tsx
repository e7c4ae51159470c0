// Providers and their credentials: add a provider (type, base URL), add keys (shown masked and checked live),
// enable or disable them, weigh them, see this server's health view of each.
import {
  checkProvider,
  createCredential,
  createProvider,
  getProviderHealth,
  listModels,
  listProviders,
  updateProvider,
} from '@hub/api/sdk.gen.ts'
import type { CreatedCredential, CredentialCheck, Provider, ProviderCheck } from '@hub/api/types.gen.ts'
import { useState } from 'react'
import { call } from '../api.ts'
import { Empty, ErrorNote, Field, Form, Link, Panel, useAction, useLoad } from '../ui.tsx'
import { Credentials } from './Credentials.tsx'
import { AddedKeyCheck } from './KeyCheck.tsx'

const TYPES = ['openai', 'anthropic', 'google', 'bedrock', 'ideogram'] as const
const DEFAULT_URLS: Record<string, string> = {
  openai: 'https://api.openai.com/v1',
  anthropic: 'https://api.anthropic.com',
  google: 'https://generativelanguage.googleapis.com',
  bedrock: '',
  ideogram: 'https://api.ideogram.ai',
}

export function ProvidersScreen() {
  const providers = useLoad(() => call(listProviders()))
  const models = useLoad(() => call(listModels()))
  // The check calls the provider with one of its own enabled chat models (the API's default).
  const chatModelOf = (p: Provider) =>
    models.data?.data.find((m) => m.provider === p.name && m.type === 'chat' && m.enabled)?.id
  return (
    <>
      <h1>Providers</h1>
      <AddProvider onAdded={providers.reload} />
      <ErrorNote error={providers.error ?? models.error} />
      {providers.data?.data.length === 0 && (
        <Empty title="No providers yet.">
          Add one above (an OpenAI-compatible API, Anthropic, Google…), then its API key, then the{' '}
          <Link to="/models">models</Link> tokens may call.
        </Empty>
      )}
      {providers.data?.data.map((p) => (
        <ProviderCard key={p.id} provider={p} chatModel={chatModelOf(p)} onChanged={providers.reload} />
      ))}
    </>
  )
}

function AddProvider({ onAdded }: { onAdded: () => void }) {
  const [name, setName] = useState('')
  const [type, setType] = useState<(typeof TYPES)[number]>('openai')
  const [baseUrl, setBaseUrl] = useState('')
  return (
    <Panel title="Add a provider">
      <Form
        submit="Add provider"
        onSubmit={async () => {
          await call(
            createProvider({ body: { name: name.trim(), type, ...(baseUrl.trim() && { baseUrl: baseUrl.trim() }) } }),
          )
          setName('')
          setBaseUrl('')
          onAdded()
        }}
      >
        <Field label="Name" hint='Lowercase; model ids start with it ("openai/gpt-4o")'>
          <input
            name="provider-name"
            required
            pattern="[a-z0-9][a-z0-9_\-]*"
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        </Field>
        <Field label="Type">
          <select name="provider-type" value={type} onChange={(e) => setType(e.target.value as (typeof TYPES)[number])}>
            {TYPES.map((t) => (
              <option key={t}>{t}</option>
            ))}
          </select>
        </Field>
        <Field label="Base URL" hint={`Default: ${DEFAULT_URLS[type] || "the region's endpoint"}`}>
          <input
            name="base-url"
            type="url"
            placeholder={DEFAULT_URLS[type]}
            value={baseUrl}
            onChange={(e) => setBaseUrl(e.target.value)}
          />
        </Field>
      </Form>
    </Panel>
  )
}

function ProviderCard({
  provider: p,
  chatModel,
  onChanged,
}: {
  provider: Provider
  chatModel: string | undefined
  onChanged: () => void
}) {
  const [keyName, setKeyName] = useState('main')
  const [apiKey, setApiKey] = useState('')
  const [check, setCheck] = useState<ProviderCheck | null>(null)
  const [added, setAdded] = useState<{ name: string; created: CreatedCredential } | null>(null)
  const [checks, setChecks] = useState<Record<string, CredentialCheck>>({})
  const action = useAction()
  const checking = useAction()
  // Reloaded with the provider: a check or a PATCH changes what this server knows of its keys.
  const health = useLoad(() => call(getProviderHealth({ path: { id: p.id } })), [p])
  const remember = (results: CredentialCheck[]) =>
    setChecks((before) => ({ ...before, ...Object.fromEntries(results.map((r) => [r.credentialId ?? '', r])) }))
  const runCheck = () =>
    checking.run(async () => {
      const answer = await call(checkProvider({ path: { id: p.id }, body: {} }))
      setCheck(answer)
      setAdded(null)
      remember(answer.data)
      onChanged() // a key the provider refused is now disabled, with its reason
    })
  const enabledKeys = p.credentials.filter((c) => c.enabled).length
  return (
    <Panel
      title={p.name}
      actions={
        <div className="row">
          <button
            type="button"
            className="secondary"
            disabled={!chatModel || enabledKeys === 0 || checking.busy}
            onClick={() => void runCheck()}
          >
            {checking.busy ? 'Checking…' : 'Check connection'}
          </button>
          <label className="check">
            <input
              type="checkbox"
              checked={p.enabled}
              onChange={(e) =>
                action.run(async () => {
                  await call(updateProvider({ path: { id: p.id }, body: { enabled: e.target.checked } }))
                  onChanged()
                })
              }
            />
            enabled
          </label>
        </div>
      }
    >
      <p className="muted">
        {p.type} · <span className="mono">{p.baseUrl}</span>
      </p>
      <h3>Credentials</h3>
      {p.credentials.length === 0 ? (
        <p className="warn">No key yet: calls to this provider's models answer 503 until one is added.</p>
      ) : (
        <Credentials
          providerId={p.id}
          credentials={p.credentials}
          health={health.data?.data}
          checks={checks}
          onChanged={onChanged}
        />
      )}
      <ErrorNote error={health.error ?? checking.error ?? action.error} />
      {added ? (
        <AddedKeyCheck name={added.name} provider={p.name} created={added.created} />
      ) : (
        <CheckSummary check={check} chatModel={chatModel} hasKeys={p.credentials.length > 0} />
      )}
      {p.type !== 'bedrock' && (
        <Form
          submit="Add key"
          onSubmit={async () => {
            // The live connection check: the API tries the new key as it saves it and answers with what it found.
            const name = keyName.trim()
            const created = await call(createCredential({ path: { id: p.id }, body: { name, apiKey } }))
            setApiKey('')
            setCheck(null)
            setAdded({ name, created })
            if (created.check) remember([created.check.result])
            onChanged()
          }}
        >
          <Field label="Key name">
            <input name="credential-name" required value={keyName} onChange={(e) => setKeyName(e.target.value)} />
          </Field>
          <Field label="API key" hint="Encrypted at rest; shown masked from now on; checked once added">
            <input
              name="api-key"
              type="password"
              autoComplete="off"
              required
              value={apiKey}
              onChange={(e) => setApiKey(e.target.value)}
            />
          </Field>
        </Form>
      )}
    </Panel>
  )
}

/** What the last check tried, or why there is nothing to check with yet. */
function CheckSummary({
  check,
  chatModel,
  hasKeys,
}: {
  check: ProviderCheck | null
  chatModel: string | undefined
  hasKeys: boolean
}) {
  if (check) {
    const ok = check.data.filter((r) => r.ok).length
    return (
      <p className="muted" role="status">
        {check.data.length === 0
          ? 'No enabled key to check.'
          : `Checked with ${check.model}: ${ok} of ${check.data.length} key${check.data.length === 1 ? '' : 's'} answered.`}
      </p>
    )
  }
  if (!chatModel) {
    return (
      <p className="muted">
        A connection check makes one small chat call per key with one of this provider's chat models:{' '}
        <Link to="/models">add one</Link>
        {hasKeys ? ', then check it here.' : ' and a key, and Hub checks the key as it is added.'}
      </p>
    )
  }
  return null
}
