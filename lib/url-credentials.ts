// Credentials in a URL end up in access logs, proxy logs and browser history (RFC 6750 §2.3: SHOULD NOT be
// used). Hub refuses them and never logs a query string's values.

// Parameter names that carry a credential in the wild (OAuth, Gemini's ?key=, API gateways); compared after
// lowercasing and turning "-" into "_".
const CREDENTIAL_NAMES = new Set([
  'access_token',
  'api_key',
  'apikey',
  'key',
  'token',
  'auth',
  'authorization',
  'bearer',
  'password',
  'secret',
  'client_secret',
  'x_api_key',
  'id_token',
  'refresh_token',
])
// `?token=<id>` on the admin usage query names a token by its id, which is no secret.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const HUB_TOKEN = /hub_[0-9A-Za-z]{20,}/g

/** The name of the first query parameter that holds a credential, or null. */
export function credentialInQuery(url: string): string | null {
  const start = url.indexOf('?')
  if (start < 0) return null
  for (const [name, value] of new URLSearchParams(url.slice(start + 1))) {
    const normalised = name.toLowerCase().replaceAll('-', '_')
    if (CREDENTIAL_NAMES.has(normalised) && !(normalised === 'token' && UUID.test(value))) return name
    if (value.match(HUB_TOKEN) || name.match(HUB_TOKEN)) return name
  }
  return null
}

/** The URL as logs may hold it: Hub tokens out of the path, every query value replaced. */
export function loggableUrl(url: string): string {
  const start = url.indexOf('?')
  const path = (start < 0 ? url : url.slice(0, start)).replace(HUB_TOKEN, 'hub_[redacted]')
  if (start < 0) return path
  const names = [...new URLSearchParams(url.slice(start + 1)).keys()].map((name) =>
    encodeURIComponent(name.replace(HUB_TOKEN, 'hub_[redacted]')),
  )
  return names.length ? `${path}?${names.map((name) => `${name}=…`).join('&')}` : path
}
