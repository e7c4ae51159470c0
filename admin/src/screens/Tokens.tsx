// Tokens: issue (plaintext once, with snippets), search and filter, revoke, rotate.
import { createToken, listAccounts, listModels, listTokens, revokeToken, rotateToken } from '@hub/api/sdk.gen.ts'
import type { Scope, Session, Token } from '@hub/api/types.gen.ts'
import { useMemo, useState } from 'react'
import { call } from '../api.ts'
import { allPages } from '../pages.ts'
import { Empty, ErrorNote, Field, Form, Panel, Table, useAction, useLoad, when } from '../ui.tsx'
import { NewSecret } from './NewSecret.tsx'

const SCOPES: Scope[] = ['chat', 'embeddings', 'images', 'audio', 'models', 'usage', 'admin']
type Status = 'active' | 'revoked' | 'expired'

const statusOf = (t: Token): Status =>
  t.revokedAt ? 'revoked' : t.expiresAt && new Date(t.expiresAt) <= new Date() ? 'expired' : 'active'

export function TokensScreen({ session }: { session: Session }) {
  const tokens = useLoad(() => allPages((cursor) => call(listTokens({ query: { limit: 500, cursor } }))))
  const accounts = useLoad(() => allPages((cursor) => call(listAccounts({ query: { limit: 500, cursor } }))))
  const models = useLoad(() => call(listModels()))
  const [secret, setSecret] = useState<{ name: string; token: string } | null>(null)
  const [search, setSearch] = useState('')
  const [status, setStatus] = useState<Status | 'all'>('active')
  const [scope, setScope] = useState<Scope | 'any'>('any')

  const shown = useMemo(() => {
    const needle = search.trim().toLowerCase()
    return (tokens.data ?? []).filter(
      (t) =>
        (status === 'all' || statusOf(t) === status) &&
        (scope === 'any' || t.scopes.includes(scope)) &&
        (!needle || `${t.name} ${t.hint} ${t.account.name} ${t.id}`.toLowerCase().includes(needle)),
    )
  }, [tokens.data, search, status, scope])
  const firstModel = models.data?.data.find((m) => m.enabled && m.type === 'chat')?.id ?? 'openai/gpt-4o-mini'

  return (
    <>
      <h1>Tokens</h1>
      {secret && <NewSecret {...secret} model={firstModel} onDone={() => setSecret(null)} />}
      <CreateToken
        accounts={accounts.data?.map((a) => ({ id: a.id, name: a.name })) ?? []}
        defaultAccount={session.token.accountId}
        onCreated={(name, token) => {
          setSecret({ name, token })
          tokens.reload()
        }}
      />
      <Panel title="Issued tokens">
        <div className="filters">
          <Field label="Search">
            <input
              type="search"
              placeholder="name, hint, account or id"
              value={search}
              onChange={(e) => setSearch(e.target.value)}
            />
          </Field>
          <Field label="Status">
            <select value={status} onChange={(e) => setStatus(e.target.value as Status | 'all')}>
              <option value="active">active</option>
              <option value="revoked">revoked</option>
              <option value="expired">expired</option>
              <option value="all">all</option>
            </select>
          </Field>
          <Field label="Scope">
            <select value={scope} onChange={(e) => setScope(e.target.value as Scope | 'any')}>
              <option value="any">any</option>
              {SCOPES.map((s) => (
                <option key={s}>{s}</option>
              ))}
            </select>
          </Field>
        </div>
        <ErrorNote error={tokens.error} />
        {tokens.data && shown.length === 0 ? (
          <Empty title={tokens.data.length ? 'No token matches these filters.' : 'No tokens yet.'}>
            Issue one above: give it a name, the scopes it needs (chat for model calls) and the models it may use.
          </Empty>
        ) : (
          <Table columns={['Name', 'Account', 'Scopes', 'Models', 'Last used', 'Expires', 'Status', '']}>
            {shown.map((t) => (
              <TokenRow
                key={t.id}
                token={t}
                own={t.id === session.token.id}
                onChanged={tokens.reload}
                onRotated={(token) => setSecret({ name: t.name, token })}
              />
            ))}
          </Table>
        )}
      </Panel>
    </>
  )
}

