// Takes known secrets out of text that came from elsewhere (a provider's error message). Patterns catch keys
// that look like keys; this catches the ones that do not (an AWS secret key, a self-hosted server's short key),
// and pieces of them: any run of at least MIN_RUN characters found in a secret, or a shorter secret whole.

export const REDACTED = '[redacted]'
const MIN_RUN = 8

export type Redact = (text: string) => string

export function secretRedactor(secrets: readonly string[]): Redact {
  const whole = secrets.filter((s) => s.length > 0 && s.length < MIN_RUN)
  // Every MIN_RUN-character window of every secret: a longer shared run is a chain of such windows.
  const windows = new Set<string>()
  for (const secret of secrets) {
    for (let i = 0; i + MIN_RUN <= secret.length; i++) windows.add(secret.slice(i, i + MIN_RUN))
  }
  return (text) => {
    let out = text
    for (const secret of whole) out = out.split(secret).join(REDACTED)
    return windows.size ? hideWindows(out, windows) : out
  }
}

function hideWindows(text: string, windows: Set<string>): string {
  let hidden: Uint8Array | null = null
  for (let i = 0; i + MIN_RUN <= text.length; i++) {
    if (!windows.has(text.slice(i, i + MIN_RUN))) continue
    hidden ??= new Uint8Array(text.length)
    hidden.fill(1, i, i + MIN_RUN)
  }
  if (!hidden) return text
  let out = ''
  for (let i = 0; i < text.length; i++) {
    if (!hidden[i]) out += text[i]
    else if (i === 0 || !hidden[i - 1]) out += REDACTED
  }
  return out
}
