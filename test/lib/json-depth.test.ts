import t from 'tap'
import { JSON_MAX_DEPTH, nestsDeeperThan } from '../../lib/json-depth.ts'

const nested = (levels: number, open = '{"a":', close = '}') =>
  JSON.parse(`${open.repeat(levels)}1${close.repeat(levels)}`)

t.test('counts objects and arrays, the top level as level 1', async (t) => {
  t.notOk(nestsDeeperThan(1, 0), 'a primitive has no depth')
  t.notOk(nestsDeeperThan('x'.repeat(1000), 1))
  t.ok(nestsDeeperThan({}, 0))
  t.notOk(nestsDeeperThan({ a: 1, b: 'x' }, 1))
  t.ok(nestsDeeperThan({ a: [] }, 1))
  t.notOk(nestsDeeperThan(nested(JSON_MAX_DEPTH), JSON_MAX_DEPTH), 'exactly the limit passes')
  t.ok(nestsDeeperThan(nested(JSON_MAX_DEPTH + 1), JSON_MAX_DEPTH), 'one more level does not')
  t.ok(nestsDeeperThan(nested(JSON_MAX_DEPTH + 1, '[', ']'), JSON_MAX_DEPTH), 'arrays count too')
  t.ok(nestsDeeperThan({ ok: [1, 2, { a: 1 }], deep: nested(200) }, JSON_MAX_DEPTH), 'found in any branch')
})

t.test('100,000 levels are refused without overflowing the stack', async (t) => {
  t.ok(nestsDeeperThan(nested(100_000, '[', ']'), JSON_MAX_DEPTH))
})
