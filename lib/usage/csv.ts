// Usage records as CSV, one page of the keyset query at a time: the export streams whatever the period holds
// without reading it all into memory.
import type { Db } from '../db/open.ts'
import { queryUsage, type UsageFilter } from './query.ts'

const COLUMNS = [
  'id',
  'createdAt',
  'requestId',
  'tokenId',
  'accountId',
  'app',
  'model',
  'provider',
  'endpoint',
  'status',
  'errorCode',
  'promptTokens',
  'completionTokens',
  'cachedTokens',
  'cacheWriteTokens',
  'reasoningTokens',
  'cost',
  'latencyMs',
  'ttfbMs',
  'aborted',
  'estimated',
] as const

const PAGE = 500

/** RFC 4180 quoting; a text cell a spreadsheet would run as a formula (=, +, -, @) is prefixed with '. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return ''
  let text = String(value)
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

export async function* usageCsv(db: Db, filter: Omit<UsageFilter, 'limit' | 'cursor'>): AsyncGenerator<string> {
  yield `${COLUMNS.join(',')}\r\n`
  let cursor: string | undefined
  do {
    const page = await queryUsage(db, { ...filter, limit: PAGE, cursor })
    if (page.data.length) {
      yield page.data.map((row) => `${COLUMNS.map((c) => csvCell(row[c])).join(',')}\r\n`).join('')
    }
    cursor = page.nextCursor ?? undefined
  } while (cursor)
}
