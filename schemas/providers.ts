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
    weight: Type.Integer({ description: "Share of the provider's calls among its healthy credentials" }),
    disabledReason: Type.Union([Type.String(), Type.Null()], {
      description: 'Why Hub disabled it (the provider refused it); cleared when it is enabled again',
    }),
    disabledAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'Credential' },
)

// Sent in an HTTP header to the provider, so printable ASCII only; keys are encrypted, never stored as text, and checked as header values where they are saved
// (lib/upstream-input.ts), which names the offending character without echoing the key.
const KeyText = (maxLength: number) => Type.String({ minLength: 1, maxLength })

export const CredentialPatchBody = Type.Object(
  {
    name: Type.Optional(Text({ minLength: 1, maxLength: 100 })),
    enabled: Type.Optional(Type.Boolean({ description: 'Enabling a credential Hub disabled clears its reason' })),
    weight: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000, description: '0: used only when no other is' })),
    apiKey: Type.Optional({
      ...KeyText(4096),
      description:
        'A new API key in place of the old one (not for bedrock): stored encrypted, only ever shown masked, and checked as on create',
    }),
  },
  { $id: 'CredentialPatchBody', additionalProperties: false, minProperties: 1 },
)

export const CredentialHealth = Type.Object(
  {
    credentialId: Type.String({ format: 'uuid' }),
    name: Type.String(),
    enabled: Type.Boolean(),
    weight: Type.Integer(),
    disabledReason: Type.Union([Type.String(), Type.Null()]),
    state: Type.Union(
      [Type.Literal('healthy'), Type.Literal('cooling'), Type.Literal('probing'), Type.Literal('disabled')],
      {
        description:
          "This server's view (its worst model's): a cooling credential is skipped for that model until cooldownUntil, then probed by one call",
      },
    ),
    models: Type.Array(
      Type.Object({
        model: Type.String(),
        state: Type.Union([Type.Literal('healthy'), Type.Literal('cooling'), Type.Literal('probing')]),
        recentFailures: Type.Integer({ description: 'Failures within ROUTING_COOLDOWN_WINDOW_MS on this server' }),
        cooldownUntil: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
      }),
      { description: 'The models this credential recently failed for, each with its own cooldown' },
    ),
    load: Type.Array(
      Type.Object({
        model: Type.String({ description: 'The model, or "model#deploymentId" for one of its deployments' }),
        inFlight: Type.Integer({ description: 'Calls in flight on this server now (what least-busy picks by)' }),
        latencyMs: Type.Union([Type.Integer(), Type.Null()], {
          description: 'EWMA of the time to answer measured on this server (what lowest-latency picks by)',
        }),
        measuredAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()], {
          description: 'The last answer measured; older than ROUTING_REMEASURE_MS: the next call re-measures it',
        }),
      }),
      {
        description:
          "This server's load measurements of the credential per model or deployment; only models with the least-busy or lowest-latency strategy are measured",
      },
    ),
  },
  { $id: 'CredentialHealth' },
)

export const ProviderCheckBody = Type.Object(
  {
    model: Type.Optional(
      Text({ minLength: 3, maxLength: 200, description: "A chat model it serves; default: the provider's first" }),
    ),
  },
  { $id: 'ProviderCheckBody', additionalProperties: false },
)

export const CredentialCheck = Type.Object(
  {
    credentialId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
    ok: Type.Boolean(),
    status: Type.Integer({ description: 'What a call would have answered (200: the provider answered)' }),
    code: Type.String({ description: 'ok, or the error code' }),
    message: Type.Union([Type.String(), Type.Null()]),
    ms: Type.Integer(),
  },
  { $id: 'CredentialCheck' },
)

export const ProviderCheck = Type.Object(
  {
    model: Type.String({ description: 'The model each credential was checked with' }),
    data: Type.Array(Type.Ref(CredentialCheck), {
      description: 'One entry per enabled credential; a refused one (upstream_auth_failed) is disabled',
    }),
  },
  { $id: 'ProviderCheck' },
)

export const CheckQuery = Type.Object({
  check: Type.Optional(
    Type.Boolean({ default: true, description: 'false: save without the check call (offline setups)' }),
  ),
})

/** A new credential, with what the check on saving it found. */
export const CreatedCredential = Type.Object(
  {
    ...Credential.properties,
    check: Type.Union(
      [
        Type.Object({
          model: Type.String({ description: 'The chat model it was checked with' }),
          result: Type.Ref(CredentialCheck),
        }),
        Type.Null(),
      ],
      {
        description:
          'The one small chat call made with the key once saved (on create, or when PATCH replaces it; not metered); null: skipped (?check=false, or a PATCH without a new key) or the provider serves no enabled chat model. A refused key (upstream_auth_failed) is saved disabled, with the reason; an unreachable provider does not stop the save',
      },
    ),
  },
  { $id: 'CreatedCredential' },
)

export const ProviderHealth = Type.Object(
  { providerId: Type.String({ format: 'uuid' }), data: Type.Array(Type.Ref(CredentialHealth)) },
  { $id: 'ProviderHealth' },
)

const CredentialName = Text({ minLength: 1, maxLength: 100 })

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
  CredentialPatchBody,
  CredentialHealth,
  ProviderHealth,
  ProviderCheckBody,
  CredentialCheck,
  ProviderCheck,
  CreatedCredential,
  Provider,
  ProviderList,
  CredentialList,
]
export { Page }
