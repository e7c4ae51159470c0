// Admin movements of an account's credits, each inside a transaction that already holds the account's lock
// (lockAccounts): a grant, a refund or adjustment, an expiry. Each writes one ledger entry and keeps the
// invariant the ledger is read by: balance (the ledger's sum) = what the grants hold − what is unallocated.
import type { Prisma } from '../../generated/prisma/client.ts'
import { e10ToUsd } from '../money.ts'
import { decimalE10 } from '../views/credits.ts'
import { allocate, smaller } from './allocate.ts'
import { debtOf, lockAccounts, openGrants, saveRemaining, utcText } from './ledger-sql.ts'
import { prismaQuery } from './prisma-query.ts'

type Tx = Prisma.TransactionClient

export interface Credit {
  accountId: string
  /** 1e-10 USD, > 0. */
  amount: bigint
  expiresAt: Date | null
  note: string | null
}

/**
 * New credits: a grant holding `amount`, less what earlier charges left unallocated (those are paid first, so the
 * grants never hold more than the balance). `kind`: a grant, or a refund / positive adjustment (a grant without
 * expiry that the ledger entry names).
 */
export async function addCredit(tx: Tx, credit: Credit, kind: 'grant' | 'refund' | 'adjustment', requestId?: string) {
  const query = prismaQuery(tx)
  await lockAccounts(query, [credit.accountId])
  const debt = await debtOf(query, credit.accountId)
  const paid = debt > 0n ? smaller(debt, credit.amount) : 0n
  const grant = await tx.creditGrant.create({
    data: {
      accountId: credit.accountId,
      amount: e10ToUsd(credit.amount),
      remaining: e10ToUsd(credit.amount - paid),
      expiresAt: credit.expiresAt,
      note: credit.note,
    },
  })
  const entry = await tx.creditLedgerEntry.create({
    data: {
      accountId: credit.accountId,
      kind,
      amount: e10ToUsd(credit.amount),
      grantId: grant.id,
      requestId: requestId ?? null,
      note: credit.note,
    },
  })
  return { grant, entry }
}

/** Takes credits away (a negative adjustment): drawn from the grants as a charge is. */
export async function debit(tx: Tx, accountId: string, amount: bigint, note: string) {
  const query = prismaQuery(tx)
  await lockAccounts(query, [accountId])
  const grants = (await openGrants(query, [accountId])).get(accountId) ?? []
  const { draws } = allocate(grants, amount)
  await saveRemaining(
    query,
    draws.map((d) => d.grant),
  )
  return tx.creditLedgerEntry.create({
    data: { accountId, kind: 'adjustment', amount: e10ToUsd(-amount), grantId: draws[0]?.grant.id ?? null, note },
  })
}

/**
 * Books the expiry of one grant: what it still holds leaves the balance, once. Another replica may have booked it
 * already (expiredAt set): then nothing happens and null is returned.
 */
export async function expireGrant(tx: Tx, grant: { id: string; accountId: string }, now: Date) {
  await lockAccounts(prismaQuery(tx), [grant.accountId])
  const row = await tx.creditGrant.findUnique({ where: { id: grant.id } })
  if (!row || row.expiredAt !== null) return null
  const left = decimalE10(row.remaining)
  await tx.creditGrant.update({ where: { id: row.id }, data: { remaining: '0', expiredAt: now } })
  if (left > 0n) {
    await tx.creditLedgerEntry.create({
      data: { accountId: row.accountId, kind: 'expiry', amount: e10ToUsd(-left), grantId: row.id },
    })
  }
  return { accountId: row.accountId, amount: left }
}

/** The grants whose expiry is due and not booked yet, oldest first. */
export async function dueGrants(tx: Tx, now: Date, limit: number) {
  return prismaQuery(tx)(
    `SELECT id, "accountId" FROM "CreditGrant" WHERE "expiredAt" IS NULL AND "expiresAt" <= $1::timestamp
     ORDER BY "expiresAt" LIMIT $2`,
    [utcText(now), limit],
  ).then(({ rows }) => rows as Array<{ id: string; accountId: string }>)
}
