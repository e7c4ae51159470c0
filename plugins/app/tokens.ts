// Access tokens: issue, verify, list, update, revoke, rotate. Verification follows Unkey's order: parse the
// format (no I/O), HMAC, in-memory cache (which also remembers unknown hashes), database, then a fixed order of
// checks. Every write evicts the cache entry, so a revoke or permission change applies to the very next request.
// Every write takes an Actor: it is bounded by the admin ceiling and recorded in the audit log, in one transaction.

import fp from 'fastify-plugin'
import { LRUCache } from 'lru-cache'
import type { AccessToken, Account } from '../../generated/prisma/client.ts'
import { type Actor, holderOf } from '../../lib/audit/actor.ts'
import { hashToken } from '../../lib/crypto.ts'
import type { Db } from '../../lib/db/open.ts'
import { HubError } from '../../lib/errors.ts'
import { publishInvalidation } from '../../lib/invalidation.ts'
import { DEFAULT_PAGE_SIZE, fetchSize, pageOf } from '../../lib/paginate.ts'
import { generateToken, isWellFormedToken, tokenHint } from '../../lib/token-format.ts'
import { assertMayGrant, assertMayManage, isFullAdmin, mayManage } from '../../lib/tokens/ceiling.ts'
import type { Principal, VerifyResult } from '../../lib/tokens/principal.ts'
import { grantOf, limitsOf, toPrincipal } from '../../lib/tokens/rows.ts'
import { type BudgetInput, type LimitsInput, limitColumns, mergeLimits, NO_LIMITS } from '../../lib/views/limits.ts'
import { tokenView } from '../../lib/views/tokens.ts'
import type { Scope } from '../../schemas/tokens.ts'
import type { AuditLog, Tx } from './audit.ts'

type Cached = { principal: Principal; revoked: boolean; disabled: boolean } | { unknown: true }
type TokenRow = AccessToken & { account: Account }

export interface IssueInput {
  name: string
  accountId: string
  scopes: Scope[]
  models?: string[]
  expiresAt?: Date | null
  /** The token's own budget and rate limits, on top of its account's; none by default. */
  budget?: BudgetInput | null
  limits?: LimitsInput
}

export interface TokenPatch {
  name?: string
  scopes?: Scope[]
  models?: string[]
  expiresAt?: Date | null
  /** null removes the budget; a limit set to null is removed, one left out is unchanged. */
  budget?: BudgetInput | null
  limits?: LimitsInput
}

export interface TokenServiceOptions {
  key: Buffer
  cacheMs: number
  cacheSize: number
  /** lastUsedAt is written in batches at this interval; 0 disables the timer (flushLastUsed still works). */
  flushMs: number
  onError?: (err: unknown) => void
  /** Told of every verification cache lookup (metrics: the hit ratio). */
  onCacheLookup?: (hit: boolean) => void
}

const audited = (action: string, row: TokenRow, before?: TokenRow) => ({
  action,
  targetType: 'token',
  targetId: row.id,
  before: before ? tokenView(before) : undefined,
  after: tokenView(row),
})

