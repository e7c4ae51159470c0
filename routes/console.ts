// The admin console (admin/, built by Vite into dist/admin at install): static files under /admin, with the
// single-page app's index.html for every other /admin path, and / sent there. Hashed assets are cached for good;
// index.html is revalidated each time so a new build is picked up at once.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import fastifyStatic from '@fastify/static'
import type { FastifyPluginAsync, FastifyReply } from 'fastify'
import { HubError } from '../lib/errors.ts'

// From the sources (tests, `npm run dev`) the build is in dist/admin; from dist/ it sits next to routes/.
const ROOT = join(import.meta.dirname, import.meta.filename.endsWith('.ts') ? '../dist/admin' : '../admin')

/** The page's policy: only Hub's own scripts, styles and API; never framed (clickjacking). */
export const CONSOLE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

const YEAR_MS = 365 * 86_400_000
const hidden = { schema: { hide: true }, config: { public: true } }

const consoleRoutes: FastifyPluginAsync = async (app) => {
  await app.register(fastifyStatic, { root: ROOT, serve: false })

  const page = (reply: FastifyReply) => {
    if (!existsSync(join(ROOT, 'index.html'))) {
      throw new HubError('unavailable', 'The admin console is not built: run `npm run build`')
    }
    return reply
      .header('content-security-policy', CONSOLE_CSP)
      .header('x-frame-options', 'DENY')
      .header('x-content-type-options', 'nosniff')
      .header('referrer-policy', 'no-referrer')
      .header('cache-control', 'no-cache')
      .sendFile('index.html', ROOT, { cacheControl: false })
  }

  app.get('/', hidden, async (_request, reply) => reply.redirect('/admin/', 302))
  app.get('/admin', hidden, async (_request, reply) => reply.redirect('/admin/', 301))
  app.get('/admin/', hidden, async (_request, reply) => page(reply))
  // Client-side routes (/admin/tokens, /admin/usage…): the app reads the path itself.
  app.get('/admin/*', hidden, async (_request, reply) => page(reply))
  // Vite names every asset after its content hash: a changed file is a new URL.
  app.get('/admin/assets/*', hidden, async (request, reply) => {
    const file = (request.params as { '*': string })['*']
    return reply
      .header('x-content-type-options', 'nosniff')
      .sendFile(file, join(ROOT, 'assets'), { maxAge: YEAR_MS, immutable: true })
  })
}

export default consoleRoutes