function TokenRow({
  token: t,
  own,
  onChanged,
  onRotated,
}: {
  token: Token
  own: boolean
  onChanged: () => void
  onRotated: (token: string) => void
}) {
  const [confirm, setConfirm] = useState<'revoke' | 'rotate' | null>(null)
  const action = useAction()
  const status = statusOf(t)
  return (
    <tr data-token={t.name}>
      <td>
        <strong>{t.name}</strong>
        <div className="muted mono">{t.hint}…</div>
      </td>
      <td>{t.account.name}</td>
      <td>{t.scopes.join(', ')}</td>
      <td className="mono">{t.models.join(', ')}</td>
      <td>{when(t.lastUsedAt)}</td>
      <td>{t.expiresAt ? when(t.expiresAt) : 'never'}</td>
      <td>
        <span className={`badge ${status}`}>{status}</span>
      </td>
      <td className="actions">
        {status === 'active' &&
          (confirm ? (
            <>
              <button
                type="button"
                className={confirm === 'revoke' ? 'danger' : undefined}
                disabled={action.busy}
                onClick={() =>
                  action.run(async () => {
                    if (confirm === 'revoke') await call(revokeToken({ path: { id: t.id } }))
                    else onRotated((await call(rotateToken({ path: { id: t.id } }))).token)
                    setConfirm(null)
                    onChanged()
                  })
                }
              >
                Confirm {confirm}
                {own ? ' (ends this session)' : ''}
              </button>
              <button type="button" className="secondary" onClick={() => setConfirm(null)}>
                Cancel
              </button>
            </>
          ) : (
            <>
              <button type="button" className="secondary" onClick={() => setConfirm('rotate')}>
                Rotate
              </button>
              <button type="button" className="secondary danger" onClick={() => setConfirm('revoke')}>
                Revoke
              </button>
            </>
          ))}
        <ErrorNote error={action.error} />
      </td>
    </tr>
  )
}

function CreateToken({
  accounts,
  defaultAccount,
  onCreated,
}: {
  accounts: { id: string; name: string }[]
  defaultAccount: string
  onCreated: (name: string, token: string) => void
}) {
  const [name, setName] = useState('')
  const [account, setAccount] = useState('')
  const [scopes, setScopes] = useState<Scope[]>(['chat', 'models'])
  const [models, setModels] = useState('*')
  const [expires, setExpires] = useState('')
  return (
    <Panel title="Issue a token">
      <Form
        submit="Issue token"
        disabled={scopes.length === 0}
        onSubmit={async () => {
          const created = await call(
            createToken({
              body: {
                name: name.trim(),
                scopes,
                models: models
                  .split(/[\s,]+/)
                  .map((m) => m.trim())
                  .filter(Boolean),
                expiresAt: expires ? new Date(`${expires}T23:59:59`).toISOString() : null,
                account: account || defaultAccount,
              },
            }),
          )
          onCreated(created.name, created.token)
          setName('')
        }}
      >
        <Field label="Name">
          <input name="name" required maxLength={100} value={name} onChange={(e) => setName(e.target.value)} />
        </Field>
        <Field label="Account">
          <select name="account" value={account || defaultAccount} onChange={(e) => setAccount(e.target.value)}>
            {accounts.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
            {accounts.length === 0 && <option value={defaultAccount}>this token's account</option>}
          </select>
        </Field>
        <Field label="Models" hint='"*" for all, "openai/*" for a provider, or exact ids; separate with commas'>
          <input name="models" required value={models} onChange={(e) => setModels(e.target.value)} />
        </Field>
        <Field label="Expires" hint="Leave empty for a token that never expires">
          <input name="expires" type="date" value={expires} onChange={(e) => setExpires(e.target.value)} />
        </Field>
        <fieldset className="scopes">
          <legend>Scopes</legend>
          {SCOPES.map((s) => (
            <label key={s} className="check">
              <input
                type="checkbox"
                name={`scope-${s}`}
                checked={scopes.includes(s)}
                onChange={(e) => setScopes(e.target.checked ? [...scopes, s] : scopes.filter((x) => x !== s))}
              />
              {s}
            </label>
          ))}
        </fieldset>
      </Form>
    </Panel>
  )
}
