// Credits of accounts in "credits" billing mode: admin grants, refunds and adjustments (full admin only, audited,
// each one ledger entry), the ledger and grants read back, and the expiry of grants, booked once by whichever
// replica's timer gets there first. Charges are written by the usage writer (lib/credits/charges.ts). After a
// movement commits, the live balance that admission reserves against (app.spend) is moved by the same amount.
import fp from 'fastify-plugin'
import { type Actor, holderOf } from '../../lib/audit/actor.ts'
import { addCredit, debit, dueGrants, expireGrant } from '../../lib/credits/movements.ts'
import { prismaQuery } from '../../lib/credits/prisma-query.ts'
import type { Db } from '../../lib/db/open.ts'
import { HubError } from '../../lib/errors.ts'
import { usdToE10 } from '../../lib/money.ts'
import { fetchSize, idBefore, pageOf } from '../../lib/paginate.ts'
import { assertFullAdmin } from '../../lib/tokens/ceiling.ts'
import { grantView, ledgerView } from '../../lib/views/credits.ts'
import type { AuditLog } from './audit.ts'

export interface CreditsOptions {
  /** Moves the live balance after a committed movement (app.spend.credit). */
  credit(accountId: string, deltaE10: bigint): Promise<void>
  /** How often this process looks for grants to expire; 0: never (tests call expireDue). */
  expiryMs: number
  onError?: (err: unknown) => void
}

export interface GrantInput {
  amount: bigint
  expiresAt: Date | null
  note: string | null
}

export interface AdjustmentInput {
  /** Signed; a refund is positive. */
  amount: bigint
  kind: 'adjustment' | 'refund'
  note: string
  requestId: string | null
}

type LedgerParams = { limit?: number; cursor?: string; kind?: string }

const audited = (action: string, accountId: string, after: unknown) => ({
  action,
  targetType: 'account',
  targetId: accountId,
  after,
})

