import { setTimeout as sleep } from 'node:timers/promises'
import { test } from 'tap'
import { fullCollection, idleCollector } from '../../lib/idle-gc.ts'

test('V8’s full collection is reachable without --expose-gc, and frees what nothing holds', async (t) => {
  const gc = fullCollection()
  let held: number[][] | null = Array.from({ length: 200 }, () => new Array(10_000).fill(1))
  const before = process.memoryUsage().heapUsed
  held = null
  gc()
  t.equal(held, null)
  t.ok(process.memoryUsage().heapUsed < before - 10_000_000, 'the 16 MB of arrays are gone')
})

test('one collection after a busy spell once idle, none while busy, none while idle for long', async (t) => {
  // A 200 ms look against a request every 20 ms: a loaded machine that runs timers late does not make a busy
  // spell look idle. Waits are for what happens, then checked; never a guess at how late a timer fires.
  let collections = 0
  const collector = idleCollector(200, () => collections++)
  t.teardown(collector.stop)
  await sleep(450)
  t.equal(collections, 0, 'never busy: nothing to give back')
  for (let i = 0; i < 30; i++) {
    collector.busy()
    await sleep(20)
  }
  t.equal(collections, 0, 'not while requests keep coming')
  for (let waited = 0; collections < 1 && waited < 5000; waited += 10) await sleep(10)
  t.equal(collections, 1, 'once the requests stopped')
  await sleep(600)
  t.equal(collections, 1, 'and not again while idle')
})

test('a second collection once the spell has been quiet for the settle time, then none', async (t) => {
  const at: number[] = []
  const collector = idleCollector(40, () => at.push(Date.now()), 200)
  t.teardown(collector.stop)
  const busy = Date.now()
  collector.busy()
  // Timers on a loaded machine fire late, never early: wait for each collection, then check when it came.
  const until = async (n: number) => {
    for (let waited = 0; at.length < n && waited < 5000; waited += 10) await sleep(10)
  }
  await until(2)
  t.equal(at.length, 2, 'two collections after one busy spell')
  t.ok(at[1]! - busy >= 160, 'the second once the settle time has passed without a request')
  t.ok(at[1]! - at[0]! >= 100, 'well after the first')
  await sleep(300)
  t.equal(at.length, 2, 'and nothing more while idle')
  collector.busy()
  await until(3)
  t.equal(at.length, 3, 'a new busy spell starts over')
})
