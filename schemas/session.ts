import { Type } from '@sinclair/typebox'
import { ScopeSchema } from './tokens.ts'

export const SessionCreateBody = Type.Object(
  { token: Type.String({ minLength: 1, maxLength: 200, description: 'An access token with the admin scope' }) },
  { $id: 'SessionCreateBody', additionalProperties: false },
)

export const Session = Type.Object(
  {
    csrfToken: Type.Union([Type.String(), Type.Null()], {
      description: 'Send it as x-hub-csrf on every write made with the session cookie; null for a bearer caller',
    }),
    expiresAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()], {
      description: 'When the session ends (sign in again); null for a bearer caller',
    }),
    token: Type.Object({
      id: Type.String({ format: 'uuid' }),
      name: Type.String(),
      hint: Type.String(),
      accountId: Type.String({ format: 'uuid' }),
      scopes: Type.Array(Type.Ref(ScopeSchema)),
      models: Type.Array(Type.String()),
      expiresAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    }),
  },
  { $id: 'Session' },
)

export const sessionSchemas = [SessionCreateBody, Session]
