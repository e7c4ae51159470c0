// Collects garbage when the server has gone idle after work (lib/idle-gc.ts), and once after the start.
import fp from 'fastify-plugin'
import { fullCollection, idleCollector } from '../../lib/idle-gc.ts'

export default fp(
  async (app) => {
    const idleMs = app.config.IDLE_GC_MS
    if (idleMs === 0) return
    const collector = idleCollector(idleMs)
    // Callback style: no promise per request on the hot path.
    app.addHook('onRequest', (_request, _reply, done) => {
      collector.busy()
      done()
    })
    // What the start left behind (schemas compiled, migrations read) is garbage from here on.
    app.addHook('onReady', async () => {
      setImmediate(fullCollection())
    })
    app.addHook('onClose', async () => collector.stop())
  },
  { name: 'idle-gc', dependencies: ['config'] },
)
