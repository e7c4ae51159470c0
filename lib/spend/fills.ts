// Loading a counter the store does not hold yet: once per account for a balance (the ledger's sum), once per
// period for a budget (what the token or account spent since the period began, from its usage records).
import type { Db } from '../db/open.ts'
import { usdToE10 } from '../money.ts'

export interface Fills {
  balance(accountId: string): Promise<bigint>
  spent(scope: 'token' | 'account', id: string, since: Date): Promise<bigint>
}

const e10 = (sum: { toFixed(digits: number): string } | null) => (sum === null ? 0n : usdToE10(sum.toFixed(10)))

export function databaseFills(db: Db): Fills {
  return {
    async balance(accountId) {
      const { _sum } = await db.creditLedgerEntry.aggregate({ _sum: { amount: true }, where: { accountId } })
      return e10(_sum.amount)
    },
    async spent(scope, id, since) {
      const where = scope === 'token' ? { tokenId: id } : { accountId: id }
      const { _sum } = await db.usageRecord.aggregate({
        _sum: { cost: true },
        where: { ...where, createdAt: { gte: since } },
      })
      return e10(_sum.cost)
    },
  }
}
