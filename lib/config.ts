// Hub's configuration: one TypeBox schema, read from the environment with env-schema. Tests and the CLI pass
// their values explicitly through `loadConfig(overrides)`.
import { type Static, Type } from '@sinclair/typebox'
import { envSchema } from 'env-schema'
import { readSecretFile } from './secret.ts'

const Ms = (def: number, description: string) => Type.Integer({ minimum: 0, default: def, description })

export const ConfigSchema = Type.Object({
  HOST: Type.String({ default: '127.0.0.1' }),
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3000 }),
  DATABASE_URL: Type.Optional(Type.String({ description: 'postgresql://…; without it the embedded PGlite is used' })),
  HUB_DATA_DIR: Type.String({ default: './data', description: 'embedded database and generated secret' }),
  HUB_SECRET: Type.Optional(Type.String({ minLength: 32, description: 'HMAC and encryption root secret' })),
  HUB_SECRET_FILE: Type.Optional(
    Type.String({ minLength: 1, description: 'a file holding HUB_SECRET (Docker secrets: /run/secrets/…)' }),
  ),
  LOG_LEVEL: Type.String({ default: 'info' }),
  TRUST_PROXY: Type.Boolean({ default: false }),
  BODY_LIMIT: Type.Integer({ minimum: 1024, default: 10 * 1024 * 1024 }),
  AUDIO_UPLOAD_LIMIT: Type.Integer({
    minimum: 1024,
    default: 25 * 1024 * 1024,
    description: 'largest audio file accepted for transcription (OpenAI takes 25 MB)',
  }),
  IMAGE_UPLOAD_LIMIT: Type.Integer({
    minimum: 1024,
    default: 50 * 1024 * 1024,
    description: 'largest image edit upload (all images and the mask together), held in memory while it is sent',
  }),
  AUDIO_BUFFER_CONCURRENCY: Type.Integer({
    minimum: 0,
    default: 8,
    description:
      'transcription uploads that may be held in memory at once (the file sent before the model field); more get 503',
  }),
  UPSTREAM_RESPONSE_LIMIT: Type.Integer({
    minimum: 1024,
    default: 64 * 1024 * 1024,
    description: 'largest non-streamed provider answer read, in bytes; a larger one is a 502',
  }),
  UPSTREAM_EVENT_LIMIT: Type.Integer({
    minimum: 1024,
    default: 4 * 1024 * 1024,
    description: 'largest single event of a provider stream, in bytes; a larger one ends the stream with an error',
  }),
  REQUEST_TIMEOUT_MS: Ms(120_000, 'time allowed to receive a whole request'),
  SHUTDOWN_GRACE_MS: Ms(10_000, 'how long in-flight requests may run after a shutdown signal'),
  UPSTREAM_CONNECT_TIMEOUT_MS: Ms(10_000, 'connect timeout to providers'),
  UPSTREAM_FIRST_BYTE_TIMEOUT_MS: Ms(300_000, 'time to the response headers from a provider'),
  UPSTREAM_IDLE_TIMEOUT_MS: Ms(300_000, 'longest silence allowed inside a provider response'),
  VIDEO_POLL_MS: Ms(5_000, "how often a provider's video job is asked whether it is done"),
  VIDEO_WAIT_MS: Ms(170_000, 'longest wait for a video job (the AIGNE client gives up after 3 minutes)'),
  UPSTREAM_CONNECTIONS: Type.Integer({
    minimum: 1,
    default: 256,
    description: 'pooled connections per provider origin',
  }),
  TOKEN_CACHE_MS: Ms(
    30_000,
    'how long a verified token is trusted without a database read (bounds cross-replica staleness)',
  ),
  ROUTING_MAX_ATTEMPTS: Type.Integer({
    minimum: 1,
    default: 3,
    description: 'upstream attempts per call (the first included) before its failure is answered',
  }),
  ROUTING_MAX_RETRY_MS: Ms(30_000, 'time after which no further attempt is started for a call'),
  ROUTING_BACKOFF_MS: Ms(250, 'first backoff before trying a candidate again; doubled each time, with jitter'),
  ROUTING_MAX_RETRY_AFTER_MS: Ms(10_000, 'longest provider retry-after Hub waits for; a longer one fails over at once'),
  ROUTING_COOLDOWN_FAILURES: Type.Integer({
    minimum: 1,
    default: 3,
    description: 'failures within ROUTING_COOLDOWN_WINDOW_MS that put a credential in cooldown',
  }),
  ROUTING_COOLDOWN_WINDOW_MS: Ms(60_000, 'window in which credential failures are counted'),
  ROUTING_COOLDOWN_MS: Ms(30_000, 'how long a failing credential is skipped before one live call probes it'),
  ROUTING_REMEASURE_MS: Ms(
    30_000,
    'lowest-latency strategy: a candidate whose latest measurement is older than this gets the next call, to re-measure it',
  ),
  TOKEN_CACHE_SIZE: Type.Integer({ minimum: 1, default: 50_000 }),
  REGISTRY_REFRESH_MS: Ms(30_000, 'how often providers and models are reloaded (writes reload at once)'),
  USAGE_FLUSH_MS: Ms(1_000, 'usage and lastUsedAt are written in batches at this interval'),
  IDLE_GC_MS: Ms(
    2_000,
    'after a busy spell, a full garbage collection once no request came for this long, so memory is given back; 0: never',
  ),
  USAGE_BATCH_SIZE: Type.Integer({ minimum: 1, default: 500 }),
  USAGE_MAX_BUFFERED: Type.Integer({
    minimum: 1,
    default: 100_000,
    description: 'usage records kept in memory while the database is unavailable; beyond it the oldest are dropped',
  }),
  USAGE_MAX_RETRY_MS: Ms(30_000, 'longest wait between two attempts to write usage while the database is unavailable'),
  REDIS_URL: Type.Optional(
    Type.String({
      description: 'redis://…; spend-control counters shared by several replicas (without it: in process)',
    }),
  ),
  REDIS_KEY_PREFIX: Type.String({ default: 'hub:', description: 'prefix of every key Hub writes in Redis' }),
  SPEND_FAIL_MODE: Type.Union([Type.Literal('closed'), Type.Literal('open')], {
    default: 'closed',
    description: 'while Redis is unreachable: closed refuses limited calls (503), open admits them uncounted',
  }),
  BUDGET_TIME_ZONE: Type.String({
    default: 'UTC',
    description: 'IANA time zone whose calendar days, weeks (from Monday) and months budgets reset on',
  }),
  DEFAULT_MAX_OUTPUT_TOKENS: Type.Integer({
    minimum: 1,
    default: 4096,
    description: 'output reserved for a call that sets no max_tokens, when its model has no maxOutputTokens',
  }),
  CREDIT_EXPIRY_MS: Ms(60_000, 'how often expired credit grants are looked for and booked (0: never)'),
  METRICS_ENABLED: Type.Boolean({
    default: true,
    description: 'Prometheus metrics at GET /metrics; false loads nothing of them',
  }),
  METRICS_PORT: Type.Optional(
    Type.Integer({
      minimum: 0,
      maximum: 65535,
      description:
        'serve /metrics without a token on this port only (not on the main one); unset: main port, metrics scope',
    }),
  ),
  METRICS_HOST: Type.String({ default: '127.0.0.1', description: 'address of the METRICS_PORT listener' }),
  OTEL_EXPORTER_OTLP_ENDPOINT: Type.Optional(
    Type.String({
      minLength: 1,
      description: 'http(s)://collector:4318: OpenTelemetry traces over OTLP/HTTP (the SDK must be installed)',
    }),
  ),
  OTEL_SERVICE_NAME: Type.String({ default: 'hub', description: 'service.name of the exported spans' }),
  ADMIN_SESSION_TTL_MS: Type.Integer({
    minimum: 60_000,
    default: 8 * 3_600_000,
    description: "how long an admin console sign-in lasts (never past its token's own expiry)",
  }),
  BOOTSTRAP_ADMIN: Type.Boolean({ default: true, description: 'create and print an admin token on an empty database' }),
})

