// Usage records that could not be written before the process stopped (the database was unavailable) are
// saved as JSON under HUB_DATA_DIR/usage-unwritten/, and written at the next start: nothing is lost silently.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { OpenedDatabase } from '../db/open.ts'
import type { UsageEntry } from './insert.ts'
import type { DeadLetter } from './write-batch.ts'
import { writeBatch } from './write-batch.ts'

export const spillDir = (dataDir: string) => join(dataDir, 'usage-unwritten')

/** Saves the records; returns the file, or throws when the directory cannot be written. */
export function spillUsage(dataDir: string, entries: readonly UsageEntry[]): string {
  const dir = spillDir(dataDir)
  mkdirSync(dir, { recursive: true })
  const file = join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}.json`)
  writeFileSync(file, JSON.stringify(entries))
  return file
}

export interface ImportResult {
  files: number
  written: number
  deadLetters: DeadLetter[]
  /** Files that could not be read, renamed to *.unreadable. */
  unreadable: string[]
  /** Set when the database could not take them all: what is left stays in its file for the next start. */
  unavailable?: unknown
}

/** Writes the saved records; a file is removed (or cut down to what is left) as its records are settled. */
export async function importSpilledUsage(
  db: Pick<OpenedDatabase, 'execute' | 'executeOnce' | 'transactionOnce' | 'kind'>,
  dataDir: string,
  batchSize: number,
): Promise<ImportResult> {
  const result: ImportResult = { files: 0, written: 0, deadLetters: [], unreadable: [] }
  let names: string[]
  try {
    names = readdirSync(spillDir(dataDir)).filter((name) => name.endsWith('.json'))
  } catch {
    return result // no directory: nothing was saved
  }
  for (const name of names.sort()) {
    const file = join(spillDir(dataDir), name)
    let entries: UsageEntry[]
    try {
      entries = (JSON.parse(readFileSync(file, 'utf8')) as UsageEntry[]).map((e) => ({
        ...e,
        // A file saved by an earlier version lacks the columns added since; they default to 0 like the table's.
        cacheWriteTokens: e.cacheWriteTokens ?? 0,
        createdAt: new Date(e.createdAt),
      }))
    } catch {
      // Cut short (disk full, a crash while saving): kept aside for a person, never in the way of a start.
      renameSync(file, `${file}.unreadable`)
      result.unreadable.push(`${file}.unreadable`)
      continue
    }
    result.files++
    while (entries.length > 0) {
      const batch = entries.slice(0, batchSize)
      const written = await writeBatch(db, batch)
      result.deadLetters.push(...written.deadLetters)
      result.written += written.settled - written.deadLetters.length
      entries = entries.slice(written.settled)
      if (written.unavailable !== undefined) {
        writeFileSync(file, JSON.stringify(entries))
        return { ...result, unavailable: written.unavailable }
      }
    }
    rmSync(file)
  }
  return result
}
