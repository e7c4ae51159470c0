// The audit log: every admin write, by whom (token id and hint, or the CLI), what, when, and the target before
// and after (API views, secrets dropped). `change` runs a write and its record in one transaction, so neither
// lands without the other; `list` reads the log newest first with filters and a keyset cursor.
import type { FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import type { AuditEvent, Prisma } from '../../generated/prisma/client.ts'
import { type Actor, holderOf } from '../../lib/audit/actor.ts'
import { redactSecrets } from '../../lib/audit/redact.ts'
import type { Db } from '../../lib/db/open.ts'
import { createdBetween, fetchSize, idBefore, pageOf } from '../../lib/paginate.ts'
import { assertFullAdmin } from '../../lib/tokens/ceiling.ts'
import { principalOf } from './auth.ts'

export type Tx = Prisma.TransactionClient

export interface AuditChange {
  action: string
  targetType: string
  targetId: string
  before?: unknown
  after?: unknown
}

export interface AuditFilter {
  limit?: number
  cursor?: string
  action?: string
  targetType?: string
  targetId?: string
  actorTokenId?: string
  from?: string
  to?: string
}

// Admin writes are rare and short; the defaults (2 s to get a connection, 5 s to finish) are tight on a busy box.
const TX_OPTIONS = { maxWait: 10_000, timeout: 30_000 }

const json = (value: unknown) =>
  value === undefined || value === null ? undefined : (redactSecrets(value) as Prisma.InputJsonValue)

/** The actor of an authenticated admin request. */
export function actorOf(request: FastifyRequest): Actor {
  return { type: 'token', principal: principalOf(request), requestId: request.id, ip: request.ip }
}

/**
 * The actor of a catalogue write. Providers, credentials and models are shared by every account (a model's
 * upstream mapping or a provider's base URL decides what every token reaches, and where its key is sent), so
 * only a full admin changes them.
 */
export function catalogActor(request: FastifyRequest): Actor {
  const actor = actorOf(request)
  assertFullAdmin(holderOf(actor), 'change providers, credentials or models')
  return actor
}

export function auditView(row: AuditEvent) {
  return {
    id: row.id.toString(),
    actor: { type: row.actorType as 'token' | 'cli' | 'system', tokenId: row.actorTokenId, hint: row.actorHint },
    action: row.action,
    target: { type: row.targetType, id: row.targetId },
    before: row.before ?? null,
    after: row.after ?? null,
    requestId: row.requestId,
    ip: row.ip,
    createdAt: row.createdAt.toISOString(),
  }
}

export function createAuditLog(db: Db) {
  async function record(tx: Tx, actor: Actor, change: AuditChange): Promise<void> {
    const token = actor.type === 'token' ? actor : null
    await tx.auditEvent.create({
      data: {
        actorType: actor.type,
        actorTokenId: token?.principal.tokenId ?? null,
        actorHint: token?.principal.tokenHint ?? null,
        action: change.action,
        targetType: change.targetType,
        targetId: change.targetId,
        before: json(change.before),
        after: json(change.after),
        requestId: token?.requestId ?? null,
        ip: token?.ip ?? null,
      },
    })
  }

  /**
   * Runs `write` and records what it returns in the same transaction; a failed record undoes the write. `within`:
   * a transaction the caller already holds (the bootstrap's), instead of a new one.
   */
  async function change<T>(
    actor: Actor,
    write: (tx: Tx) => Promise<{ result: T; audit: AuditChange }>,
    within?: Tx,
  ): Promise<T> {
    const run = async (tx: Tx) => {
      const { result, audit } = await write(tx)
      await record(tx, actor, audit)
      return result
    }
    return within ? run(within) : db.$transaction(run, TX_OPTIONS)
  }

  /** The log spans every account and token, so only a full admin (or the CLI) reads it. */
  async function list(f: AuditFilter, actor: Actor) {
    assertFullAdmin(holderOf(actor), 'read the audit log')
    const rows = await db.auditEvent.findMany({
      where: {
        action: f.action,
        targetType: f.targetType,
        targetId: f.targetId,
        actorTokenId: f.actorTokenId,
        createdAt: createdBetween(f.from, f.to),
        id: idBefore(f.cursor),
      },
      orderBy: { id: 'desc' },
      take: fetchSize(f.limit),
    })
    const { page, nextCursor } = pageOf(rows, f.limit, (row) => row.id.toString())
    return { data: page.map(auditView), nextCursor }
  }

  return { record, change, list }
}

export type AuditLog = ReturnType<typeof createAuditLog>

declare module 'fastify' {
  interface FastifyInstance {
    audit: AuditLog
  }
}

export default fp(
  async (app) => {
    app.decorate('audit', createAuditLog(app.db))
  },
  { name: 'audit', dependencies: ['db'] },
)
