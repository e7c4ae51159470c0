// Reads every page of a cursor-paginated list (the console's lists are operator-sized: tokens, accounts).
export async function allPages<T>(
  fetchPage: (cursor: string | undefined) => Promise<{ data: T[]; nextCursor: string | null }>,
  maxPages = 20,
): Promise<T[]> {
  const rows: T[] = []
  let cursor: string | undefined
  for (let i = 0; i < maxPages; i++) {
    const page = await fetchPage(cursor)
    rows.push(...page.data)
    if (!page.nextCursor) break
    cursor = page.nextCursor
  }
  return rows
}
