// Exact cost arithmetic. Prices are USD per 1M tokens with up to 6 decimals; converting them to integer
// micro-dollars makes tokens × price an exact BigInt in units of 1e-12 USD, formatted once for storage.
const SCALE = 1_000_000n

/** "0.150000" or 0.15 → 150000n (micro-USD per 1M tokens). */
export function toMicros(price: string | number): bigint {
  const text = typeof price === 'number' ? price.toFixed(6) : price
  const match = /^(\d+)(?:\.(\d{0,6})\d*)?$/.exec(text.trim())
  if (!match) throw new Error(`invalid price: ${text}`)
  return BigInt(match[1]) * SCALE + BigInt((match[2] ?? '').padEnd(6, '0'))
}

/** pico-USD (price micros × tokens) as USD with 10 decimals (rounded half up): the usage record's `cost`. */
export function formatPicoUsd(picoUsd: bigint): string {
  // pico-USD (1e-12) → 1e-10 units, rounded half up; a negative amount keeps one sign.
  return decimalText(picoUsd < 0n ? -((-picoUsd + 50n) / 100n) : (picoUsd + 50n) / 100n, 10)
}

/**
 * A count as billed: whole, non-negative tokens. Total for any number: what cannot be a count (negative,
 * NaN, ±Infinity) bills nothing, a fraction is rounded up. Counts are validated before metering
 * (lib/usage/sanitize-usage.ts); this only keeps the arithmetic from ever throwing.
 */
export function billableCount(count: number): bigint {
  if (!Number.isFinite(count) || count <= 0) return 0n
  return BigInt(Math.ceil(count))
}

/** Micro-USD as "1.500000"; a negative amount keeps one leading sign ("-0.500000"), never "-0.-500000". */
export const formatPrice = (micros: bigint): string => decimalText(micros, 6)

/** An integer of 10^-decimals units as decimal text, well formed for every bigint. */
function decimalText(value: bigint, decimals: number): string {
  const sign = value < 0n ? '-' : ''
  const magnitude = value < 0n ? -value : value
  const scale = 10n ** BigInt(decimals)
  return `${sign}${magnitude / scale}.${(magnitude % scale).toString().padStart(decimals, '0')}`
}

/** 1e-10 USD: how money is held in memory, in Redis and summed (the usage record's and the ledger's precision). */
const E10 = 10_000_000_000n

/** "12.5", "0.0000000001" or "-3" (USD as decimal text, at most 10 decimals) → bigint in 1e-10 USD. */
export function usdToE10(text: string): bigint {
  const match = /^(-)?(\d+)(?:\.(\d{1,10}))?$/.exec(text.trim())
  if (!match) throw new Error(`invalid USD amount: ${text}`)
  const magnitude = BigInt(match[2]) * E10 + BigInt((match[3] ?? '').padEnd(10, '0'))
  return match[1] ? -magnitude : magnitude
}

/** bigint in 1e-10 USD → "12.5000000000" (the usage record's `cost` format). */
export const e10ToUsd = (value: bigint): string => decimalText(value, 10)
