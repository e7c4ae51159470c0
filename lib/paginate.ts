// Keyset pagination: fetch one row more than the page to know whether another page follows.
export const DEFAULT_PAGE_SIZE = 50

/** How many rows to fetch for a page of `limit` (the schema default applies when a caller leaves it out). */
export const fetchSize = (limit = DEFAULT_PAGE_SIZE) => limit + 1

export function pageOf<T>(rows: T[], limit: number | undefined, cursorOf: (row: T) => string) {
  const size = limit ?? DEFAULT_PAGE_SIZE
  const more = rows.length > size
  const page = more ? rows.slice(0, size) : rows
  return { page, nextCursor: more ? cursorOf(page[page.length - 1]) : null }
}

/** Keyset on a bigint id, newest first: the rows after the previous page's last one. */
export const idBefore = (cursor: string | undefined) => (cursor ? { lt: BigInt(cursor) } : undefined)

/** A `createdAt` filter for [from, to), either end optional. */
export const createdBetween = (from: string | undefined, to: string | undefined) =>
  from || to ? { gte: from ? new Date(from) : undefined, lt: to ? new Date(to) : undefined } : undefined
