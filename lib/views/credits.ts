import type { CreditGrant, CreditLedgerEntry } from '../../generated/prisma/client.ts'
import { e10ToUsd, usdToE10 } from '../money.ts'

const iso = (d: Date | null) => (d ? d.toISOString() : null)

/** A Decimal(20,10) column as exact 1e-10 USD. */
export const decimalE10 = (value: { toFixed(digits: number): string }) => usdToE10(value.toFixed(10))

/** USD as the API shows it: a decimal string with 10 decimals ("12.5000000000"). */
const usd = (value: { toFixed(digits: number): string }) => e10ToUsd(decimalE10(value))

export function grantView(row: CreditGrant) {
  return {
    id: row.id,
    accountId: row.accountId,
    amount: usd(row.amount),
    remaining: usd(row.remaining),
    expiresAt: iso(row.expiresAt),
    expiredAt: iso(row.expiredAt),
    note: row.note,
    createdAt: row.createdAt.toISOString(),
  }
}

export function ledgerView(row: CreditLedgerEntry) {
  return {
    id: row.id.toString(),
    accountId: row.accountId,
    kind: row.kind as 'grant' | 'charge' | 'refund' | 'expiry' | 'adjustment',
    amount: usd(row.amount),
    grantId: row.grantId,
    tokenId: row.tokenId,
    requestId: row.requestId,
    note: row.note,
    createdAt: row.createdAt.toISOString(),
  }
}
