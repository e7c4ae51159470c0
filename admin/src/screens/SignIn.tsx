import { useState } from 'react'
import { ErrorNote, Field, useAction } from '../ui.tsx'

export function SignIn({ onSignIn, notice }: { onSignIn: (token: string) => Promise<void>; notice: string | null }) {
  const [token, setToken] = useState('')
  const action = useAction()
  return (
    <main className="signin">
      <form
        className="panel"
        onSubmit={(event) => {
          event.preventDefault()
          // The token leaves the page's memory once Hub has answered: it is never stored in the browser.
          void action.run(async () => {
            await onSignIn(token.trim())
            setToken('')
          })
        }}
      >
        <h1>Hub console</h1>
        {notice && <p className="notice">{notice}</p>}
        <Field
          label="Admin token"
          hint="Hub exchanges it for a session cookie; the token itself is not kept in this browser. The first admin token is printed when Hub starts on an empty database (or: hub tokens create --scopes admin)."
        >
          <input
            name="token"
            type="password"
            autoComplete="off"
            spellCheck={false}
            placeholder="hub_…"
            required
            value={token}
            onChange={(event) => setToken(event.target.value)}
          />
        </Field>
        <ErrorNote error={action.error} />
        <button type="submit" disabled={action.busy}>
          {action.busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  )
}
