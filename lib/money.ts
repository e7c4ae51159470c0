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
  // pico-USD (1e-12) → 1e-10 units, rounded half up.
  const units = (picoUsd + 50n) / 100n
  const whole = units / 10_000_000_000n
  const frac = (units % 10_000_000_000n).toString().padStart(10, '0')
  return `${whole}.${frac}`
}

export const formatPrice = (micros: bigint): string =>
  `${micros / SCALE}.${(micros % SCALE).toString().padStart(6, '0')}`
