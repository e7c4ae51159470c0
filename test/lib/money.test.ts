import t from 'tap'
import { billableCount, formatPrice, toMicros } from '../../lib/money.ts'
import { callCost } from '../../lib/usage/cost.ts'
import { emptyUsage } from '../../providers/types.ts'

/** The cost of plain (uncached) prompt and completion tokens. */
const costUsd = (prompt: number, completion: number, inputMicros: bigint, outputMicros: bigint) =>
  callCost(
    { ...emptyUsage(), promptTokens: prompt, completionTokens: completion },
    { inputMicros, outputMicros, cachedInputMicros: null, cacheWriteMicros: null },
  )

t.test('prices convert to integer micro-dollars exactly', async (t) => {
  t.equal(toMicros('0.15'), 150_000n)
  t.equal(toMicros(0.6), 600_000n)
  t.equal(toMicros('2.500000'), 2_500_000n)
  t.equal(formatPrice(toMicros('0.1')), '0.100000')
  t.throws(() => toMicros('-1'))
})

t.test('cost is exact where floating point is not', async (t) => {
  // 0.1 + 0.2 style trap: 3 tokens at $0.1/M and 3 at $0.2/M.
  t.equal(costUsd(3, 3, toMicros('0.1'), toMicros('0.2')), '0.0000009000')
  t.equal(costUsd(1_000_000, 1_000_000, toMicros('0.15'), toMicros('0.6')), '0.7500000000')
  t.equal(costUsd(0, 0, 1n, 1n), '0.0000000000')
  t.equal(costUsd(123_456_789, 0, toMicros('30'), 0n), '3703.7036700000')
})

t.test('cached input and cache writes have their own prices; units replace completion tokens', async (t) => {
  const prices = {
    inputMicros: toMicros('3'),
    outputMicros: toMicros('15'),
    cachedInputMicros: toMicros('0.3'),
    cacheWriteMicros: toMicros('3.75'),
  }
  // 30 prompt tokens, of which 6 read from the cache and 4 written: 20 × 3 + 6 × 0.3 + 4 × 3.75 + 7 × 15 µUSD.
  const usage = { ...emptyUsage(), promptTokens: 30, cachedTokens: 6, cacheWriteTokens: 4, completionTokens: 7 }
  t.equal(callCost(usage, prices), '0.0001818000')
  t.equal(
    callCost(usage, { ...prices, cachedInputMicros: null, cacheWriteMicros: null }),
    '0.0001950000',
    'no cache prices: every prompt token at inputPrice',
  )
  t.equal(callCost({ ...emptyUsage(), promptTokens: 2, cachedTokens: 5 }, prices), '0.0000015000', 'never negative')
  t.equal(callCost({ ...emptyUsage(), completionTokens: 99 }, prices, 2), '30.0000000000', '2 units at $15 each')
})

t.test('cost is total: no input throws or yields malformed text', async (t) => {
  const price = toMicros('39.9999999999'.slice(0, 9)) // 39.999999 per 1M
  // Was "-39.-9999990000" for a provider's -1000000 prompt tokens: a negative count bills nothing.
  t.equal(costUsd(-1_000_000, 0, price, 0n), '0.0000000000')
  // Was a RangeError from BigInt(1.5): a fraction of a token is billed as a whole one.
  t.equal(costUsd(0, 1.5, 0n, toMicros('1')), '0.0000020000')
  t.equal(costUsd(Number.NaN, Number.POSITIVE_INFINITY, 1n, 1n), '0.0000000000')
  t.equal(costUsd(Number.NEGATIVE_INFINITY, 0, 1n, 1n), '0.0000000000')
  // Beyond 2^53 the arithmetic stays exact in BigInt.
  t.equal(costUsd(3_000_000_000, 0, toMicros('1'), 0n), '3000.0000000000')
  t.equal(costUsd(1e20, 0, toMicros('1'), 0n), '100000000000000.0000000000')
  // A negative price (never stored: the API refuses it) bills nothing rather than crediting.
  t.equal(costUsd(10, 10, -5n, -5n), '0.0000000000')
  const wellFormed = /^\d+\.\d{10}$/
  for (const n of [-1, -0, 0, 0.1, 1.5, 2 ** 31, 2 ** 53 + 1, Number.MAX_VALUE, Number.NaN, -Number.MAX_VALUE]) {
    t.match(costUsd(n, n, 150_000n, 600_000n), wellFormed, `costUsd(${n})`)
  }
})

t.test('formatPrice is well formed for every bigint', async (t) => {
  t.equal(formatPrice(0n), '0.000000')
  t.equal(formatPrice(1n), '0.000001')
  t.equal(formatPrice(-500_000n), '-0.500000', 'one leading sign, not "0.-500000"')
  t.equal(formatPrice(-39_999_999n), '-39.999999', 'not "-39.-999999"')
  t.equal(formatPrice(10n ** 30n), '1000000000000000000000000.000000')
})

t.test('billable counts', async (t) => {
  t.equal(billableCount(12), 12n)
  t.equal(billableCount(0.2), 1n)
  t.equal(billableCount(-3), 0n)
  t.equal(billableCount(Number.NaN), 0n)
})