export function createTokenService(db: Db, audit: AuditLog, opts: TokenServiceOptions) {
  const cache = new LRUCache<string, Cached>({ max: opts.cacheSize, ttl: opts.cacheMs || 1 })
  // The HMAC of a token never changes: a client calling again within the cache window skips it. Kept no longer
  // than a cached verdict, so a token seen once does not stay in memory. Writes evict verdicts, not this.
  const hashes = new LRUCache<string, string>({ max: opts.cacheSize, ttl: opts.cacheMs || 1, ttlAutopurge: true })
  const hashOf = (token: string) => {
    let hash = hashes.get(token)
    if (hash === undefined) {
      hash = hashToken(opts.key, token)
      hashes.set(token, hash)
    }
    return hash
  }
  const lastUsed = new Map<string, number>()
  // Bumped by every eviction: a verdict read from the database while an eviction happened may be stale, so it is
  // not cached (otherwise a revoke landing during that read would be forgotten until the TTL).
  let generation = 0

  /** Evicts here and tells other processes on the same database to evict too. */
  /** `client`: the transaction the change is in, so other replicas hear of it when it commits. */
  async function changed(hashes: string[], client: Parameters<typeof publishInvalidation>[0] = db): Promise<void> {
    generation++
    for (const hash of hashes) cache.delete(hash)
    for (const hash of hashes) await publishInvalidation(client, { kind: 'token', hash })
  }

  function judge(entry: Cached): VerifyResult {
    if ('unknown' in entry) return { ok: false, reason: 'token_invalid' }
    if (entry.revoked) return { ok: false, reason: 'token_revoked' }
    if (entry.disabled) return { ok: false, reason: 'account_disabled' }
    const { principal } = entry
    if (principal.expiresAt !== null && principal.expiresAt <= Date.now()) return { ok: false, reason: 'token_expired' }
    lastUsed.set(principal.tokenId, Date.now())
    return { ok: true, principal }
  }

  async function verify(token: string): Promise<VerifyResult> {
    // A token hashed before was well-formed then: its checksum is not computed again on every call.
    const known = hashes.get(token)
    if (known !== undefined) return verifyHash(known)
    if (!isWellFormedToken(token)) return { ok: false, reason: 'token_malformed' }
    return verifyHash(hashOf(token))
  }

  /** Verifies a token known by its hash (the console's session cookie), through the same cache and checks. */
  async function verifyHash(hash: string): Promise<VerifyResult> {
    const hit = cache.get(hash)
    opts.onCacheLookup?.(hit !== undefined)
    if (hit) return judge(hit)
    const seen = generation
    const row = await db.accessToken.findUnique({
      where: { hash },
      include: {
        account: {
          select: {
            disabledAt: true,
            billingMode: true,
            budgetAmount: true,
            budgetPeriod: true,
            rpmLimit: true,
            tpmLimit: true,
            concurrencyLimit: true,
          },
        },
      },
    })
    const entry: Cached = row
      ? { principal: toPrincipal(row), revoked: row.revokedAt !== null, disabled: row.account.disabledAt !== null }
      : { unknown: true }
    if (seen === generation) cache.set(hash, entry)
    return judge(entry)
  }

  /**
   * Issues a token; a token actor may grant only within what it holds (lib/tokens/ceiling.ts). `within`: a
   * transaction the caller holds (the bootstrap's); the other replicas are then told when it commits.
   */
  async function issue(input: IssueInput, actor: Actor, within?: Tx) {
    const models = input.models ?? ['*']
    const expiresAt = input.expiresAt ?? null
    assertMayGrant(holderOf(actor), input.accountId, {
      scopes: input.scopes,
      models,
      expiresAt: expiresAt ? expiresAt.getTime() : null,
      limits: mergeLimits(NO_LIMITS, input.budget, input.limits),
    })
    const token = generateToken()
    const row = await audit.change(
      actor,
      async (tx) => {
        const account = await tx.account.findUnique({ where: { id: input.accountId } })
        if (!account) throw new HubError('account_not_found', `Account ${input.accountId} does not exist`)
        if (account.disabledAt) throw new HubError('conflict', `Account "${account.name}" is disabled; enable it first`)
        const row = await tx.accessToken.create({
          data: {
            name: input.name,
            accountId: input.accountId,
            hash: hashToken(opts.key, token),
            hint: tokenHint(token),
            scopes: input.scopes,
            models,
            expiresAt,
            ...limitColumns(input.budget, input.limits),
          },
          include: { account: true },
        })
        return { result: row, audit: audited('token.create', row) }
      },
      within,
    )
    // A guess that was cached as unknown must not outlive the token's creation.
    await changed([row.hash], within)
    return { row, token }
  }

  async function findIn(tx: Tx | Db, id: string): Promise<TokenRow> {
    const row = await tx.accessToken.findUnique({ where: { id }, include: { account: true } })
    if (!row) throw new HubError('not_found', `Token ${id} does not exist`)
    return row
  }

  /** One token, if the actor may manage it. */
  async function find(id: string, actor: Actor): Promise<TokenRow> {
    const row = await findIn(db, id)
    assertMayManage(holderOf(actor), grantOf(row))
    return row
  }

  async function update(id: string, patch: TokenPatch, actor: Actor): Promise<TokenRow> {
    const holder = holderOf(actor)
    const { before, row } = await audit.change(actor, async (tx) => {
      const before = await findIn(tx, id)
      assertMayManage(holder, grantOf(before))
      const current = grantOf(before)
      assertMayGrant(holder, before.accountId, {
        scopes: patch.scopes ?? current.scopes,
        models: patch.models ?? current.models,
        expiresAt: patch.expiresAt === undefined ? current.expiresAt : (patch.expiresAt?.getTime() ?? null),
        limits: mergeLimits(limitsOf(before), patch.budget, patch.limits),
      })
      const { budget, limits, ...fields } = patch
      const row = await tx.accessToken.update({
        where: { id },
        data: { ...fields, ...limitColumns(budget, limits) },
        include: { account: true },
      })
      return { result: { before, row }, audit: audited('token.update', row, before) }
    })
    await changed([before.hash])
    return row
  }

  async function revoke(id: string, actor: Actor): Promise<TokenRow> {
    const { before, row } = await audit
      .change(actor, async (tx) => {
        const before = await findIn(tx, id)
        assertMayManage(holderOf(actor), grantOf(before))
        if (before.revokedAt) throw new AlreadyRevoked(before)
        const row = await tx.accessToken.update({
          where: { id },
          data: { revokedAt: new Date() },
          include: { account: true },
        })
        return { result: { before, row }, audit: audited('token.revoke', row, before) }
      })
      .catch((err: unknown) => {
        // Revoking twice is not an error, and not a second write either.
        if (err instanceof AlreadyRevoked) return { before: err.row, row: err.row }
        throw err
      })
    if (before !== row) await changed([before.hash])
    return row
  }

  /** A new secret for the same token id; the old secret stops working at once. */
  async function rotate(id: string, actor: Actor) {
    const token = generateToken()
    const { before, row } = await audit.change(actor, async (tx) => {
      const before = await findIn(tx, id)
      // Rotating hands out the new plaintext: only for tokens the actor could have issued itself.
      assertMayManage(holderOf(actor), grantOf(before))
      if (before.revokedAt) throw new HubError('conflict', 'A revoked token cannot be rotated')
      const row = await tx.accessToken.update({
        where: { id },
        data: { hash: hashToken(opts.key, token), hint: tokenHint(token) },
        include: { account: true },
      })
      return { result: { before, row }, audit: audited('token.rotate', row, before) }
    })
    await changed([before.hash, row.hash])
    return { row, token }
  }

  /** Newest first; a limited admin sees only the tokens it may manage (filtered page by page). */
  async function list(params: { accountId?: string; limit?: number; cursor?: string }, actor: Actor) {
    const holder = holderOf(actor)
    const filtered = holder !== null && !isFullAdmin(holder)
    const size = params.limit ?? DEFAULT_PAGE_SIZE
    const where = filtered ? { accountId: holder.accountId } : params.accountId ? { accountId: params.accountId } : {}
    const kept: TokenRow[] = []
    let cursor = params.cursor
    for (;;) {
      const batch = await db.accessToken.findMany({
        where,
        include: { account: true },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: fetchSize(size),
        ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      })
      for (const row of batch) if (mayManage(holder, grantOf(row))) kept.push(row)
      if (kept.length > size || batch.length <= size) break
      cursor = batch[batch.length - 1].id
    }
    const { page, nextCursor } = pageOf(kept, size, (row) => row.id)
    return { rows: page, nextCursor }
  }

  /**
   * Writes the lastUsedAt values gathered since the last flush, one statement per token. An entry leaves the
   * map only once written (unless a newer use replaced it meanwhile), so a failed write is retried next time.
   */
  async function flushLastUsed(): Promise<void> {
    if (lastUsed.size === 0) return
    const batch = [...lastUsed]
    await db.$transaction(
      batch.map(([id, at]) => db.accessToken.updateMany({ where: { id }, data: { lastUsedAt: new Date(at) } })),
    )
    for (const [id, at] of batch) if (lastUsed.get(id) === at) lastUsed.delete(id)
  }

  // While the database is out every tick fails: told once when it starts failing, not on each tick.
  let failing = false
  const tick = () =>
    flushLastUsed().then(
      () => {
        failing = false
      },
      (err) => {
        if (!failing) opts.onError?.(err)
        failing = true
      },
    )
  const timer = opts.flushMs > 0 ? setInterval(tick, opts.flushMs) : null
  timer?.unref()

  async function close(): Promise<void> {
    if (timer) clearInterval(timer)
    await flushLastUsed().catch((err) => opts.onError?.(err))
  }

  /** Drops cached verdicts another process told us about (or all of them after a missed notification). */
  function evict(hash?: string): void {
    generation++
    if (hash) cache.delete(hash)
    else cache.clear()
  }

  /** Drops the cached verdicts of one account's tokens (it was disabled or enabled). */
  function evictAccount(accountId: string): void {
    generation++
    const hashes: string[] = []
    for (const [hash, entry] of cache.entries()) {
      if ('principal' in entry && entry.principal.accountId === accountId) hashes.push(hash)
    }
    for (const hash of hashes) cache.delete(hash)
  }

  return {
    verify,
    verifyHash,
    hashOf,
    issue,
    find,
    update,
    revoke,
    rotate,
    list,
    evict,
    evictAccount,
    flushLastUsed,
    close,
  }
}

/** Thrown inside the revoke transaction to leave it without a write or an audit record. */
class AlreadyRevoked extends Error {
  constructor(readonly row: TokenRow) {
    super('already revoked')
  }
}

export type TokenService = ReturnType<typeof createTokenService>

declare module 'fastify' {
  interface FastifyInstance {
    tokens: TokenService
  }
}

export default fp(
  async (app) => {
    const service = createTokenService(app.db, app.audit, {
      key: app.keys.tokenKey,
      cacheMs: app.config.TOKEN_CACHE_MS,
      cacheSize: app.config.TOKEN_CACHE_SIZE,
      flushMs: app.config.USAGE_FLUSH_MS,
      onError: (err) => app.log.error({ err }, 'writing token lastUsedAt failed; kept and retried'),
      onCacheLookup: app.metrics.tokenCache,
    })
    app.decorate('tokens', service)
    app.addHook('onClose', () => service.close())
  },
  { name: 'tokens', dependencies: ['config', 'db', 'audit', 'metrics'] },
)
