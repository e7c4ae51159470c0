// The console's shell: the session (sign-in, sign-out, its end), the navigation and the screen for the path.
import { createSession, deleteSession, getSession } from '@hub/api/sdk.gen.ts'
import type { Session } from '@hub/api/types.gen.ts'
import { lazy, Suspense, useEffect, useState } from 'react'
import { call, SESSION_ENDED, setCsrfToken } from './api.ts'
import { navigate, usePath } from './router.ts'
import { AccountsScreen } from './screens/Accounts.tsx'
import { AuditScreen } from './screens/Audit.tsx'
import { DeploymentsScreen } from './screens/Deployments.tsx'
import { ModelsScreen } from './screens/Models.tsx'
import { ProvidersScreen } from './screens/Providers.tsx'
import { SignIn } from './screens/SignIn.tsx'
import { Start } from './screens/Start.tsx'
import { TokensScreen } from './screens/Tokens.tsx'
import { Link } from './ui.tsx'

// The charts (recharts) are most of the bundle: loaded with the usage screen, not before sign-in.
const UsageScreen = lazy(() => import('./screens/Usage.tsx').then((m) => ({ default: m.UsageScreen })))

const SCREENS = [
  { path: '/', label: 'Get started', Screen: Start },
  { path: '/tokens', label: 'Tokens', Screen: TokensScreen },
  { path: '/providers', label: 'Providers', Screen: ProvidersScreen },
  { path: '/models', label: 'Models', Screen: ModelsScreen },
  { path: '/deployments', label: 'Deployments', Screen: DeploymentsScreen },
  { path: '/usage', label: 'Usage & cost', Screen: UsageScreen },
  { path: '/accounts', label: 'Accounts', Screen: AccountsScreen },
  { path: '/audit', label: 'Audit log', Screen: AuditScreen },
]

export function App() {
  const [session, setSession] = useState<Session | null | undefined>(undefined)
  const [notice, setNotice] = useState<string | null>(null)
  const path = usePath()

  const signedIn = (value: Session | null) => {
    setCsrfToken(value?.csrfToken ?? null)
    setSession(value)
  }

  // biome-ignore lint/correctness/useExhaustiveDependencies: once, at start; signedIn only calls setters
  useEffect(() => {
    // A reload: the cookie may still hold a session; ask Hub (the cookie itself is unreadable here).
    call(getSession()).then(signedIn, () => signedIn(null))
    const ended = (event: Event) => {
      setNotice((event as CustomEvent<string>).detail)
      signedIn(null)
    }
    window.addEventListener(SESSION_ENDED, ended)
    return () => window.removeEventListener(SESSION_ENDED, ended)
  }, [])

  if (session === undefined) return <p className="loading">Loading…</p>
  if (session === null) {
    return (
      <SignIn
        notice={notice}
        onSignIn={async (token) => {
          signedIn(await call(createSession({ body: { token } })))
          setNotice(null)
        }}
      />
    )
  }

  const screen = SCREENS.find((s) => s.path === path) ?? SCREENS[0]
  return (
    <div className="shell">
      <nav className="nav" aria-label="Console">
        <div className="brand">Hub</div>
        <ul>
          {SCREENS.map((s) => (
            <li key={s.path}>
              <Link to={s.path} className={s === screen ? 'active' : undefined}>
                {s.label}
              </Link>
            </li>
          ))}
        </ul>
        <div className="who">
          <span title={`token ${session.token.hint}…`}>{session.token.name}</span>
          <button
            type="button"
            className="secondary"
            onClick={async () => {
              await deleteSession()
              signedIn(null)
              navigate('/')
            }}
          >
            Sign out
          </button>
        </div>
      </nav>
      <main className="main">
        <Suspense fallback={<p className="loading">Loading…</p>}>
          <screen.Screen session={session} />
        </Suspense>
      </main>
    </div>
  )
}
