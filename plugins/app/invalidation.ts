// On PostgreSQL, listen for other processes' writes (other replicas, the CLI) and evict what they changed.
// PGlite is single-process, so there is nobody else to hear from.
import fp from 'fastify-plugin'
import { listenForInvalidations } from '../../lib/invalidation.ts'
import { credentialHealthPrefix } from '../../lib/routing/candidates.ts'

export default fp(
  async (app) => {
    const url = app.config.DATABASE_URL
    if (!url || app.database.kind !== 'postgres') return
    const listener = listenForInvalidations(
      url,
      (event) => {
        if (event.kind === 'token') app.tokens.evict(event.hash)
        if (event.kind === 'account') app.tokens.evictAccount(event.id)
        if (event.kind === 'cooldown') app.upstreams.health.adopt(event.key, event.until)
        if (event.kind === 'rekeyed') app.upstreams.health.forget(credentialHealthPrefix(event.credentialId))
        if (event.kind === 'all') app.tokens.evict()
        if (event.kind === 'registry' || event.kind === 'all') {
          app.providers.reload().catch((err) => app.log.error({ err }, 'reloading providers failed'))
        }
      },
      app.log,
    )
    await listener.ready
    app.addHook('onClose', () => listener.close())
  },
  { name: 'invalidation', dependencies: ['config', 'db', 'tokens', 'providers', 'routing'] },
)
