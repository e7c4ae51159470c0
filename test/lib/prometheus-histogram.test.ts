// The tallied histogram prints what a prom-client Histogram with the same buckets prints for the same
// observations, to the character: bounds, values on a bound, past the last one, label order and escaping.
import * as prom from 'prom-client'
import t from 'tap'
import { createPrometheusMetrics, LATENCY_BUCKETS } from '../../lib/metrics/prometheus.ts'
import { TalliedHistogram } from '../../lib/metrics/tallied-histogram.ts'
import type { UsageEntry } from '../../lib/usage/insert.ts'

const VALUES = [0, 0.001, 0.005, 0.0051, 0.01, 0.3, 1, 1.7, 2.5, 29.99, 300, 300.5, 1e4, 0.1 + 0.2, -1]

function pair() {
  const name = 'hub_test_seconds'
  const help = 'A test histogram, with a "quote" and a \\ in its help'
  const labelNames = ['model', 'provider']
  const theirs = new prom.Registry()
  const real = new prom.Histogram({ name, help, labelNames, buckets: LATENCY_BUCKETS, registers: [theirs] })
  const ours = new prom.Registry()
  const tallied = new TalliedHistogram(name, help, labelNames, LATENCY_BUCKETS)
  ours.registerMetric(tallied as unknown as prom.Metric)
  return { theirs, real, ours, tallied }
}

t.test('same exposition text and JSON as prom-client for the same observations', async (t) => {
  const { theirs, real, ours, tallied } = pair()
  const series = [
    ['openai/gpt-4o', 'openai'],
    ['a "quoted" \\ model\nwith a newline', ''],
    ['anthropic/claude', 'bedrock'],
  ]
  // A series made and never observed: prom-client's zero().
  tallied.labels('idle/model', 'idle')
  real.zero({ model: 'idle/model', provider: 'idle' })
  for (const [i, v] of VALUES.entries()) {
    for (const [j, [model, provider]] of series.entries()) {
      if (j === 2 && i % 3) continue
      tallied.labels(model, provider).observe(v * (j + 1))
      real.labels(model, provider).observe(v * (j + 1))
    }
  }
  const text = await ours.metrics()
  t.equal(text, await theirs.metrics())
  t.match(text, /hub_test_seconds_bucket\{le="\+Inf",model="openai\/gpt-4o",provider="openai"\} 15/)
  // As JSON: prom-client's _sum and _count samples carry an `exemplar: undefined` key, which JSON drops.
  const json = async (r: prom.Registry) => JSON.parse(JSON.stringify(await r.getMetricsAsJSON()))
  t.strictSame(await json(ours), await json(theirs))
})

t.test('one series object per label combination; reset zeroes it and it keeps counting', async (t) => {
  const { theirs, real, ours, tallied } = pair()
  t.equal(tallied.labels('m', 'p'), tallied.labels('m', 'p'))
  const s = tallied.labels('m', 'p')
  s.observe(0.2)
  s.observe(Number.NaN)
  s.observe(Number.POSITIVE_INFINITY)
  t.equal(s.count, 1, 'non-finite values are ignored (prom-client throws)')
  ours.resetMetrics()
  s.observe(0.7)
  real.labels('m', 'p').observe(0.7)
  t.equal(await ours.metrics(), await theirs.metrics())
})

t.test('HubMetrics: the three histograms, and ttfb only once a call has one', async (t) => {
  const m = createPrometheusMetrics(prom, { defaultMetrics: false })
  const entry = (ttfbMs: number | null) =>
    ({ model: 'mock/m', providerName: 'mock', status: 200, latencyMs: 1200, ttfbMs, cost: '0' }) as UsageEntry
  m.request('/v1/chat/completions', 'POST', 200, undefined, 42)
  m.call(entry(null))
  let body = (await m.scrape()).body
  t.match(body, 'hub_request_duration_seconds_bucket{le="0.05",route="/v1/chat/completions",method="POST"} 1')
  t.match(body, 'hub_upstream_duration_seconds_bucket{le="1",model="mock/m",provider="mock"} 0')
  t.match(body, 'hub_upstream_duration_seconds_bucket{le="2.5",model="mock/m",provider="mock"} 1')
  t.notMatch(body, 'hub_upstream_ttfb_seconds_count{', 'no ttfb series before a ttfb')
  m.call(entry(80))
  body = (await m.scrape()).body
  t.match(body, 'hub_upstream_ttfb_seconds_bucket{le="0.1",model="mock/m",provider="mock"} 1')
  t.match(body, 'hub_upstream_ttfb_seconds_sum{model="mock/m",provider="mock"} 0.08')
  t.match(body, 'hub_upstream_duration_seconds_count{model="mock/m",provider="mock"} 2')
})
