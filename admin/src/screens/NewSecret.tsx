// A token's plaintext, shown once (after create or rotate), with the first calls to make with it.
import { useState } from 'react'
import { snippetsFor } from '../snippets.ts'
import { CopyButton } from '../ui.tsx'

export function NewSecret({
  name,
  token,
  model,
  onDone,
}: {
  name: string
  token: string
  model: string
  onDone: () => void
}) {
  const snippets = snippetsFor(token, model)
  const [tab, setTab] = useState(0)
  return (
    <section className="panel secret" aria-label="New token">
      <h2>Token “{name}” — copy it now</h2>
      <p>Hub keeps only a hash: this is the one time the token is shown.</p>
      <div className="copy-row">
        <code data-testid="token-plaintext">{token}</code>
        <CopyButton text={token} />
      </div>
      <div role="tablist" className="tabs">
        {snippets.map((s, i) => (
          <button
            key={s.label}
            type="button"
            role="tab"
            aria-selected={i === tab}
            className={i === tab ? 'tab active' : 'tab'}
            onClick={() => setTab(i)}
          >
            {s.label}
          </button>
        ))}
      </div>
      <pre className="snippet">{snippets[tab].code}</pre>
      <div className="row">
        <CopyButton text={snippets[tab].code} label={`Copy ${snippets[tab].label}`} />
        <button type="button" onClick={onDone}>
          Done
        </button>
      </div>
    </section>
  )
}
