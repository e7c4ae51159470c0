// A provider's credentials: weight and enabled (PATCH), why Hub disabled one, this server's health view of each
// (cooling, probing, recent failures; the calls in flight and answer times least-busy and lowest-latency pick by)
// and the last connection check's answer.
import { deleteCredential, updateCredential } from '@hub/api/sdk.gen.ts'
import type { Credential, CredentialCheck, CredentialHealth } from '@hub/api/types.gen.ts'
import { call } from '../api.ts'
import { EnabledAndDeleteCells, ErrorNote, InlineSave, Table, useAction, when } from '../ui.tsx'
import { CheckOf } from './KeyCheck.tsx'

export function Credentials({
  providerId,
  credentials,
  health,
  checks,
  onChanged,
}: {
  providerId: string
  credentials: Credential[]
  health: CredentialHealth[] | undefined
  /** The latest check of each key, by credential id: run as it was added, or by "Check connection". */
  checks: Record<string, CredentialCheck>
  onChanged: () => void
}) {
  const action = useAction()
  const patch = async (c: Credential, body: { enabled?: boolean; weight?: number }) => {
    await call(updateCredential({ path: { id: providerId, credentialId: c.id }, body }))
    onChanged()
  }
  return (
    <>
      <Table
        columns={['Key', { label: 'Weight', num: true }, 'Health and load (this server)', 'Last check', 'Enabled', '']}
      >
        {credentials.map((c) => (
          <tr key={c.id} data-credential={c.name}>
            <td>
              <strong>{c.name}</strong> <span className="mono">{c.masked}</span>
              {c.disabledReason && (
                <div className="bad">
                  Hub disabled it {when(c.disabledAt)}: {c.disabledReason}
                </div>
              )}
            </td>
            <td className="num">
              <InlineSave
                label={`${c.name} weight`}
                type="number"
                min={0}
                max={1000}
                value={String(c.weight)}
                onSave={(value) => patch(c, { weight: Number(value) })}
              />
            </td>
            <td>
              <HealthOf health={health?.find((h) => h.credentialId === c.id)} />
            </td>
            <td data-testid="check-result">
              <CheckOf result={checks[c.id]} />
            </td>
            <EnabledAndDeleteCells
              label={c.name}
              enabled={c.enabled}
              run={action.run}
              onEnabled={(enabled) => patch(c, { enabled })}
              onDelete={async () => {
                await call(deleteCredential({ path: { id: providerId, credentialId: c.id } }))
                onChanged()
              }}
            />
          </tr>
        ))}
      </Table>
      <p className="muted small">
        Health and load are this server's own view: each Hub server counts the calls it makes itself.
      </p>
      <ErrorNote error={action.error} />
    </>
  )
}

function HealthOf({ health }: { health: CredentialHealth | undefined }) {
  if (!health) return <span className="muted">—</span>
  return (
    <>
      <span className={`badge ${health.state}`}>{health.state}</span>
      {health.models.map((m) => (
        <div key={m.model} className="muted small">
          <span className="mono">{m.model || 'any model'}</span>: {m.state}
          {m.recentFailures > 0 && `, ${m.recentFailures} recent failure${m.recentFailures === 1 ? '' : 's'}`}
          {m.cooldownUntil && `, cooling until ${when(m.cooldownUntil)}`}
        </div>
      ))}
      {health.load.map((l) => (
        <div key={l.model} className="muted small" data-testid="load">
          <span className="mono">{routeName(l.model)}</span>: {l.inFlight} in flight
          {l.latencyMs !== null && `, answers in ~${l.latencyMs} ms (measured ${when(l.measuredAt)})`}
        </div>
      ))}
    </>
  )
}

/** "model#deploymentId" → "model, deployment 1a2b3c4d": which of the model's deployments was measured. */
const routeName = (key: string) => {
  const [model, deployment] = key.split('#')
  return deployment ? `${model}, deployment ${deployment.slice(0, 8)}` : model
}
