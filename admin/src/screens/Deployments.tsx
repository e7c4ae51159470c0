// Deployments: where a model's calls go once it has any (a provider, its model name there, optionally one pinned
// key), weighted within a priority group, lower groups first; enable, disable or delete them.
import {
  createDeployment,
  deleteDeployment,
  listDeployments,
  listModels,
  listProviders,
  updateDeployment,
} from '@hub/api/sdk.gen.ts'
import type { HubModel, Provider } from '@hub/api/types.gen.ts'
import { useState } from 'react'
import { call } from '../api.ts'
import { Empty, EnabledAndDeleteCells, ErrorNote, Field, Form, Link, Panel, Table, useAction, useLoad } from '../ui.tsx'

export function DeploymentsScreen() {
  const deployments = useLoad(() => call(listDeployments()))
  const models = useLoad(() => call(listModels()))
  const providers = useLoad(() => call(listProviders()))
  const action = useAction()
  const keyName = (id: string | null) =>
    id === null
      ? 'any key'
      : (providers.data?.data.flatMap((p) => p.credentials).find((c) => c.id === id)?.name ?? id.slice(0, 8))
  const rows = deployments.data?.data ?? []
  return (
    <>
      <h1>Deployments</h1>
      <p className="muted">
        A model without deployments is served by its own provider with every enabled key. Once it has any, its calls go
        to them only: the lowest priority group with a healthy one first, weighted within the group, failing over before
        the first byte.
      </p>
      {models.data && models.data.data.length === 0 ? (
        <Empty title="Add a model first.">
          Deployments route a model's calls: <Link to="/models">add one</Link>, then come back.
        </Empty>
      ) : (
        models.data &&
        providers.data && (
          <AddDeployment models={models.data.data} providers={providers.data.data} onAdded={deployments.reload} />
        )
      )}
      <ErrorNote error={deployments.error ?? models.error ?? providers.error ?? action.error} />
      {deployments.data && rows.length === 0 && !!models.data?.data.length && (
        <Empty title="No deployments yet.">
          Each model goes to its own provider. Add one above to spread a model over several providers or keys, or to
          keep a fallback in a higher priority group.
        </Empty>
      )}
      {rows.length > 0 && (
        <Panel title="Deployments">
          <Table
            columns={[
              'Model',
              'Provider',
              'Upstream model',
              'Key',
              { label: 'Weight', num: true },
              { label: 'Priority', num: true },
              'Enabled',
              '',
            ]}
          >
            {rows.map((d) => (
              <tr key={d.id} data-deployment={`${d.modelId} ${d.provider}`}>
                <td className="mono">{d.modelId}</td>
                <td>{d.provider}</td>
                <td className="mono">{d.upstreamModel}</td>
                <td>{keyName(d.credentialId)}</td>
                <td className="num">{d.weight}</td>
                <td className="num">{d.priority}</td>
                <EnabledAndDeleteCells
                  label={`${d.modelId} on ${d.provider}`}
                  enabled={d.enabled}
                  run={action.run}
                  onEnabled={async (enabled) => {
                    await call(updateDeployment({ path: { id: d.id }, body: { enabled } }))
                    deployments.reload()
                  }}
                  onDelete={async () => {
                    await call(deleteDeployment({ path: { id: d.id } }))
                    deployments.reload()
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

function AddDeployment({
  models,
  providers,
  onAdded,
}: {
  models: HubModel[]
  providers: Provider[]
  onAdded: () => void
}) {
  const [modelId, setModelId] = useState('')
  const [provider, setProvider] = useState('')
  const [upstreamModel, setUpstreamModel] = useState('')
  const [credentialId, setCredentialId] = useState('')
  const [weight, setWeight] = useState('1')
  const [priority, setPriority] = useState('0')
  const model = models.find((m) => m.id === modelId) ?? models[0]
  const chosen = providers.find((p) => p.name === provider) ?? providers.find((p) => p.name === model?.provider)
  return (
    <Panel title="Add a deployment">
      <Form
        submit="Add deployment"
        disabled={!model || !chosen}
        onSubmit={async () => {
          if (!model || !chosen) return
          await call(
            createDeployment({
              body: {
                modelId: model.id,
                provider: chosen.name,
                upstreamModel: upstreamModel.trim() || model.upstreamModel,
                credentialId: credentialId || null,
                weight: Number(weight),
                priority: Number(priority),
              },
            }),
          )
          setUpstreamModel('')
          setCredentialId('')
          onAdded()
        }}
      >
        <Field label="Model">
          <select name="deployment-model" value={model?.id ?? ''} onChange={(e) => setModelId(e.target.value)}>
            {models.map((m) => (
              <option key={m.id}>{m.id}</option>
            ))}
          </select>
        </Field>
        <Field label="Provider">
          <select
            name="deployment-provider"
            value={chosen?.name ?? ''}
            onChange={(e) => {
              setProvider(e.target.value)
              setCredentialId('')
            }}
          >
            {providers.map((p) => (
              <option key={p.id}>{p.name}</option>
            ))}
          </select>
        </Field>
        <Field label="Upstream model" hint="The model's name at that provider">
          <input
            name="upstream-model"
            placeholder={model?.upstreamModel}
            value={upstreamModel}
            onChange={(e) => setUpstreamModel(e.target.value)}
          />
        </Field>
        <Field label="Key" hint="Pin one of the provider's keys, or use any of them">
          <select name="deployment-credential" value={credentialId} onChange={(e) => setCredentialId(e.target.value)}>
            <option value="">any key</option>
            {chosen?.credentials.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name} ({c.masked})
              </option>
            ))}
          </select>
        </Field>
        <Field label="Weight" hint="Share of the calls within its priority group; 0: only when no other is usable">
          <input
            name="weight"
            type="number"
            min={0}
            max={1000}
            required
            value={weight}
            onChange={(e) => setWeight(e.target.value)}
          />
        </Field>
        <Field label="Priority" hint="Lower first; a higher group is the fallback">
          <input
            name="priority"
            type="number"
            min={0}
            max={100}
            required
            value={priority}
            onChange={(e) => setPriority(e.target.value)}
          />
        </Field>
      </Form>
    </Panel>
  )
}
