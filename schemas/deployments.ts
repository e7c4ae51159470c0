import { Type } from '@sinclair/typebox'
import { Text } from './strings.ts'

const Weight = Type.Integer({
  minimum: 0,
  maximum: 1000,
  description: 'Share of the calls within its priority group (0: only when no other is usable)',
})
const Priority = Type.Integer({
  minimum: 0,
  maximum: 100,
  description: 'Lower first: a group is used while it has a healthy deployment, the next one only when it has none',
})

export const DeploymentCreateBody = Type.Object(
  {
    modelId: Text({ minLength: 3, maxLength: 200, description: 'The public model id ("provider/model")' }),
    provider: Text({ minLength: 1, maxLength: 64, description: 'The provider name that serves it' }),
    upstreamModel: Text({ minLength: 1, maxLength: 200, description: "The model's name at that provider" }),
    credentialId: Type.Optional(
      Type.Union([Type.String({ format: 'uuid' }), Type.Null()], {
        description: "Pins one of the provider's credentials; null: any of them",
      }),
    ),
    weight: Type.Optional(Weight),
    priority: Type.Optional(Priority),
    enabled: Type.Optional(Type.Boolean()),
  },
  { $id: 'DeploymentCreateBody', additionalProperties: false },
)

export const DeploymentPatchBody = Type.Object(
  {
    upstreamModel: Type.Optional(Text({ minLength: 1, maxLength: 200 })),
    credentialId: Type.Optional(Type.Union([Type.String({ format: 'uuid' }), Type.Null()])),
    weight: Type.Optional(Weight),
    priority: Type.Optional(Priority),
    enabled: Type.Optional(Type.Boolean()),
  },
  { $id: 'DeploymentPatchBody', additionalProperties: false, minProperties: 1 },
)

export const Deployment = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    modelId: Type.String(),
    provider: Type.String(),
    providerId: Type.String({ format: 'uuid' }),
    upstreamModel: Type.String(),
    credentialId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
    weight: Type.Integer(),
    priority: Type.Integer(),
    enabled: Type.Boolean(),
    createdAt: Type.String({ format: 'date-time' }),
    updatedAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'Deployment' },
)

export const DeploymentList = Type.Object({ data: Type.Array(Type.Ref(Deployment)) }, { $id: 'DeploymentList' })

export const DeploymentQuery = Type.Object({
  model: Type.Optional(Text({ minLength: 1, maxLength: 200, description: 'Only this model id' })),
})

export const deploymentSchemas = [DeploymentCreateBody, DeploymentPatchBody, Deployment, DeploymentList]
