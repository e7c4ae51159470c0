// Providers and their credentials: add a provider (type, base URL), add keys (shown masked), enable or disable.
import { createCredential, createProvider, deleteCredential, listProviders, updateProvider } from '@hub/api/sdk.gen.ts'
import type { Provider } from '@hub/api/types.gen.ts'
import { useState } from 'react'
import { call } from '../api.ts'
import { Empty, ErrorNote, Field, Form, Link, Panel, useAction, useLoad } from '../ui.tsx'

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
  return (
    <>
      <h1>Providers</h1>
      <AddProvider onAdded={providers.reload} />
      <ErrorNote error={providers.error} />
      {providers.data?.data.length === 0 && (
        <Empty title="No providers yet.">
          Add one above (an OpenAI-compatible API, Anthropic, Google…), then its API key, then the{' '}
          <Link to="/models">models</Link> tokens may call.
        </Empty>
      )}
      {providers.data?.data.map((p) => (
        <ProviderCard key={p.id} provider={p} onChanged={providers.reload} />
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

function ProviderCard({ provider: p, onChanged }: { provider: Provider; onChanged: () => void }) {
  const [keyName, setKeyName] = useState('main')
  const [apiKey, setApiKey] = useState('')
  const action = useAction()
  return (
    <Panel
      title={p.name}
      actions={
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
      }
    >
      <p className="muted">
        {p.type} · <span className="mono">{p.baseUrl}</span>
      </p>
      <h3>Credentials</h3>
      {p.credentials.length === 0 ? (
        <p className="warn">No key yet: calls to this provider's models answer 503 until one is added.</p>
      ) : (
        <ul className="plain">
          {p.credentials.map((c) => (
            <li key={c.id}>
              <strong>{c.name}</strong> <span className="mono">{c.masked}</span> {c.enabled ? '' : '(disabled)'}{' '}
              <button
                type="button"
                className="secondary danger"
                onClick={() =>
                  action.run(async () => {
                    await call(deleteCredential({ path: { id: p.id, credentialId: c.id } }))
                    onChanged()
                  })
                }
              >
                Delete
              </button>
            </li>
          ))}
        </ul>
      )}
      {p.type !== 'bedrock' && (
        <Form
          submit="Add key"
          onSubmit={async () => {
            await call(createCredential({ path: { id: p.id }, body: { name: keyName.trim(), apiKey } }))
            setApiKey('')
            onChanged()
          }}
        >
          <Field label="Key name">
            <input name="credential-name" required value={keyName} onChange={(e) => setKeyName(e.target.value)} />
          </Field>
          <Field label="API key" hint="Encrypted at rest; shown masked from now on">
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
      <ErrorNote error={action.error} />
    </Panel>
  )
}
