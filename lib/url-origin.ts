// A provider URL split as undici's dispatch takes it: the origin ("https://api.openai.com") and the path with its
// query ("/v1/chat/completions"). Parsing a whole URL per call cost more than the rest of building the request;
// a provider's URLs share a handful of prefixes (scheme and authority), so each prefix is parsed once.
const origins = new Map<string, string>()
const MAX_ORIGINS = 1000

export function splitUrl(url: string): { origin: string; path: string } {
  const schemeEnd = url.indexOf('//')
  const pathStart = schemeEnd === -1 ? -1 : url.indexOf('/', schemeEnd + 2)
  const prefix = pathStart === -1 ? url : url.slice(0, pathStart)
  // A query or fragment straight after the authority: left to the URL parser, uncached.
  if (pathStart === -1 || prefix.includes('?') || prefix.includes('#')) {
    const parsed = new URL(url)
    return { origin: parsed.origin, path: `${parsed.pathname}${parsed.search}` }
  }
  let origin = origins.get(prefix)
  if (origin === undefined) {
    // Normalised as the URL parser does it (case, default port).
    origin = new URL(prefix).origin
    if (origins.size >= MAX_ORIGINS) origins.clear()
    origins.set(prefix, origin)
  }
  return { origin, path: url.slice(pathStart) }
}
