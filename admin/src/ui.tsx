// Small building blocks shared by the screens: loading data, errors in the API's words, empty states, copying.
import { type ReactNode, useCallback, useEffect, useState } from 'react'
import { messageOf } from './api.ts'
import { hrefOf, navigate } from './router.ts'

export interface Loaded<T> {
  data: T | undefined
  error: string | null
  loading: boolean
  reload: () => void
}

/** Runs `load` now and whenever `deps` change or `reload` is called. */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[] = []): Loaded<T> {
  const [data, setData] = useState<T>()
  const [error, setError] = useState<string | null>(null)
  const [loading, setLoading] = useState(true)
  const [tick, setTick] = useState(0)
  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller names what the load depends on
  useEffect(() => {
    let live = true
    setLoading(true)
    load()
      .then((value) => {
        if (!live) return
        setData(value)
        setError(null)
      })
      .catch((err) => live && setError(messageOf(err)))
      .finally(() => live && setLoading(false))
    return () => {
      live = false
    }
  }, [...deps, tick])
  const reload = useCallback(() => setTick((n) => n + 1), [])
  return { data, error, loading, reload }
}

/** A form action: busy while it runs, its error shown until the next try. */
export function useAction() {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const run = async (action: () => Promise<void>) => {
    setBusy(true)
    setError(null)
    try {
      await action()
    } catch (err) {
      setError(messageOf(err))
    } finally {
      setBusy(false)
    }
  }
  return { busy, error, run, setError }
}

export function ErrorNote({ error }: { error: string | null | undefined }) {
  if (!error) return null
  return (
    <p className="error" role="alert">
      {error}
    </p>
  )
}

export function Empty({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="empty">
      <strong>{title}</strong>
      {children && <div>{children}</div>}
    </div>
  )
}

export function Link({ to, children, className }: { to: string; children: ReactNode; className?: string }) {
  return (
    <a
      href={hrefOf(to)}
      className={className}
      onClick={(event) => {
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return
        event.preventDefault()
        navigate(to)
      }}
    >
      {children}
    </a>
  )
}

export function CopyButton({ text, label = 'Copy' }: { text: string; label?: string }) {
  const [copied, setCopied] = useState(false)
  return (
    <button
      type="button"
      className="secondary"
      onClick={async () => {
        try {
          await navigator.clipboard.writeText(text)
          setCopied(true)
          setTimeout(() => setCopied(false), 2000)
        } catch {
          // No clipboard (an http origin other than localhost): the text is selectable next to the button.
          setCopied(false)
        }
      }}
    >
      {copied ? 'Copied' : label}
    </button>
  )
}

export function Field({ label, children, hint }: { label: string; children: ReactNode; hint?: string }) {
  return (
    // biome-ignore lint/a11y/noLabelWithoutControl: the control is the child passed in
    <label className="field">
      <span>{label}</span>
      {children}
      {hint && <small>{hint}</small>}
    </label>
  )
}

export function Panel({ title, children, actions }: { title: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <section className="panel" aria-label={title}>
      <header>
        <h2>{title}</h2>
        {actions}
      </header>
      {children}
    </section>
  )
}

export const when = (iso: string | null | undefined) => (iso ? new Date(iso).toLocaleString() : '—')

/** USD with enough decimals to show a micro-dollar call. */
export function usd(value: string | number): string {
  const n = Number(value)
  if (n === 0) return '$0'
  if (Math.abs(n) >= 1) return `$${n.toFixed(2)}`
  return `$${n.toPrecision(3).replace(/0+$/, '')}`
}

/** A column: its heading, right-aligned when numeric; an empty heading names the actions column for readers. */
export type Column = string | { label: string; num?: boolean }

export function Table({ columns, children }: { columns: Column[]; children: ReactNode }) {
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            {columns.map((c) => {
              const { label, num } = typeof c === 'string' ? { label: c, num: false } : c
              return (
                <th key={label || 'actions'} className={num ? 'num' : undefined}>
                  {label || <span className="sr-only">Actions</span>}
                </th>
              )
            })}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  )
}

/** A form of fields and one submit button: the action runs on submit, busy meanwhile, its error shown below. */
export function Form({
  submit,
  onSubmit,
  disabled = false,
  children,
}: {
  submit: string
  onSubmit: () => Promise<void>
  disabled?: boolean
  children: ReactNode
}) {
  const action = useAction()
  return (
    <form
      className="grid-form"
      onSubmit={(event) => {
        event.preventDefault()
        void action.run(onSubmit)
      }}
    >
      {children}
      <ErrorNote error={action.error} />
      <div className="row">
        <button type="submit" disabled={action.busy || disabled}>
          {submit}
        </button>
      </div>
    </form>
  )
}

/** One value edited in place (a weight, a list of aliases): Save appears enabled once it differs, errors below. */
export function InlineSave({
  label,
  value,
  onSave,
  type = 'text',
  min,
  max,
  placeholder,
}: {
  label: string
  value: string
  onSave: (value: string) => Promise<void>
  type?: 'text' | 'number'
  min?: number
  max?: number
  placeholder?: string
}) {
  const [draft, setDraft] = useState(value)
  const action = useAction()
  // A reload brought a new saved value: show it, not the stale draft.
  useEffect(() => setDraft(value), [value])
  return (
    <form
      className="inline-save"
      onSubmit={(event) => {
        event.preventDefault()
        void action.run(() => onSave(draft))
      }}
    >
      <input
        aria-label={label}
        type={type}
        min={min}
        max={max}
        placeholder={placeholder}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
      />
      <button
        type="submit"
        className="secondary"
        aria-label={`Save ${label}`}
        disabled={action.busy || draft === value}
      >
        Save
      </button>
      <ErrorNote error={action.error} />
    </form>
  )
}

/** A catalogue row's last two cells: its enabled switch and its delete button, each run as the screen's action. */
export function EnabledAndDeleteCells({
  label,
  enabled,
  run,
  onEnabled,
  onDelete,
}: {
  label: string
  enabled: boolean
  run: (action: () => Promise<void>) => Promise<void>
  onEnabled: (enabled: boolean) => Promise<void>
  onDelete: () => Promise<void>
}) {
  return (
    <>
      <td>
        <input
          type="checkbox"
          aria-label={`${label} enabled`}
          checked={enabled}
          onChange={(e) => run(() => onEnabled(e.target.checked))}
        />
      </td>
      <td>
        <button type="button" className="secondary danger" onClick={() => run(onDelete)}>
          Delete
        </button>
      </td>
    </>
  )
}
