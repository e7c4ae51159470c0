// Random identifiers on the hot path (trace ids, item ids) without a call into OpenSSL per identifier: Node's
// randomBytes(n) for a few bytes costs a synchronous RAND_bytes (and a getpid) each time, a measurable part of a
// proxied call. Bytes are drawn from a pool refilled by randomFillSync, as crypto.randomUUID does internally;
// they are as random as randomBytes', and no byte is handed out twice.
import { randomFillSync } from 'node:crypto'

const POOL_SIZE = 4096
const pool = Buffer.allocUnsafe(POOL_SIZE)
let offset = POOL_SIZE

/** `size` random bytes as lowercase hex. */
export function randomHex(size: number): string {
  if (size > POOL_SIZE) return randomFillSync(Buffer.allocUnsafe(size)).toString('hex')
  if (offset + size > POOL_SIZE) {
    randomFillSync(pool)
    offset = 0
  }
  const hex = pool.toString('hex', offset, offset + size)
  offset += size
  return hex
}
