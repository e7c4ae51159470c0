// Accounts: who tokens belong to and are billed to; create, disable (refuses all their tokens) or enable.
import { createAccount, grantCredits, listAccounts, updateAccount } from '@hub/api/sdk.gen.ts'
import type { Budget } from '@hub/api/types.gen.ts'
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
      {!!accounts.data?.length && <SetLimits accounts={accounts.data} onSaved={accounts.reload} />}
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

/** An account's budget and rate limits (all its tokens together); an empty field removes that limit. */
function SetLimits({ accounts, onSaved }: { accounts: { id: string; name: string }[]; onSaved: () => void }) {
  const [account, setAccount] = useState('')
  const [amount, setAmount] = useState('')
  const [period, setPeriod] = useState<Budget['period']>('month')
  const [rpm, setRpm] = useState('')
  const [tpm, setTpm] = useState('')
  const [concurrency, setConcurrency] = useState('')
  const chosen = account || accounts[0].id
  const limit = (value: string) => (value ? Number(value) : null)
  return (
    <Panel title="Budget and rate limits">
      <Form
        submit="Save limits"
        onSubmit={async () => {
          await call(
            updateAccount({
              path: { id: chosen },
              body: {
                budget: amount ? { amount, period } : null,
                limits: { rpm: limit(rpm), tpm: limit(tpm), concurrency: limit(concurrency) },
              },
            }),
          )
          onSaved()
        }}
      >
        <Field label="Account">
          <select name="limits-account" value={chosen} onChange={(e) => setAccount(e.target.value)}>
            {accounts.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Budget" hint="USD per period; empty: none">
          <input
            name="budget-amount"
            inputMode="decimal"
            pattern="\d+(\.\d{1,10})?"
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
          />
        </Field>
        <Field label="Period">
          <select name="budget-period" value={period} onChange={(e) => setPeriod(e.target.value as Budget['period'])}>
            <option>day</option>
            <option>week</option>
            <option>month</option>
            <option>lifetime</option>
          </select>
        </Field>
        <Field label="Requests a minute">
          <input name="rpm" type="number" min={1} value={rpm} onChange={(e) => setRpm(e.target.value)} />
        </Field>
        <Field label="Tokens a minute">
          <input name="tpm" type="number" min={1} value={tpm} onChange={(e) => setTpm(e.target.value)} />
        </Field>
        <Field label="Calls at once">
          <input
            name="concurrency"
            type="number"
            min={1}
            value={concurrency}
            onChange={(e) => setConcurrency(e.target.value)}
          />
        </Field>
      </Form>
    </Panel>
  )
}
