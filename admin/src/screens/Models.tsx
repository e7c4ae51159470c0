// Models: the ids tokens call ("provider/model"), their aliases and routing strategy, prices per million tokens,
// the default model of each type (one per type: what an AIGNE request naming no model gets), enabled or not.
import { createModel, deleteModel, listModels, listProviders, updateModel } from '@hub/api/sdk.gen.ts'
import { useState } from 'react'
import { call } from '../api.ts'
import {
  Empty,
  EnabledAndDeleteCells,
  ErrorNote,
  Field,
  Form,
  InlineSave,
  Link,
  Panel,
  Table,
  useAction,
  useLoad,
} from '../ui.tsx'

const TYPES = ['chat', 'embedding', 'image', 'audio', 'video'] as const
const STRATEGIES = ['weighted', 'least-busy', 'lowest-latency'] as const

/** "gpt-4o, fast" or "gpt-4o fast" → ["gpt-4o", "fast"]; the API checks each name. */
const aliasesOf = (text: string) => text.split(/[\s,]+/).filter(Boolean)

export function ModelsScreen() {
  const models = useLoad(() => call(listModels()))
  const providers = useLoad(() => call(listProviders()))
  const action = useAction()
  const names = providers.data?.data.map((p) => p.name) ?? []
  return (
    <>
      <h1>Models</h1>
      {providers.data && names.length === 0 ? (
        <Empty title="Add a provider first.">
          Models belong to a provider: <Link to="/providers">add one</Link>, then come back.
        </Empty>
      ) : (
        <AddModel providers={names} onAdded={models.reload} />
      )}
      <ErrorNote error={models.error ?? action.error} />
      {models.data?.data.length === 0 && names.length > 0 && (
        <Empty title="No models yet.">Add the first one above: tokens call it as “provider/model”.</Empty>
      )}
      {!!models.data?.data.length && (
        <Panel title="Catalogue">
          <Table
            columns={[
              'Model',
              'Type',
              'Upstream',
              'Aliases',
              'Strategy',
              'Default',
              { label: 'Input $/1M', num: true },
              { label: 'Output $/1M', num: true },
              'Enabled',
              '',
            ]}
          >
            {models.data.data.map((m) => (
              <tr key={m.id} data-model={m.id}>
                <td>
                  <span className="mono">{m.id}</span>
                  {m.default && <span className="badge default">default {m.type}</span>}
                </td>
                <td>{m.type}</td>
                <td className="mono">{m.upstreamModel}</td>
                <td>
                  <InlineSave
                    label={`${m.id} aliases`}
                    placeholder="none"
                    value={m.aliases.join(', ')}
                    onSave={async (value) => {
                      await call(updateModel({ path: { id: m.id }, body: { aliases: aliasesOf(value) } }))
                      models.reload()
                    }}
                  />
                </td>
                <td>
                  <select
                    aria-label={`${m.id} strategy`}
                    value={m.strategy}
                    disabled={action.busy}
                    onChange={(e) =>
                      action.run(async () => {
                        const strategy = e.target.value as (typeof STRATEGIES)[number]
                        await call(updateModel({ path: { id: m.id }, body: { strategy } }))
                        models.reload()
                      })
                    }
                  >
                    {STRATEGIES.map((s) => (
                      <option key={s}>{s}</option>
                    ))}
                  </select>
                </td>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`${m.id} is the default ${m.type} model`}
                    checked={m.default}
                    disabled={action.busy}
                    onChange={(e) =>
                      action.run(async () => {
                        // Setting it unsets the type's previous default (the API keeps one per type).
                        await call(updateModel({ path: { id: m.id }, body: { default: e.target.checked } }))
                        models.reload()
                      })
                    }
                  />
                </td>
                <td className="num">{m.inputPrice}</td>
                <td className="num">{m.outputPrice}</td>
                <EnabledAndDeleteCells
                  label={m.id}
                  enabled={m.enabled}
                  run={action.run}
                  onEnabled={async (enabled) => {
                    await call(updateModel({ path: { id: m.id }, body: { enabled } }))
                    models.reload()
                  }}
                  onDelete={async () => {
                    await call(deleteModel({ path: { id: m.id } }))
                    models.reload()
                  }}
                />
              </tr>
            ))}
          </Table>
        </Panel>
      )}
    </>
  )
}

function AddModel({ providers, onAdded }: { providers: string[]; onAdded: () => void }) {
  const [provider, setProvider] = useState('')
  const [name, setName] = useState('')
  const [type, setType] = useState<(typeof TYPES)[number]>('chat')
  const [inputPrice, setInputPrice] = useState('')
  const [outputPrice, setOutputPrice] = useState('')
  const [aliases, setAliases] = useState('')
  const [isDefault, setIsDefault] = useState(false)
  const chosen = provider || providers[0] || ''
  return (
    <Panel title="Add a model">
      <Form
        submit="Add model"
        disabled={!chosen}
        onSubmit={async () => {
          await call(
            createModel({
              body: {
                id: `${chosen}/${name.trim()}`,
                type,
                ...(inputPrice && { inputPrice }),
                ...(outputPrice && { outputPrice }),
                ...(aliases.trim() && { aliases: aliasesOf(aliases) }),
                ...(isDefault && { default: true }),
              },
            }),
          )
          setName('')
          setAliases('')
          setIsDefault(false)
          onAdded()
        }}
      >
        <Field label="Provider">
          <select name="model-provider" value={chosen} onChange={(e) => setProvider(e.target.value)}>
            {providers.map((p) => (
              <option key={p}>{p}</option>
            ))}
          </select>
        </Field>
        <Field label="Model" hint="The provider's own name for it, e.g. gpt-4o-mini">
          <input name="model-name" required value={name} onChange={(e) => setName(e.target.value)} />
        </Field>
        <Field label="Type">
          <select name="model-type" value={type} onChange={(e) => setType(e.target.value as (typeof TYPES)[number])}>
            {TYPES.map((t) => (
              <option key={t}>{t}</option>
            ))}
          </select>
        </Field>
        <Field label="Input price" hint="USD per 1M input tokens">
          <input
            name="input-price"
            inputMode="decimal"
            pattern="\d{1,9}(\.\d{1,6})?"
            value={inputPrice}
            onChange={(e) => setInputPrice(e.target.value)}
          />
        </Field>
        <Field label="Output price" hint="USD per 1M output tokens">
          <input
            name="output-price"
            inputMode="decimal"
            pattern="\d{1,9}(\.\d{1,6})?"
            value={outputPrice}
            onChange={(e) => setOutputPrice(e.target.value)}
          />
        </Field>
        <Field label="Aliases" hint='Other names clients may send, e.g. "gpt-4o, fast"; comma-separated'>
          <input name="aliases" value={aliases} onChange={(e) => setAliases(e.target.value)} />
        </Field>
        <fieldset className="scopes">
          <legend>Default</legend>
          <label className="check">
            <input
              type="checkbox"
              name="default"
              checked={isDefault}
              onChange={(e) => setIsDefault(e.target.checked)}
            />
            the default {type} model
          </label>
          <small className="muted">For AIGNE requests that name none; replaces the current one</small>
        </fieldset>
      </Form>
    </Panel>
  )
}
