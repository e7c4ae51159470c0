// Accounts own tokens and are billed for their usage. They are created explicitly (the admin API or the CLI),
// never by naming one: an unknown account is a 404. Writes need a full admin token (or the CLI), are recorded in
// the audit log, and disabling one refuses its tokens from the next request, on every replica.
import fp from 'fastify-plugin'
import type { Account } from '../../generated/prisma/client.ts'
import type { Actor } from '../../lib/audit/actor.ts'
import { holderOf } from '../../lib/audit/actor.ts'
import type { Db } from '../../lib/db/open.ts'
import { HubError } from '../../lib/errors.ts'
import { publishInvalidation } from '../../lib/invalidation.ts'
import { fetchSize, pageOf } from '../../lib/paginate.ts'
import { assertFullAdmin } from '../../lib/tokens/ceiling.ts'
import type { BillingMode } from '../../lib/tokens/principal.ts'
import { accountView } from '../../lib/views/accounts.ts'
import { type BudgetInput, type LimitsInput, limitColumns, limitsView } from '../../lib/views/limits.ts'
import type { AuditLog, Tx } from './audit.ts'
import type { TokenService } from './tokens.ts'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Billing mode, budget and rate limits (left out: the defaults on create, unchanged on update). */
export interface AccountSpend {
  billingMode?: BillingMode
  budget?: BudgetInput | null
  limits?: LimitsInput
}

export interface AccountPatch extends AccountSpend {
  name?: string
  disabled?: boolean
}

const spendColumns = (spend: AccountSpend) => ({
  billingMode: spend.billingMode,
  ...limitColumns(spend.budget, spend.limits),
})

/** What the token cache holds of an account: a change to any of it must reach every replica's cache. */
const cachedPart = (row: Account) => JSON.stringify([row.disabledAt === null, row.billingMode, limitsView(row)])

export function createAccountService(db: Db, audit: AuditLog, tokens: Pick<TokenService, 'evictAccount'>) {
  async function find(id: string): Promise<Account> {
    const row = await db.account.findUnique({ where: { id } })
    if (!row) throw new HubError('account_not_found', `Account ${id} does not exist`)
    return row
  }

  /** An account by id or by name; never creates one. */
  async function resolve(ref: string): Promise<Account> {
    const row = UUID.test(ref)
      ? await db.account.findUnique({ where: { id: ref } })
      : await db.account.findUnique({ where: { name: ref } })
    if (!row) {
      throw new HubError(
        'account_not_found',
        `Account "${ref}" does not exist; create it with POST /api/admin/accounts`,
      )
    }
    return row
  }

  /** `within`: a transaction the caller holds (the bootstrap's). */
  async function create(name: string, actor: Actor, within?: Tx, spend: AccountSpend = {}): Promise<Account> {
    assertFullAdmin(holderOf(actor), 'create accounts')
    return audit.change(
      actor,
      async (tx) => {
        const row = await tx.account.create({ data: { name, ...spendColumns(spend) } })
        return {
          result: row,
          audit: { action: 'account.create', targetType: 'account', targetId: row.id, after: accountView(row) },
        }
      },
      within,
    )
  }

  /**
   * Rename, disable or enable, change the billing mode, budget or limits. Disabling refuses the account's tokens
   * from the next request, everywhere; a new mode or limit applies from the next request, everywhere.
   */
  async function update(id: string, patch: AccountPatch, actor: Actor): Promise<Account> {
    assertFullAdmin(holderOf(actor), 'change accounts')
    const { before, row } = await audit.change(actor, async (tx) => {
      const before = await tx.account.findUnique({ where: { id } })
      if (!before) throw new HubError('account_not_found', `Account ${id} does not exist`)
      const disabledAt =
        patch.disabled === undefined ? undefined : patch.disabled ? (before.disabledAt ?? new Date()) : null
      const row = await tx.account.update({
        where: { id },
        data: { name: patch.name, disabledAt, ...spendColumns(patch) },
      })
      const audited = { targetType: 'account', targetId: id, before: accountView(before), after: accountView(row) }
      return { result: { before, row }, audit: { action: 'account.update', ...audited } }
    })
    if (cachedPart(before) !== cachedPart(row)) {
      tokens.evictAccount(id)
      await publishInvalidation(db, { kind: 'account', id })
    }
    return row
  }

  /** The operator's own account (bootstrap, CLI default): created on first use, recorded as such. */
  async function ensure(name: string, actor: Actor, within?: Tx): Promise<Account> {
    const row = await (within ?? db).account.findUnique({ where: { name } })
    return row ?? create(name, actor, within)
  }

  async function list(params: { limit?: number; cursor?: string }) {
    const rows = await db.account.findMany({
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: fetchSize(params.limit),
      ...(params.cursor ? { cursor: { id: params.cursor }, skip: 1 } : {}),
    })
    const { page, nextCursor } = pageOf(rows, params.limit, (row) => row.id)
    return { rows: page, nextCursor }
  }

  return { find, resolve, create, update, ensure, list }
}

export type AccountService = ReturnType<typeof createAccountService>

declare module 'fastify' {
  interface FastifyInstance {
    accounts: AccountService
  }
}

export default fp(
  async (app) => {
    app.decorate('accounts', createAccountService(app.db, app.audit, app.tokens))
  },
  { name: 'accounts', dependencies: ['db', 'audit', 'tokens'] },
)
