// A provider's credentials: weight and enabled (PATCH), why Hub disabled one, this server's health view of each
// (cooling, probing, recent failures) and the last connection check's answer.
import { deleteCredential, updateCredential } from '@hub/api/sdk.gen.ts'
import type { Credential, CredentialHealth, ProviderCheck } from '@hub/api/types.gen.ts'
import { call } from '../api.ts'
import { EnabledAndDeleteCells, ErrorNote, InlineSave, Table, useAction, when } from '../ui.tsx'

type CheckResult = ProviderCheck['data'][number]

export function Credentials({
  providerId,
  credentials,
  health,
  check,
  onChanged,
}: {
  providerId: string
  credentials: Credential[]
  health: CredentialHealth[] | undefined
  check: ProviderCheck | null
  onChanged: () => void
}) {
  const action = useAction()
  const patch = async (c: Credential, body: { enabled?: boolean; weight?: number }) => {
    await call(updateCredential({ path: { id: providerId, credentialId: c.id }, body }))
    onChanged()
  }
  return (
    <>
      <Table columns={['Key', { label: 'Weight', num: true }, 'Health', 'Last check', 'Enabled', '']}>
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
              <CheckOf result={check?.data.find((r) => r.credentialId === c.id)} />
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
    </>
  )
}

function CheckOf({ result }: { result: CheckResult | undefined }) {
  if (!result) return <span className="muted">—</span>
  if (result.ok) return <span className="ok">OK · {result.ms} ms</span>
  return (
    <span className="bad">
      {result.status} {result.code}
      {result.message && `: ${result.message}`}
    </span>
  )
}
