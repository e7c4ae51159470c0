import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { deploymentView } from '../../../../lib/views/deployments.ts'
import { catalogActor } from '../../../../plugins/app/audit.ts'
import {
  Deployment,
  DeploymentCreateBody,
  DeploymentList,
  DeploymentPatchBody,
  DeploymentQuery,
} from '../../../../schemas/deployments.ts'
import { IdParams } from '../../../../schemas/pagination.ts'
import { ref } from '../../../../schemas/ref.ts'

const admin = { scope: 'admin' } as const
const tags = ['admin: models']

const deployments: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/',
    {
      config: admin,
      schema: {
        operationId: 'createDeployment',
        tags,
        summary: 'Add a deployment to a model: another provider (or pinned credential) its calls can go to',
        description:
          'A model with deployments is served by them only (its own provider too only if it has one); calls go to the lowest priority with a healthy deployment, weighted random within it, and fail over before the first byte.',
        body: ref(DeploymentCreateBody),
        response: { 201: ref(Deployment) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(deploymentView(await app.deployments.create(request.body, catalogActor(request)))),
  )

  app.get(
    '/',
    {
      config: admin,
      schema: {
        operationId: 'listDeployments',
        tags,
        summary: "List deployments, or one model's",
        querystring: DeploymentQuery,
        response: { 200: ref(DeploymentList) },
      },
    },
    async (request) => ({ data: (await app.deployments.list(request.query.model)).map(deploymentView) }),
  )

  app.get(
    '/:id',
    {
      config: admin,
      schema: {
        operationId: 'getDeployment',
        tags,
        summary: 'Get one deployment',
        params: IdParams,
        response: { 200: ref(Deployment) },
      },
    },
    async (request) => deploymentView(await app.deployments.find(request.params.id)),
  )

  app.patch(
    '/:id',
    {
      config: admin,
      schema: {
        operationId: 'updateDeployment',
        tags,
        summary: 'Change a deployment: upstream model, pinned credential, weight, priority, enabled',
        params: IdParams,
        body: ref(DeploymentPatchBody),
        response: { 200: ref(Deployment) },
      },
    },
    async (request) =>
      deploymentView(await app.deployments.update(request.params.id, request.body, catalogActor(request))),
  )

  app.delete(
    '/:id',
    {
      config: admin,
      schema: {
        operationId: 'deleteDeployment',
        tags,
        summary: 'Delete a deployment',
        params: IdParams,
        response: { 204: { type: 'null', description: 'Deleted' } },
      },
    },
    async (request, reply) => {
      await app.deployments.remove(request.params.id, catalogActor(request))
      return reply.code(204).send()
    },
  )
}

export default deployments