export function createCreditsService(db: Db, audit: AuditLog, opts: CreditsOptions) {
  async function account(accountId: string) {
    const row = await db.account.findUnique({ where: { id: accountId } })
    if (!row) throw new HubError('account_not_found', `Account ${accountId} does not exist`)
    return row
  }

  async function grant(accountId: string, input: GrantInput, actor: Actor) {
    assertFullAdmin(holderOf(actor), 'grant credits')
    if (input.amount <= 0n) throw new HubError('validation_error', 'amount must be greater than 0')
    await account(accountId)
    const { grant, entry } = await audit.change(actor, async (tx) => {
      const done = await addCredit(tx, { accountId, ...input }, 'grant')
      return { result: done, audit: audited('credits.grant', accountId, grantView(done.grant)) }
    })
    await opts.credit(accountId, input.amount)
    return { grant, entry }
  }

  /** A refund (+) or an adjustment (±): one ledger entry with a note saying why. */
  async function adjust(accountId: string, input: AdjustmentInput, actor: Actor) {
    assertFullAdmin(holderOf(actor), 'adjust credits')
    if (input.amount === 0n) throw new HubError('validation_error', 'amount must not be 0')
    if (input.kind === 'refund' && input.amount < 0n) {
      throw new HubError('validation_error', 'a refund gives credits back: its amount must be positive')
    }
    await account(accountId)
    const entry = await audit.change(actor, async (tx) => {
      const entry =
        input.amount > 0n
          ? (
              await addCredit(
                tx,
                { accountId, amount: input.amount, expiresAt: null, note: input.note },
                input.kind,
                input.requestId ?? undefined,
              )
            ).entry
          : await debit(tx, accountId, -input.amount, input.note)
      return { result: entry, audit: audited(`credits.${input.kind}`, accountId, ledgerView(entry)) }
    })
    await opts.credit(accountId, input.amount)
    return entry
  }

  async function grants(accountId: string, params: { limit?: number; cursor?: string }, actor: Actor) {
    assertFullAdmin(holderOf(actor), "read an account's credits")
    await account(accountId)
    const rows = await db.creditGrant.findMany({
      where: { accountId },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: fetchSize(params.limit),
      ...(params.cursor ? { cursor: { id: params.cursor }, skip: 1 } : {}),
    })
    const { page, nextCursor } = pageOf(rows, params.limit, (row) => row.id)
    return { data: page.map(grantView), nextCursor }
  }

  async function ledger(accountId: string, params: LedgerParams, actor: Actor) {
    assertFullAdmin(holderOf(actor), "read an account's credits")
    await account(accountId)
    return entries(accountId, params)
  }

  /** Newest first; `kind` filters (the read-back endpoint's recent charges). */
  async function entries(accountId: string, params: LedgerParams) {
    const rows = await db.creditLedgerEntry.findMany({
      where: { accountId, kind: params.kind, id: idBefore(params.cursor) },
      orderBy: { id: 'desc' },
      take: fetchSize(params.limit),
    })
    const { page, nextCursor } = pageOf(rows, params.limit, (row) => row.id.toString())
    return { data: page.map(ledgerView), nextCursor }
  }

  /**
   * `balance`: the ledger's sum, the balance as booked (app.spend's live balance also counts calls in flight);
   * `credited`: all that was ever added (grants, refunds, positive adjustments).
   */
  async function ledgerTotals(accountId: string): Promise<{ balance: bigint; credited: bigint }> {
    const { rows } = await prismaQuery(db)(
      `SELECT COALESCE(sum(amount), 0)::text AS balance, COALESCE(sum(amount) FILTER (WHERE amount > 0), 0)::text AS credited
       FROM "CreditLedgerEntry" WHERE "accountId" = $1::uuid`,
      [accountId],
    )
    return { balance: usdToE10(rows[0].balance as string), credited: usdToE10(rows[0].credited as string) }
  }

  const ledgerBalance = async (accountId: string) => (await ledgerTotals(accountId)).balance

  /** The grants that still hold credits, in the order they are spent. */
  async function openGrants(accountId: string) {
    const rows = await db.creditGrant.findMany({
      where: { accountId, expiredAt: null, remaining: { gt: 0 } },
      orderBy: [{ expiresAt: { sort: 'asc', nulls: 'last' } }, { createdAt: 'asc' }, { id: 'asc' }],
    })
    return rows.map(grantView)
  }

  /** Books every due expiry (each once, whatever other replicas do); returns how many this call booked. */
  async function expireDue(now = new Date()): Promise<number> {
    let booked = 0
    for (;;) {
      const due = await dueGrants(db, now, 100)
      for (const grant of due) {
        const done = await db.$transaction((tx) => expireGrant(tx, grant, now))
        if (!done) continue
        booked++
        if (done.amount > 0n) await opts.credit(done.accountId, -done.amount)
      }
      if (due.length < 100) return booked
    }
  }

  let running: Promise<unknown> | null = null
  const tick = () => {
    running ??= expireDue()
      .catch((err) => opts.onError?.(err))
      .finally(() => {
        running = null
      })
  }
  const timer = opts.expiryMs > 0 ? setInterval(tick, opts.expiryMs) : null
  timer?.unref()

  async function close(): Promise<void> {
    if (timer) clearInterval(timer)
    await running
  }

  return { grant, adjust, grants, ledger, entries, ledgerTotals, ledgerBalance, openGrants, expireDue, close }
}

export type CreditsService = ReturnType<typeof createCreditsService>

declare module 'fastify' {
  interface FastifyInstance {
    credits: CreditsService
  }
}

export default fp(
  async (app) => {
    const service = createCreditsService(app.db, app.audit, {
      credit: (accountId, delta) => app.spend.credit(accountId, delta),
      expiryMs: app.config.CREDIT_EXPIRY_MS,
      onError: (err) => app.log.error({ err }, 'booking the expiry of credit grants failed; retried at the next tick'),
    })
    app.decorate('credits', service)
    app.addHook('onClose', () => service.close())
  },
  { name: 'credits', dependencies: ['config', 'db', 'audit', 'spend'] },
)
