// Opens PGlite with less memory. V8 compiles PGlite's WebAssembly (9 MB) with both of its compilers up front,
// and the optimised code alone stays resident: about 100 MB. Compiled with the baseline compiler (Liftoff) only,
// then switched back so hot functions still tier up, a bare PGlite measured 322 MB instead of 427 MB here, with
// no slower inserts. V8 flags are process-wide: nothing else compiles WebAssembly while the database opens.
import { setFlagsFromString } from 'node:v8'
import { PGlite } from '@electric-sql/pglite'

export async function createPGlite(dataDir: string): Promise<PGlite> {
  setFlagsFromString('--liftoff-only')
  try {
    return await PGlite.create({ dataDir })
  } finally {
    setFlagsFromString('--no-liftoff-only')
  }
}
