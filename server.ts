// Starts Hub: configuration, Fastify, graceful shutdown, listen. Nothing else.
import closeWithGrace from 'close-with-grace'
import Fastify from 'fastify'
import pino from 'pino'
import app, { serverOptions } from './app.ts'
import { bootstrapAdmin, bootstrapMessage } from './lib/bootstrap.ts'
import { ConfigError, loadConfig } from './lib/config.ts'
import { DatabaseLockedError } from './lib/db/lock.ts'
import { MissingSecretError } from './lib/secret.ts'

// What an operator can fix (a setting, a database held by another process) is one line, not a stack trace.
function refuse(err: unknown): never {
  if (!(err instanceof ConfigError || err instanceof DatabaseLockedError || err instanceof MissingSecretError))
    throw err
  process.stderr.write(`hub: ${err.message}\n`)
  process.exit(1)
}

const config = (() => {
  try {
    return loadConfig()
  } catch (err) {
    refuse(err)
  }
})()
const options = serverOptions(config)
// Log lines are written by the event loop, several to a write under load, instead of one blocking write(2) per
// line (a tenth of a proxied call's CPU at info level). pino flushes what is pending when the process exits.
options.logger = { ...(options.logger as object), stream: pino.destination({ dest: 1, sync: false }) }
const server = Fastify(options)

try {
  await server.register(app, {})
  await server.ready()
} catch (err) {
  refuse(err)
}

closeWithGrace({ delay: config.SHUTDOWN_GRACE_MS + 5_000 }, async ({ signal, err }) => {
  if (err) server.log.error({ err }, 'shutting down after an error')
  else server.log.info({ signal }, 'shutting down: finishing in-flight requests')
  await server.close()
})

const token = config.BOOTSTRAP_ADMIN ? await bootstrapAdmin(server.db, server.accounts, server.tokens) : null
const address = await server.listen({ host: config.HOST, port: config.PORT })
// Printed, not logged: the token must not end up in log files.
if (token) process.stdout.write(bootstrapMessage(token, address))
