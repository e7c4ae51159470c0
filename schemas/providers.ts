import { Type } from '@sinclair/typebox'
import { Page } from './pagination.ts'
import { Text } from './strings.ts'

export const PROVIDER_TYPES = ['openai', 'anthropic', 'google', 'bedrock', 'ideogram'] as const

const ProviderName = Text({
  minLength: 1,
  maxLength: 64,
  pattern: '^[a-z0-9][a-z0-9._-]*$',
  description: 'The prefix in model ids ("openai" in "openai/gpt-4o-mini")',
})
const ProviderType = Type.Union(
  PROVIDER_TYPES.map((t) => Type.Literal(t)),
  { description: 'Wire protocol; "openai" covers every OpenAI-compatible API' },
)
const BaseUrl = Text({ format: 'uri', pattern: '^https?://', maxLength: 500 })

export const ProviderCreateBody = Type.Object(
  { name: ProviderName, type: ProviderType, baseUrl: Type.Optional(BaseUrl), enabled: Type.Optional(Type.Boolean()) },
  { $id: 'ProviderCreateBody', additionalProperties: false },
)

export const ProviderPatchBody = Type.Object(
  { baseUrl: Type.Optional(BaseUrl), enabled: Type.Optional(Type.Boolean()) },
  { $id: 'ProviderPatchBody', additionalProperties: false, minProperties: 1 },
)

export const Credential = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    name: Type.String(),
    masked: Type.String({ description: 'The key, masked: "sk-m…wxyz"' }),
    enabled: Type.Boolean(),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'Credential' },
)

const CredentialName = Text({ minLength: 1, maxLength: 100 })
// Sent in an HTTP header to the provider, so printable ASCII only; keys are encrypted, never stored as text, and checked as header values where they are saved
// (lib/upstream-input.ts), which names the offending character without echoing the key.
const KeyText = (maxLength: number) => Type.String({ minLength: 1, maxLength })

/** Either an API key, or (for bedrock providers) AWS access keys; both are stored encrypted. */
export const CredentialCreateBody = Type.Union(
  [
    Type.Object({ name: CredentialName, apiKey: KeyText(4096) }, { title: 'API key', additionalProperties: false }),
    Type.Object(
      {
        name: CredentialName,
        accessKeyId: Type.String({ minLength: 16, maxLength: 128, pattern: '^\\w+$' }),
        secretAccessKey: KeyText(512),
        region: Type.String({ maxLength: 64, pattern: '^[a-z]{2}(-[a-z]+)+-\\d+$', examples: ['us-east-1'] }),
        sessionToken: Type.Optional(KeyText(8192)),
      },
      { title: 'AWS access keys (bedrock)', additionalProperties: false },
    ),
  ],
  { $id: 'CredentialCreateBody' },
)

export const Provider = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    name: Type.String(),
    type: Type.String(),
    baseUrl: Type.String(),
    enabled: Type.Boolean(),
    credentials: Type.Array(Type.Ref(Credential)),
    createdAt: Type.String({ format: 'date-time' }),
    updatedAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'Provider' },
)

export const ProviderList = Type.Object({ data: Type.Array(Type.Ref(Provider)) }, { $id: 'ProviderList' })
export const CredentialList = Type.Object({ data: Type.Array(Type.Ref(Credential)) }, { $id: 'CredentialList' })
export const CredentialParams = Type.Object({
  id: Type.String({ format: 'uuid' }),
  credentialId: Type.String({ format: 'uuid' }),
})

export const providerSchemas = [
  ProviderCreateBody,
  ProviderPatchBody,
  Credential,
  CredentialCreateBody,
  Provider,
  ProviderList,
  CredentialList,
]
export { Page }
