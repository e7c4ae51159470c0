// PGlite is a single-process database: two processes opening the same directory would corrupt it. A lock file
// holding the owner's pid keeps a second Hub (or the CLI) out while the first runs; a lock whose process is
// gone is stale and taken over.
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

export class DatabaseLockedError extends Error {
  constructor(
    readonly dir: string,
    readonly pid: number,
  ) {
    super(
      `The embedded database in ${dir} is in use by another Hub process (pid ${pid}). ` +
        'PGlite is single-process: stop that process first (the server, or another CLI command), ' +
        'or set DATABASE_URL to use PostgreSQL, which any number of processes can share.',
    )
    this.name = 'DatabaseLockedError'
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    // EPERM: it exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** Takes the lock or throws DatabaseLockedError; returns the release function. */
export function lockDataDir(dir: string): () => void {
  const file = join(dir, 'hub.lock')
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' })
      let released = false
      const release = () => {
        if (released) return
        released = true
        process.off('exit', release)
        try {
          if (readFileSync(file, 'utf8') === String(process.pid)) rmSync(file)
        } catch {}
      }
      process.on('exit', release)
      return release
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err
      const owner = Number.parseInt(readFileSync(file, 'utf8'), 10)
      if (Number.isInteger(owner) && owner !== process.pid && alive(owner))
        throw new DatabaseLockedError(resolve(dir), owner)
      // Stale: its process is gone. Remove and try again (another process may race us to it).
      rmSync(file, { force: true })
    }
  }
  throw new Error(`could not take the lock ${file}`)
}