export type Config = Static<typeof ConfigSchema>

/** A setting that cannot be used; its message is one line naming the setting (never its value). */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ConfigError'
  }
}

export function loadConfig(overrides: Partial<Config> = {}, env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable means "not set" (FOO= in a compose file or a shell), not an empty value.
  const data: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(env)) if (value !== '') data[key] = value
  for (const [key, value] of Object.entries(overrides)) if (value !== undefined) data[key] = value
  if (data.HUB_SECRET_FILE !== undefined) {
    if (data.HUB_SECRET !== undefined) throw new ConfigError('set HUB_SECRET or HUB_SECRET_FILE, not both')
    try {
      data.HUB_SECRET = readSecretFile(String(data.HUB_SECRET_FILE))
    } catch (err) {
      throw new ConfigError((err as Error).message)
    }
  }
  try {
    return envSchema<Config>({ schema: ConfigSchema, data, env: false, dotenv: false })
  } catch (err) {
    throw new ConfigError(settingError(err, data.HUB_SECRET_FILE !== undefined))
  }
}

// env-schema reports "env/PORT must be <= 65535"; an operator wants the setting's name and what it takes.
function settingError(err: unknown, secretFromFile: boolean): string {
  const errors = (err as { errors?: { instancePath?: string; message?: string }[] }).errors
  const first = errors?.[0]
  if (!first?.instancePath) return `invalid settings: ${err instanceof Error ? err.message : String(err)}`
  const name = first.instancePath.replace(/^\//, '')
  const from = name === 'HUB_SECRET' && secretFromFile ? ' (read from HUB_SECRET_FILE)' : ''
  return `invalid setting ${name}${from}: ${first.message}`
}
