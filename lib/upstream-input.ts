// Checks on what an operator stores for a provider that will end up in an upstream request: a key is sent in an
// HTTP header, a base URL is where requests go. Refused when stored, rather than failing every call later.

/** Why `value` cannot be sent in an HTTP header as a credential, or null. Never echoes the value. */
export function headerValueProblem(field: string, value: string): string | null {
  const bad = /[^\x21-\x7E]/.exec(value)
  if (!bad) return null
  const code = (bad[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')
  const hint = bad[0] === '…' ? ' (is it still a placeholder?)' : ''
  return (
    `${field} contains U+${code} at character ${bad.index + 1}${hint}: it is sent in an HTTP header, ` +
    'so it must be printable ASCII without spaces or line breaks'
  )
}

/** Why `url` cannot be a provider's base URL, or null. */
export function baseUrlProblem(url: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return 'baseUrl is not a valid URL'
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'baseUrl must be an http:// or https:// URL'
  if (!parsed.hostname) return 'baseUrl has no host'
  // Shown in the admin API and logs: a password in it would be a credential in plain sight.
  if (parsed.username || parsed.password) return 'baseUrl must not hold a user or password: add a credential instead'
  if (parsed.search || parsed.hash || url.includes('?') || url.includes('#')) {
    return 'baseUrl must not have a query or fragment: paths such as /chat/completions are appended to it'
  }
  return null
}
