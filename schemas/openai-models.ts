import { type TSchema, Type } from '@sinclair/typebox'

export const ModelObject = Type.Object(
  {
    id: Type.String({ description: 'A Hub model id, "provider/model"' }),
    object: Type.Literal('model'),
    created: Type.Integer(),
    owned_by: Type.String({ description: 'The provider' }),
  },
  { $id: 'Model', additionalProperties: true },
)

export const ModelList = Type.Object(
  { object: Type.Literal('list'), data: Type.Array(Type.Ref(ModelObject)) },
  { $id: 'ModelList' },
)

export const openAIModelSchemas: TSchema[] = [ModelObject, ModelList]
