import { type TSchema, Type } from '@sinclair/typebox'

export const PageQuery = Type.Object({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
  cursor: Type.Optional(Type.String({ format: 'uuid', description: 'nextCursor of the previous page' })),
})

export const Page = <T extends TSchema>(item: T, $id: string) =>
  Type.Object(
    {
      data: Type.Array(item),
      nextCursor: Type.Union([Type.String(), Type.Null()], { description: 'null on the last page' }),
    },
    { $id },
  )

export const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) })
