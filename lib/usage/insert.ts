// Writes a batch of usage records in one statement whose text never changes: one array parameter per column,
// expanded by unnest(), sent straight to the driver. Prisma's createMany compiled a fresh query for every batch
// and cost more CPU than proxying the calls being metered.
import type { OpenedDatabase } from '../db/open.ts'

export interface UsageEntry {
  requestId: string
  tokenId: string
  accountId: string
  app: string | null
  model: string
  providerId: string | null
  providerName: string | null
  credentialId: string | null
  endpoint: string
  promptTokens: number
  completionTokens: number
  cachedTokens: number
  reasoningTokens: number
  /** USD as an exact decimal string. */
  cost: string
  status: number
  aborted: boolean
  estimated: boolean
  errorCode: string | null
  latencyMs: number
  ttfbMs: number | null
  createdAt: Date
}

const COLUMNS: [keyof UsageEntry, string][] = [
  ['requestId', 'text'],
  ['tokenId', 'uuid'],
  ['accountId', 'uuid'],
  ['app', 'text'],
  ['model', 'text'],
  ['providerId', 'uuid'],
  ['providerName', 'text'],
  ['credentialId', 'uuid'],
  ['endpoint', 'text'],
  ['promptTokens', 'int4'],
  ['completionTokens', 'int4'],
  ['cachedTokens', 'int4'],
  ['reasoningTokens', 'int4'],
  ['cost', 'numeric'],
  ['status', 'int4'],
  ['aborted', 'bool'],
  ['estimated', 'bool'],
  ['errorCode', 'text'],
  ['latencyMs', 'int4'],
  ['ttfbMs', 'int4'],
  ['createdAt', 'timestamp'],
]

const SQL = `INSERT INTO "UsageRecord" (${COLUMNS.map(([name]) => `"${name}"`).join(', ')})
SELECT * FROM unnest(${COLUMNS.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ')})`

export async function insertUsage(db: Pick<OpenedDatabase, 'execute'>, entries: readonly UsageEntry[]): Promise<void> {
  const columns = COLUMNS.map(([name]) =>
    // Timestamps go as UTC text: the column is `timestamp(3)` holding UTC, as Prisma writes it.
    name === 'createdAt'
      ? entries.map((e) => e.createdAt.toISOString().slice(0, -1))
      : entries.map((e) => e[name] as unknown),
  )
  await db.execute(SQL, columns)
}
