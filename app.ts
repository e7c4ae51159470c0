// Hub as a Fastify plugin: third-party plugins, then our own (ordered by their dependencies), then routes,
// where a folder path is a URL prefix. No logic of its own.
import type { Server } from 'node:http'
import { join } from 'node:path'
import AutoLoad from '@fastify/autoload'
import { type FastifyHttpOptions, type FastifyInstance, type FastifyRequest, LogController } from 'fastify'
import fp from 'fastify-plugin'
import type { Config } from './lib/config.ts'
import type { OpenedDatabase } from './lib/db/open.ts'
import { HubError } from './lib/errors.ts'
import { redactLoggedHeaders } from './lib/log-headers.ts'
import { requestIdGenerator } from './lib/request-id.ts'
import { loggableUrl } from './lib/url-credentials.ts'
import { sendError } from './plugins/app/errors.ts'
import { validatorFactory } from './plugins/validators.ts'

export interface AppOptions {
  /** Overrides of the environment's configuration (tests pass their values here). */
  config?: Partial<Config>
  /** An already opened database; the caller closes it. */
  database?: OpenedDatabase
}

// Hub runs either as built JavaScript (dist/, `npm start`) or as its TypeScript sources through tsx (tests,
// development). Autoload loads only the scripts of the form running: never a .d.ts, a .map or a stale
// neighbour. It loads .ts only when it recognises a TypeScript runtime, which tsx loaded with --import not always is.
const fromSources = import.meta.filename.endsWith('.ts')
if (fromSources) process.env.FASTIFY_AUTOLOAD_TYPESCRIPT ??= '1'
const scriptPattern = fromSources ? /(?<!\.d)\.ts$/ : /\.js$/

async function hub(fastify: FastifyInstance, opts: AppOptions) {
  const dir = import.meta.dirname
  const load = { scriptPattern, options: opts }
  await fastify.register(AutoLoad, { dir: join(dir, 'plugins/external'), ...load })
  await fastify.register(AutoLoad, { dir: join(dir, 'plugins/app'), ...load })
  await fastify.register(AutoLoad, { dir: join(dir, 'routes'), autoHooks: true, cascadeHooks: true, ...load })
}

// Not encapsulated: the server (and tests) see the decorators (app.tokens, app.db…).
export default fp(hub, { name: 'hub' })

export function serverOptions(config: Config): FastifyHttpOptions<Server> {
  return {
    logger: {
      level: config.LOG_LEVEL,
      // Any logged headers object: the request's, and the ones plugins log (@fastify/multipart at trace).
      formatters: { log: redactLoggedHeaders },
      // Fastify's own request serializer, with a URL that holds no query value (a token could be one).
      serializers: {
        req: (req: FastifyRequest) => ({
          method: req.method,
          url: loggableUrl(req.url),
          host: req.host,
          remoteAddress: req.ip,
          remotePort: req.socket?.remotePort,
        }),
      },
    },
    // One line per request instead of two, and none for probes: plugins/app/request-log.ts.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: config.BODY_LIMIT,
    requestTimeout: config.REQUEST_TIMEOUT_MS,
    // Given to Node at construction: set later (as Fastify does) they leave the 60 s headersTimeout above them
    // and checks every 30 s, so a stalled client could be held far longer than REQUEST_TIMEOUT_MS.
    http: nodeTimeouts(config.REQUEST_TIMEOUT_MS),
    trustProxy: config.TRUST_PROXY,
    // An x-request-id from the proxy in front is kept only when that proxy is trusted (lib/request-id.ts).
    genReqId: requestIdGenerator(config.TRUST_PROXY),
    // Opening the database runs pending migrations, which on a busy machine or a large table take longer than
    // Fastify's 10 s plugin default.
    pluginTimeout: 120_000,
    schemaController: { compilersFactory: { buildValidator: validatorFactory() } },
    // The router's own refusals (a path that is not valid percent-encoded UTF-8) in the surface's envelope: a path
    // that names nothing well formed is a 404, as an unknown id is.
    frameworkErrors: (err, request, reply) =>
      sendError(
        err.code === 'FST_ERR_BAD_URL'
          ? new HubError('not_found', `Nothing exists at this path (${err.message})`)
          : new HubError('validation_error', err.message),
        request,
        reply,
      ),
  }
}

function nodeTimeouts(requestTimeout: number) {
  if (requestTimeout <= 0) return {}
  return {
    requestTimeout,
    headersTimeout: Math.min(60_000, requestTimeout),
    connectionsCheckingInterval: Math.max(50, Math.min(1_000, Math.floor(requestTimeout / 4))),
  }
}
