// A histogram counted in plain numbers, for the hot path: a prom-client Histogram child re-hashes and validates
// its labels on every observe() (3–5 µs a call, three per proxied call). Here each label combination gets one
// series object, made once, that keeps its bucket counts, sum and count with no allocation per observation.
// The registry reads it when scraped through the public metric shape (registerMetric, get), in the shape
// prom-client's Histogram gives, so the exposition is prom-client's own text. No prom-client code is loaded.

/** One series: bucket counts, sum and count of its observations. */
export class HistogramSeries {
  /** Observations per bucket, not cumulative: `counts[i]` holds those with bounds[i-1] < value <= bounds[i]. */
  readonly counts: number[]
  sum = 0
  count = 0

  constructor(
    readonly labels: Record<string, string>,
    private readonly bounds: readonly number[],
  ) {
    this.counts = bounds.map(() => 0)
  }

  observe(value: number) {
    // prom-client throws here; a metric must not fail a request, and one NaN would poison the sum for good.
    if (!Number.isFinite(value)) return
    this.sum += value
    this.count++
    // `le` as prom-client: the first bound >= value. Past the last bound only +Inf (the count) counts it.
    const bounds = this.bounds
    for (let i = 0; i < bounds.length; i++) {
      if (value <= bounds[i]) {
        this.counts[i]++
        return
      }
    }
  }
}

/** A sample as Histogram.getForPromString() gives it: the series labels apart, as `sharedLabels`. */
interface Sample {
  labels: { le?: number | string }
  sharedLabels: Record<string, string>
  value: number
  metricName: string
  /** prom-client's bucket samples carry one (null without exemplars); getMetricsAsJSON() shows it. */
  exemplar?: null
}

/** A histogram metric to hand to `Registry.registerMetric`, its series made by `labels()`. */
export class TalliedHistogram {
  readonly type = 'histogram'
  readonly aggregator = 'sum'
  private readonly series = new Map<string, HistogramSeries>()

  constructor(
    readonly name: string,
    readonly help: string,
    readonly labelNames: readonly string[],
    readonly buckets: readonly number[],
  ) {}

  /**
   * The series of these label values (in `labelNames` order), made on first use and cached: it is exposed from
   * then on, at 0 until observed (as prom-client's `zero()`).
   */
  labels(...values: string[]): HistogramSeries {
    const key = values.join('\0')
    let s = this.series.get(key)
    if (s === undefined) {
      const labels = Object.fromEntries(this.labelNames.map((label, i) => [label, values[i] ?? '']))
      s = new HistogramSeries(labels, this.buckets)
      this.series.set(key, s)
    }
    return s
  }

  /** What Registry.metrics() formats: per series its cumulative buckets, +Inf, _sum and _count. */
  async getForPromString() {
    const values: Sample[] = []
    const bucket = `${this.name}_bucket`
    for (const s of this.series.values()) {
      let acc = 0
      for (let i = 0; i < this.buckets.length; i++) {
        acc += s.counts[i]
        values.push({
          labels: { le: this.buckets[i] },
          sharedLabels: s.labels,
          value: acc,
          metricName: bucket,
          exemplar: null,
        })
      }
      values.push({
        labels: { le: '+Inf' },
        sharedLabels: s.labels,
        value: s.count,
        metricName: bucket,
        exemplar: null,
      })
      values.push({ labels: {}, sharedLabels: s.labels, value: s.sum, metricName: `${this.name}_sum` })
      values.push({ labels: {}, sharedLabels: s.labels, value: s.count, metricName: `${this.name}_count` })
    }
    return { name: this.name, help: this.help, type: this.type, values, aggregator: this.aggregator }
  }

  /** What Registry.getMetricsAsJSON() reads: the same samples, `le` and the series labels in one object. */
  async get() {
    const data = await this.getForPromString()
    const values = data.values.map(({ labels, sharedLabels, ...v }) => ({
      ...v,
      labels: { ...labels, ...sharedLabels },
    }))
    return { ...data, values }
  }

  /** Zeroes every series (prom-client drops them): callers keep their series objects and observe into them. */
  reset() {
    for (const s of this.series.values()) {
      s.counts.fill(0)
      s.sum = 0
      s.count = 0
    }
  }
}
