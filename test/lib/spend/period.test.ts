// Budget periods on calendar boundaries in a time zone: days at local midnight, ISO weeks from Monday, months on
// the first, across a daylight-saving change.
import t from 'tap'
import { createPeriods } from '../../../lib/spend/period.ts'

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString())

t.test('day, week and month in UTC', async (t) => {
  const periods = createPeriods('UTC')
  const now = Date.parse('2026-12-02T13:45:00Z') // a Wednesday
  t.same(
    [iso(periods('day', now).start), iso(periods('day', now).end)],
    ['2026-12-02T00:00:00.000Z', '2026-12-03T00:00:00.000Z'],
  )
  t.same(
    [iso(periods('week', now).start), iso(periods('week', now).end)],
    ['2026-11-30T00:00:00.000Z', '2026-12-07T00:00:00.000Z'],
  )
  t.same(
    [iso(periods('month', now).start), iso(periods('month', now).end)],
    ['2026-12-01T00:00:00.000Z', '2027-01-01T00:00:00.000Z'],
  )
  t.same(periods('lifetime', now), { start: 0, end: null })
  const sunday = Date.parse('2026-12-06T23:59:59Z')
  t.equal(iso(periods('week', sunday).start), '2026-11-30T00:00:00.000Z', 'Sunday belongs to the week of Monday')
  t.equal(iso(periods('week', sunday + 1000).start), '2026-12-07T00:00:00.000Z', 'Monday starts the next')
})

t.test('local midnight across a daylight-saving change (Europe/Paris)', async (t) => {
  const periods = createPeriods('Europe/Paris')
  // 29 March 2026: clocks go from 02:00 to 03:00; that day has 23 hours.
  const day = periods('day', Date.parse('2026-03-29T12:00:00Z'))
  t.equal(iso(day.start), '2026-03-28T23:00:00.000Z', 'midnight at UTC+1')
  t.equal(iso(day.end), '2026-03-29T22:00:00.000Z', 'the next midnight at UTC+2')
  const month = periods('month', Date.parse('2026-03-31T22:30:00Z')) // 00:30 on 1 April in Paris
  t.equal(iso(month.start), '2026-03-31T22:00:00.000Z')
  t.equal(iso(month.end), '2026-04-30T22:00:00.000Z')
})
