import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { actorOf } from '../../../../plugins/app/audit.ts'
import { AuditPage, AuditQuery } from '../../../../schemas/audit.ts'
import { ref } from '../../../../schemas/ref.ts'

const audit: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/',
    {
      config: { scope: 'admin' },
      schema: {
        operationId: 'listAuditEvents',
        tags: ['admin: audit'],
        summary:
          'Full admins: every admin write (API and CLI), newest first: who, what, when, the target before and after',
        querystring: AuditQuery,
        response: { 200: ref(AuditPage) },
      },
    },
    async (request) => app.audit.list(request.query, actorOf(request)),
  )
}

export default audit
