// What a connection check found, for one key: in its row ("Last check"), and, for a key just added, in words: the
// check the API ran as it saved the key (POST …/credentials answers with it), not a second call.
import type { CreatedCredential, CredentialCheck } from '@hub/api/types.gen.ts'

/** Unreachable or too slow: the key itself may be fine, so it was saved enabled. */
const UNREACHABLE = new Set(['upstream_unreachable', 'upstream_timeout'])
/** The provider's message, without its own final full stop (the sentence here goes on). */
const reason = (result: CredentialCheck) => (result.message ?? result.code).replace(/\.\s*$/, '')

export function CheckOf({ result }: { result: CredentialCheck | undefined }) {
  if (!result) return <span className="muted">—</span>
  if (result.ok) return <span className="ok">OK · {result.ms} ms</span>
  return (
    <span className="bad">
      {result.status} {result.code}
      {result.message && `: ${result.message}`}
    </span>
  )
}

/** The check made as a key was saved: which model answered, why the provider refused it, or that it was unreachable. */
export function AddedKeyCheck({
  name,
  provider,
  created,
}: {
  name: string
  provider: string
  created: CreatedCredential
}) {
  const { check } = created
  if (!check) {
    return (
      <p className="muted" role="status" data-testid="added-key-check">
        Key “{name}” saved, not checked: {provider} has no enabled chat model to check it with yet.
      </p>
    )
  }
  const { model, result } = check
  if (result.ok) {
    return (
      <p className="ok" role="status" data-testid="added-key-check">
        Key “{name}” works: {model} answered in {result.ms} ms.
      </p>
    )
  }
  if (result.code === 'upstream_auth_failed') {
    return (
      <p className="bad" role="status" data-testid="added-key-check">
        {provider} refused key “{name}” ({model}): {reason(result)}. It was saved disabled; fix it at the provider, then
        enable it here.
      </p>
    )
  }
  if (UNREACHABLE.has(result.code)) {
    return (
      <p className="warn" role="status" data-testid="added-key-check">
        Key “{name}” saved, but {provider} could not be reached to check it: {reason(result)}. It is enabled: the next
        call, or “Check connection”, tries it again.
      </p>
    )
  }
  return (
    <p className="warn" role="status" data-testid="added-key-check">
      Key “{name}” saved; checking it with {model} failed: {result.status} {result.code}: {reason(result)}.
    </p>
  )
}
