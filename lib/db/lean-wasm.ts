// Compiles WebAssembly with less resident memory. V8 compiles a module with both of its compilers up front, and
// the optimised code of a large module stays resident (about 100 MB for PGlite's 9 MB). Compiled with the
// baseline compiler (Liftoff) only, then switched back so hot functions still tier up, a bare PGlite measured
// 322 MB instead of 427 MB here, with no slower inserts. V8 flags are process-wide: callers compile while nothing
// else does (opening the database, applying migrations at start).
import { setFlagsFromString } from 'node:v8'

export function leanWasm<T>(compile: () => T): T {
  setFlagsFromString('--liftoff-only')
  try {
    return compile()
  } finally {
    setFlagsFromString('--no-liftoff-only')
  }
}

export async function leanWasmAsync<T>(compile: () => Promise<T>): Promise<T> {
  setFlagsFromString('--liftoff-only')
  try {
    return await compile()
  } finally {
    setFlagsFromString('--no-liftoff-only')
  }
}
