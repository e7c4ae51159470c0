// How a debit is spread over an account's grants: oldest-expiring first (no expiry last, then the oldest grant),
// each grant giving what it holds until the debit is covered. What no grant covers is left unallocated: the
// ledger still books the whole debit, so the balance (the ledger's sum) goes below what the grants hold by it.

export interface OpenGrant {
  id: string
  /** 1e-10 USD; decreased in place as the debit is drawn. */
  remaining: bigint
}

export interface Allocation {
  draws: Array<{ grant: OpenGrant; amount: bigint }>
  unallocated: bigint
}

/** Math.min for bigints (Math.min throws on them). */
export const smaller = (a: bigint, b: bigint) => (a < b ? a : b)

/** `grants` in spending order (see ORDER_OF_SPENDING); mutates their `remaining`. */
export function allocate(grants: OpenGrant[], amount: bigint): Allocation {
  const draws: Allocation['draws'] = []
  let left = amount
  for (const grant of grants) {
    if (left <= 0n) break
    if (grant.remaining <= 0n) continue
    const drawn = smaller(grant.remaining, left)
    grant.remaining -= drawn
    left -= drawn
    draws.push({ grant, amount: drawn })
  }
  return { draws, unallocated: left }
}

/** The spending order, as SQL: the grants that expire first are spent first. */
export const ORDER_OF_SPENDING = `"expiresAt" ASC NULLS LAST, "createdAt" ASC, id ASC`
