// Opens PGlite with its WebAssembly compiled lean (lib/db/lean-wasm.ts): about 100 MB less resident memory.
import { PGlite } from '@electric-sql/pglite'
import { leanWasmAsync } from './lean-wasm.ts'

export function createPGlite(dataDir: string): Promise<PGlite> {
  return leanWasmAsync(() => PGlite.create({ dataDir }))
}
