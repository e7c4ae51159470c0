// Decorates the app with its configuration and the keys derived from the root secret.
import fp from 'fastify-plugin'
import { type Config, loadConfig } from '../../lib/config.ts'
import { type DerivedKeys, deriveKeys, resolveSecret } from '../../lib/secret.ts'

export interface ConfigPluginOptions {
  config?: Partial<Config>
}

declare module 'fastify' {
  interface FastifyInstance {
    config: Config
    keys: DerivedKeys
  }
}

export default fp<ConfigPluginOptions>(
  async (app, opts) => {
    const config = loadConfig(opts.config)
    app.decorate('config', config)
    const secret = resolveSecret({
      secret: config.HUB_SECRET,
      dataDir: config.HUB_DATA_DIR,
      databaseUrl: config.DATABASE_URL,
    })
    app.decorate('keys', deriveKeys(secret))
  },
  { name: 'config' },
)
