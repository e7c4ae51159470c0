import { type Static, type TSchema, Type } from '@sinclair/typebox'

/** A reference to a registered schema that keeps its static type, so route handlers stay typed. */
export const ref = <T extends TSchema>(schema: T) => Type.Unsafe<Static<T>>(Type.Ref(schema.$id as string))
