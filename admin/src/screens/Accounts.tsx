// Accounts: who tokens belong to and are billed to; create, disable (refuses all their tokens) or enable.
import { createAccount, grantCredits, listAccounts, updateAccount } from '@hub/api/sdk.gen.ts'
import { useState } from 'react'
import { call } from '../api.ts'
import { allPages } from '../pages.ts'
import { ErrorNote, Field, Form, Panel, Table, usd, useAction, useLoad, when } from '../ui.tsx'

export function AccountsScreen() {
  const accounts = useLoad(() => allPages((cursor) => call(listAccounts({ query: { limit: 500, cursor } }))))
  const [name, setName] = useState('')
  const [billingMode, setBillingMode] = useState<'postpaid' | 'credits'>('postpaid')
  const action = useAction()
  return (
    <>
      <h1>Accounts</h1>
      <Panel title="Add an account">
        <Form
          submit="Add account"
          onSubmit={async () => {
            await call(createAccount({ body: { name: name.trim(), billingMode } }))
            setName('')
            accounts.reload()
          }}
        >
          <Field label="Name">
            <input name="account-name" required value={name} onChange={(e) => setName(e.target.value)} />
          </Field>
          <Field label="Billing" hint="credits: prepaid, a call is refused when the balance cannot cover it">
            <select value={billingMode} onChange={(e) => setBillingMode(e.target.value as 'postpaid' | 'credits')}>
              <option>postpaid</option>
              <option>credits</option>
            </select>
          </Field>
        </Form>
      </Panel>
      {!!accounts.data?.length && <GrantCredits accounts={accounts.data} />}
      <Panel title="Accounts">
        <ErrorNote error={accounts.error} />
        <Table columns={['Name', 'Billing', 'Budget', 'Limits', 'Created', 'Enabled']}>
          {accounts.data?.map((a) => (
            <tr key={a.id}>
              <td>
                <strong>{a.name}</strong>
                <div className="muted mono">{a.id}</div>
              </td>
              <td>{a.billingMode}</td>
              <td>{a.budget ? `${usd(a.budget.amount)} / ${a.budget.period}` : '—'}</td>
              <td>
                {[a.rpm && `${a.rpm} rpm`, a.tpm && `${a.tpm} tpm`, a.concurrency && `${a.concurrency} at once`]
                  .filter(Boolean)
                  .join(', ') || '—'}
              </td>
              <td>{when(a.createdAt)}</td>
              <td>
                <input
                  type="checkbox"
                  aria-label={`${a.name} enabled`}
                  checked={!a.disabled}
                  onChange={(e) =>
                    action.run(async () => {
                      await call(updateAccount({ path: { id: a.id }, body: { disabled: !e.target.checked } }))
                      accounts.reload()
                    })
                  }
                />
              </td>
            </tr>
          ))}
        </Table>
      </Panel>
    </>
  )
}

/** Prepaid credit for a credits account: a grant (and its ledger entry), optionally expiring, in the audit log. */
function GrantCredits({ accounts }: { accounts: { id: string; name: string; billingMode: string }[] }) {
  const [account, setAccount] = useState('')
  const [amount, setAmount] = useState('')
  const [note, setNote] = useState('')
  const [done, setDone] = useState<string | null>(null)
  const chosen = account || accounts[0].id
  return (
    <Panel title="Grant credits">
      <Form
        submit="Grant"
        onSubmit={async () => {
          await call(grantCredits({ path: { id: chosen }, body: { amount, ...(note && { note }) } }))
          setDone(`Granted $${amount} to ${accounts.find((a) => a.id === chosen)?.name}.`)
          setAmount('')
          setNote('')
        }}
      >
        <Field label="Account" hint="Credits are spent by accounts billed in credits mode">
          <select name="grant-account" value={chosen} onChange={(e) => setAccount(e.target.value)}>
            {accounts.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name} ({a.billingMode})
              </option>
            ))}
          </select>
        </Field>
        <Field label="Amount" hint="USD">
          <input
            name="grant-amount"
            required
            inputMode="decimal"
            pattern="\d+(\.\d{1,10})?"
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
          />
        </Field>
        <Field label="Note">
          <input name="grant-note" maxLength={200} value={note} onChange={(e) => setNote(e.target.value)} />
        </Field>
      </Form>
      {done && <p className="notice">{done}</p>}
    </Panel>
  )
}
