import { Type } from '@sinclair/typebox'

export const ServiceStatus = Type.Object(
  {
    available: Type.Boolean({ description: 'Whether Hub can serve model calls right now' }),
    database: Type.Boolean(),
    providers: Type.Integer({ description: 'Enabled providers' }),
    models: Type.Integer({ description: 'Enabled models' }),
    model: Type.Optional(Type.String({ description: 'The model asked about (?model=)' })),
    reason: Type.Optional(
      Type.Union(
        ['model_not_found', 'model_not_allowed', 'insufficient_credits', 'budget_exceeded', 'rate_limited'].map((r) =>
          Type.Literal(r),
        ),
        { description: 'Why this caller cannot call that model now (available: false)' },
      ),
    ),
    message: Type.Optional(Type.String()),
  },
  { $id: 'ServiceStatus', additionalProperties: true },
)

export const StatusQuery = Type.Object({
  model: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 200,
      description: 'Answer for this model, and with a bearer token for this caller (allowed, credits, budget, limits)',
    }),
  ),
})

export const Health = Type.Object({ status: Type.String() }, { $id: 'Health' })

export const statusSchemas = [ServiceStatus, Health]
