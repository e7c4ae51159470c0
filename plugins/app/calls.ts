// Upstream calls in flight. Each gets an AbortSignal that fires when the client goes away, so the upstream
// request is cancelled (and billed for what was delivered); at shutdown, calls still running after the grace
// period are aborted the same way, so the server can close and flush usage.
import type { FastifyReply } from 'fastify'
import fp from 'fastify-plugin'

declare module 'fastify' {
  interface FastifyInstance {
    calls: { signal(reply: FastifyReply): AbortSignal; inFlight(): number }
  }
}

export default fp(
  async (app) => {
    const active = new Set<AbortController>()

    function signal(reply: FastifyReply): AbortSignal {
      const controller = new AbortController()
      active.add(controller)
      reply.raw.once('close', () => {
        active.delete(controller)
        // 'close' after a complete response is normal; before it, the client went away.
        if (!reply.raw.writableFinished) controller.abort(new Error('client disconnected'))
      })
      return controller.signal
    }

    let deadline: NodeJS.Timeout | null = null
    let sweeper: NodeJS.Timeout | null = null
    app.addHook('preClose', async () => {
      deadline = setTimeout(() => {
        for (const controller of active) controller.abort(new Error('server shutting down'))
      }, app.config.SHUTDOWN_GRACE_MS)
      deadline.unref()
      // Node closes idle keep-alive connections once, when closing starts; a connection whose response ends
      // later would otherwise hold the server open until its keep-alive timeout.
      sweeper = setInterval(() => app.server.closeIdleConnections(), 50)
      sweeper.unref()
    })
    app.addHook('onClose', async () => {
      if (deadline) clearTimeout(deadline)
      if (sweeper) clearInterval(sweeper)
    })

    app.decorate('calls', { signal, inFlight: () => active.size })
  },
  { name: 'calls', dependencies: ['config'] },
)
