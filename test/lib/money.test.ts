import t from 'tap'
import { costUsd, formatPrice, toMicros } from '../../lib/money.ts'

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
