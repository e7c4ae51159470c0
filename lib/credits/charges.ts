// A credits account's calls are charged in the transaction that writes their usage records: a record and its
// charge are committed together or not at all, so a call is charged exactly once (a dead-lettered record is
// never charged). Each charge is drawn from the account's grants, oldest-expiring first.
import type { TxQuery } from '../db/open.ts'
import { usdToE10 } from '../money.ts'
import type { UsageEntry } from '../usage/insert.ts'
import { allocate, type OpenGrant } from './allocate.ts'
import { insertEntries, type LedgerRow, lockAccounts, openGrants, saveRemaining } from './ledger-sql.ts'

export async function chargeCredits(query: TxQuery, entries: readonly UsageEntry[]): Promise<void> {
  const billed = entries.filter((e) => e.credits === true && usdToE10(e.cost) > 0n)
  if (billed.length === 0) return
  const accountIds = billed.map((e) => e.accountId)
  await lockAccounts(query, accountIds)
  const grants = await openGrants(query, accountIds)
  const touched = new Set<OpenGrant>()
  const ledger: LedgerRow[] = billed.map((entry) => {
    const amount = usdToE10(entry.cost)
    const own = grants.get(entry.accountId) ?? []
    const { draws } = allocate(own, amount)
    for (const draw of draws) touched.add(draw.grant)
    return {
      accountId: entry.accountId,
      kind: 'charge',
      amount: -amount,
      // The grant it was drawn from (the first one when it spans several); null when none could cover it.
      grantId: draws[0]?.grant.id ?? null,
      tokenId: entry.tokenId,
      requestId: entry.requestId,
      note: null,
    }
  })
  await saveRemaining(query, [...touched])
  await insertEntries(query, ledger)
}
