// The audit log: every admin write, who made it and what changed, newest first.
import { listAuditEvents } from '@hub/api/sdk.gen.ts'
import { useState } from 'react'
import { call } from '../api.ts'
import { Empty, ErrorNote, Field, Panel, Table, useLoad, when } from '../ui.tsx'

export function AuditScreen() {
  const [action, setAction] = useState('')
  const events = useLoad(() => call(listAuditEvents({ query: { limit: 100, ...(action && { action }) } })), [action])
  return (
    <>
      <h1>Audit log</h1>
      <div className="filters">
        <Field label="Action" hint="e.g. token.create, provider.update">
          <input name="audit-action" value={action} onChange={(e) => setAction(e.target.value.trim())} />
        </Field>
      </div>
      <ErrorNote error={events.error} />
      {events.data?.data.length === 0 ? (
        <Empty title="Nothing recorded yet.">
          Every change made through the API, the console or the CLI lands here.
        </Empty>
      ) : (
        <Panel title="Latest changes">
          <Table columns={['When', 'Action', 'Target', 'By']}>
            {events.data?.data.map((e) => (
              <tr key={e.id}>
                <td>{when(e.createdAt)}</td>
                <td className="mono">{e.action}</td>
                <td className="mono">
                  {e.target.type} {e.target.id}
                </td>
                <td>{e.actor.type === 'token' ? `token ${e.actor.hint}…` : e.actor.type}</td>
              </tr>
            ))}
          </Table>
        </Panel>
      )}
    </>
  )
}
