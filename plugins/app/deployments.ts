// Writes to a model's deployments: the providers (upstream model, optionally a pinned credential) its calls can go
// to, with a weight and a priority group. Audited in the write's transaction; every write reloads the registry
// here and on the other servers, like the catalogue's.
import type { Static } from '@sinclair/typebox'
import fp from 'fastify-plugin'
import type { Actor } from '../../lib/audit/actor.ts'
import type { Db } from '../../lib/db/open.ts'
import { HubError } from '../../lib/errors.ts'
import { deploymentView } from '../../lib/views/deployments.ts'
import type { DeploymentCreateBody, DeploymentPatchBody } from '../../schemas/deployments.ts'
import type { AuditLog } from './audit.ts'

const withProvider = { provider: true } as const
const audited = (id: string, verb: string) => ({ action: `deployment.${verb}`, targetType: 'deployment', targetId: id })

export function createDeployments(db: Db, audit: AuditLog, opts: { changed: () => Promise<void> }) {
  async function find(id: string) {
    const row = await db.modelDeployment.findUnique({ where: { id }, include: withProvider })
    if (!row) throw new HubError('not_found', `Deployment ${id} does not exist`)
    return row
  }

  /** A pinned credential must be one of the deployment's provider's. */
  async function checkCredential(providerId: string, credentialId: string | null | undefined) {
    if (!credentialId) return
    const credential = await db.providerCredential.findFirst({ where: { id: credentialId, providerId } })
    if (!credential) {
      throw new HubError('validation_error', `Credential ${credentialId} is not one of the deployment's provider's`)
    }
  }

  async function create(body: Static<typeof DeploymentCreateBody>, actor: Actor) {
    const model = await db.model.findUnique({ where: { id: body.modelId } })
    if (!model) throw new HubError('validation_error', `Model "${body.modelId}" does not exist; create it first`)
    const provider = await db.provider.findUnique({ where: { name: body.provider } })
    if (!provider) throw new HubError('validation_error', `Provider "${body.provider}" does not exist`)
    await checkCredential(provider.id, body.credentialId)
    const { provider: _name, ...fields } = body
    const row = await audit.change(actor, async (tx) => {
      const row = await tx.modelDeployment.create({
        data: { ...fields, providerId: provider.id },
        include: withProvider,
      })
      return { result: row, audit: { ...audited(row.id, 'create'), after: deploymentView(row) } }
    })
    await opts.changed()
    return row
  }

  const list = (modelId?: string) =>
    db.modelDeployment.findMany({
      where: modelId ? { modelId } : {},
      include: withProvider,
      orderBy: [{ modelId: 'asc' }, { priority: 'asc' }, { createdAt: 'asc' }],
    })

  async function update(id: string, body: Static<typeof DeploymentPatchBody>, actor: Actor) {
    const before = await find(id)
    await checkCredential(before.providerId, body.credentialId)
    const row = await audit.change(actor, async (tx) => {
      const row = await tx.modelDeployment.update({ where: { id }, data: body, include: withProvider })
      const change = { ...audited(id, 'update'), before: deploymentView(before), after: deploymentView(row) }
      return { result: row, audit: change }
    })
    await opts.changed()
    return row
  }

  async function remove(id: string, actor: Actor) {
    const before = await find(id)
    await audit.change(actor, async (tx) => {
      await tx.modelDeployment.delete({ where: { id } })
      return { result: null, audit: { ...audited(id, 'delete'), before: deploymentView(before) } }
    })
    await opts.changed()
  }

  return { find, create, list, update, remove }
}

declare module 'fastify' {
  interface FastifyInstance {
    deployments: ReturnType<typeof createDeployments>
  }
}

export default fp(
  async (app) => {
    app.decorate('deployments', createDeployments(app.db, app.audit, { changed: () => app.providers.changed() }))
  },
  { name: 'deployments', dependencies: ['db', 'providers', 'audit'] },
)
