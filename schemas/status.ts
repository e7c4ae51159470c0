import { Type } from '@sinclair/typebox'

export const ServiceStatus = Type.Object(
  {
    available: Type.Boolean({ description: 'Whether Hub can serve model calls right now' }),
    database: Type.Boolean(),
    providers: Type.Integer({ description: 'Enabled providers' }),
    models: Type.Integer({ description: 'Enabled models' }),
  },
  { $id: 'ServiceStatus', additionalProperties: true },
)

export const Health = Type.Object({ status: Type.String() }, { $id: 'Health' })

export const statusSchemas = [ServiceStatus, Health]
