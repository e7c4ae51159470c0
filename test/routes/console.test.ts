// The admin console's files (dist/admin, built at install): / leads there, every /admin path answers the app with
// a strict Content-Security-Policy and revalidation, hashed assets are cached for good, a missing one is a 404.
import { readdirSync } from 'node:fs'
import t from 'tap'
import { build } from '../helpers/build.ts'

t.test('the console is served with its caching and security headers', async (t) => {
  const { app } = await build(t)
  const root = await app.inject({ url: '/' })
  t.equal(root.statusCode, 302)
  t.equal(root.headers.location, '/admin/')
  t.equal((await app.inject({ url: '/admin' })).headers.location, '/admin/')

  for (const url of ['/admin/', '/admin/tokens', '/admin/usage/anything']) {
    const page = await app.inject({ url })
    t.equal(page.statusCode, 200, url)
    t.match(page.headers['content-type'], /^text\/html/)
    t.equal(page.headers['cache-control'], 'no-cache', 'index.html is revalidated')
    const csp = String(page.headers['content-security-policy'])
    for (const directive of ["default-src 'self'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'"])
      t.ok(csp.includes(directive), `${url}: ${directive}`)
    t.notMatch(csp, /unsafe-inline|unsafe-eval/)
    t.equal(page.headers['x-frame-options'], 'DENY')
    t.match(page.body, /<script type="module" crossorigin src="\/admin\/assets\/[^"]+\.js">/)
    t.notMatch(page.body, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline script')
  }

  const asset = readdirSync(new URL('../../dist/admin/assets/', import.meta.url)).find((f) => f.endsWith('.js'))
  const js = await app.inject({ url: `/admin/assets/${asset}` })
  t.equal(js.statusCode, 200)
  t.match(js.headers['content-type'], /javascript/)
  t.equal(js.headers['cache-control'], 'public, max-age=31536000, immutable')

  const missing = await app.inject({ url: '/admin/assets/nope-123.js' })
  t.equal(missing.statusCode, 404, 'a missing asset is not answered with the app')
  t.equal((await app.inject({ url: '/admin/assets/../../package.json' })).statusCode, 404)
  t.notOk((await app.inject({ url: '/openapi.json' })).body.includes('/admin/assets'), 'not in the API document')
})
