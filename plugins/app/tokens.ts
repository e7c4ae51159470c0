// Access tokens: issue, verify, list, update, revoke, rotate. Verification follows Unkey's order: parse the
// format (no I/O), HMAC, in-memory cache (which also remembers unknown hashes), database, then a fixed order of
// checks. Every write evicts the cache entry, so a revoke or permission change applies to the very next request.

import fp from 'fastify-plugin'
import { LRUCache } from 'lru-cache'
import type { AccessToken, Account } from '../../generated/prisma/client.ts'
import { hashToken } from '../../lib/crypto.ts'
import type { Db } from '../../lib/db/open.ts'
import { HubError } from '../../lib/errors.ts'
import { publishInvalidation } from '../../lib/invalidation.ts'
import { fetchSize, pageOf } from '../../lib/paginate.ts'
import { generateToken, isWellFormedToken, tokenHint } from '../../lib/token-format.ts'
import type { Principal, VerifyResult } from '../../lib/tokens/principal.ts'
import type { Scope } from '../../schemas/tokens.ts'

type Cached = { principal: Principal; revoked: boolean } | { unknown: true }
type TokenRow = AccessToken & { account: Account }

export interface IssueInput {
  name: string
  accountId: string
  scopes: Scope[]
  models?: string[]
  expiresAt?: Date | null
}

export interface TokenPatch {
  name?: string
  scopes?: Scope[]
  models?: string[]
  expiresAt?: Date | null
}

export interface TokenServiceOptions {
  key: Buffer
  cacheMs: number
  cacheSize: number
  /** lastUsedAt is written in batches at this interval; 0 disables the timer (flushLastUsed still works). */
  flushMs: number
  onError?: (err: unknown) => void
}

function toPrincipal(row: AccessToken): Principal {
  return {
    tokenId: row.id,
    tokenName: row.name,
    accountId: row.accountId,
    scopes: new Set(row.scopes as Scope[]),
    models: row.models,
    expiresAt: row.expiresAt ? row.expiresAt.getTime() : null,
  }
}

export function createTokenService(db: Db, opts: TokenServiceOptions) {
  const cache = new LRUCache<string, Cached>({ max: opts.cacheSize, ttl: opts.cacheMs || 1 })
  const lastUsed = new Map<string, Date>()

  /** Evicts here and tells other processes on the same database to evict too. */
  async function changed(...hashes: string[]): Promise<void> {
    for (const hash of hashes) cache.delete(hash)
    for (const hash of hashes) await publishInvalidation(db, { kind: 'token', hash })
  }

  function judge(entry: Cached): VerifyResult {
    if ('unknown' in entry) return { ok: false, reason: 'token_invalid' }
    if (entry.revoked) return { ok: false, reason: 'token_revoked' }
    const { principal } = entry
    if (principal.expiresAt !== null && principal.expiresAt <= Date.now()) return { ok: false, reason: 'token_expired' }
    lastUsed.set(principal.tokenId, new Date())
    return { ok: true, principal }
  }

  async function verify(token: string): Promise<VerifyResult> {
    if (!isWellFormedToken(token)) return { ok: false, reason: 'token_malformed' }
    const hash = hashToken(opts.key, token)
    const hit = cache.get(hash)
    if (hit) return judge(hit)
    const row = await db.accessToken.findUnique({ where: { hash } })
    const entry: Cached = row ? { principal: toPrincipal(row), revoked: row.revokedAt !== null } : { unknown: true }
    cache.set(hash, entry)
    return judge(entry)
  }

  async function issue(input: IssueInput) {
    const token = generateToken()
    const row = await db.accessToken.create({
      data: {
        name: input.name,
        accountId: input.accountId,
        hash: hashToken(opts.key, token),
        hint: tokenHint(token),
        scopes: input.scopes,
        models: input.models ?? ['*'],
        expiresAt: input.expiresAt ?? null,
      },
      include: { account: true },
    })
    // A guess that was cached as unknown must not outlive the token's creation.
    await changed(row.hash)
    return { row, token }
  }

  async function find(id: string): Promise<TokenRow> {
    const row = await db.accessToken.findUnique({ where: { id }, include: { account: true } })
    if (!row) throw new HubError('not_found', `Token ${id} does not exist`)
    return row
  }

  async function update(id: string, patch: TokenPatch): Promise<TokenRow> {
    const before = await find(id)
    const row = await db.accessToken.update({ where: { id }, data: patch, include: { account: true } })
    await changed(before.hash)
    return row
  }

  async function revoke(id: string): Promise<TokenRow> {
    const before = await find(id)
    if (before.revokedAt) return before
    const row = await db.accessToken.update({
      where: { id },
      data: { revokedAt: new Date() },
      include: { account: true },
    })
    await changed(before.hash)
    return row
  }

  /** A new secret for the same token id; the old secret stops working at once. */
  async function rotate(id: string) {
    const before = await find(id)
    if (before.revokedAt) throw new HubError('conflict', 'A revoked token cannot be rotated')
    const token = generateToken()
    const row = await db.accessToken.update({
      where: { id },
      data: { hash: hashToken(opts.key, token), hint: tokenHint(token) },
      include: { account: true },
    })
    await changed(before.hash, row.hash)
    return { row, token }
  }

  async function list(params: { accountId?: string; limit?: number; cursor?: string }) {
    const rows = await db.accessToken.findMany({
      where: params.accountId ? { accountId: params.accountId } : {},
      include: { account: true },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: fetchSize(params.limit),
      ...(params.cursor ? { cursor: { id: params.cursor }, skip: 1 } : {}),
    })
    const { page, nextCursor } = pageOf(rows, params.limit, (row) => row.id)
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
      batch.map(([id, at]) => db.accessToken.updateMany({ where: { id }, data: { lastUsedAt: at } })),
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

  /** The account a token belongs to, created on first use of its name. */
  async function ensureAccount(name: string): Promise<Account> {
    return db.account.upsert({ where: { name }, create: { name }, update: {} })
  }

  /** Drops cached verdicts another process told us about (or all of them after a missed notification). */
  function evict(hash?: string): void {
    if (hash) cache.delete(hash)
    else cache.clear()
  }

  return { verify, issue, find, update, revoke, rotate, list, ensureAccount, evict, flushLastUsed, close }
}

export type TokenService = ReturnType<typeof createTokenService>

declare module 'fastify' {
  interface FastifyInstance {
    tokens: TokenService
  }
}

export default fp(
  async (app) => {
    const service = createTokenService(app.db, {
      key: app.keys.tokenKey,
      cacheMs: app.config.TOKEN_CACHE_MS,
      cacheSize: app.config.TOKEN_CACHE_SIZE,
      flushMs: app.config.USAGE_FLUSH_MS,
      onError: (err) => app.log.error({ err }, 'writing token lastUsedAt failed; kept and retried'),
    })
    app.decorate('tokens', service)
    app.addHook('onClose', () => service.close())
  },
  { name: 'tokens', dependencies: ['config', 'db'] },
)
