// Turns the measurements into the printed tables and the verdict line.
import { percentile, type Samples, type Throughput } from './measure.ts'

export const TARGETS = { p50AddedMs: 0.3, rpsRatio: 0.7 }

export interface Results {
  names: string[]
  latency: Samples[]
  ttfb: Samples[]
  /** Per target, its rounds. */
  throughput: Throughput[][]
  seconds: number
  concurrency: number
  usageRecords: number | null
}

const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(3) : '—')
const plus = (v: number) => (Number.isFinite(v) ? `${v >= 0 ? '+' : ''}${v.toFixed(3)}` : '—')

function table(header: string[], rows: string[][]): string {
  const all = [header, ...rows]
  const widths = header.map((_, c) => Math.max(...all.map((r) => r[c]!.length)))
  const line = (r: string[]) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
  return all.map((r) => `  ${line(r).join('   ')}`).join('\n')
}

const failures = (s: Samples) => (s.errors ? `  (${s.errors} failed)` : '')

/** Index 0 is direct, 1 the bare proxy, 2 Hub. */
export function report(r: Results): { text: string; verdict: string } {
  const p50 = r.latency.map((s) => percentile(s.ms, 50))
  const p99 = r.latency.map((s) => percentile(s.ms, 99))
  const latency = table(
    ['', 'n', 'p50 ms', 'p99 ms', 'added p50', 'added p99'],
    r.names.map((name, i) => [
      name + failures(r.latency[i]!),
      String(r.latency[i]!.ms.length),
      ms(p50[i]!),
      ms(p99[i]!),
      i === 0 ? '—' : plus(p50[i]! - p50[0]!),
      i === 0 ? '—' : plus(p99[i]! - p99[0]!),
    ]),
  )

  const runs = r.throughput.map((rounds) => {
    const sum = (f: (t: Throughput) => number) => rounds.reduce((acc, t) => acc + f(t), 0)
    const perRound = rounds.map((t) => t.requests / t.seconds)
    return {
      rps: sum((t) => t.requests) / sum((t) => t.seconds),
      range: `${Math.min(...perRound).toFixed(0)}–${Math.max(...perRound).toFixed(0)}`,
      requests: sum((t) => t.requests),
      p50: percentile(
        rounds.map((t) => t.p50),
        50,
      ),
      p99: Math.max(...rounds.map((t) => t.p99)),
      failed: sum((t) => t.failed),
    }
  })
  const ratio = runs[2]!.rps / runs[1]!.rps
  const rps = table(
    ['', 'req/s', 'rounds req/s', 'requests', 'p50 ms', 'worst p99 ms', 'failed'],
    r.names.map((name, i) => {
      const t = runs[i]!
      return [name, t.rps.toFixed(0), t.range, String(t.requests), String(t.p50), String(t.p99), String(t.failed)]
    }),
  )

  const first = r.ttfb.map((s) => percentile(s.ms, 50))
  const ttfb = table(
    ['', 'n', 'TTFB p50 ms', 'TTFB p99 ms', 'vs direct', 'vs bare'],
    r.names.map((name, i) => [
      name + failures(r.ttfb[i]!),
      String(r.ttfb[i]!.ms.length),
      ms(first[i]!),
      ms(percentile(r.ttfb[i]!.ms, 99)),
      i === 0 ? '—' : plus(first[i]! - first[0]!),
      i < 2 ? '—' : plus(first[i]! - first[1]!),
    ]),
  )

  const added = p50[2]! - p50[0]!
  const latencyOk = added <= TARGETS.p50AddedMs
  const rpsOk = ratio >= TARGETS.rpsRatio
  const mark = (ok: boolean) => (ok ? 'PASS' : 'MISS')
  const text = [
    `Added latency at concurrency 1 (non-streaming, whole answer; added = target − direct)`,
    latency,
    `  Hub over bare proxy: p50 ${plus(p50[2]! - p50[1]!)} ms, p99 ${plus(p99[2]! - p99[1]!)} ms`,
    '',
    `Throughput at concurrency ${r.concurrency} (non-streaming, ${r.seconds} s each over alternating rounds; latencies from autocannon)`,
    rps,
    `  Hub / bare proxy = ${ratio.toFixed(2)}`,
    '',
    'Streaming time to first body byte at concurrency 1',
    ttfb,
    '',
    r.usageRecords === null
      ? 'Metering: Hub did not report its usage records'
      : `Metering: Hub wrote ${r.usageRecords} usage records to ${process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : 'the embedded PGlite'}`,
  ].join('\n')
  const verdict =
    `Verdict: Hub p50 added ${ms(added)} ms (target ≤ ${TARGETS.p50AddedMs}) ${mark(latencyOk)}; ` +
    `RPS ratio ${ratio.toFixed(2)} (target ≥ ${TARGETS.rpsRatio}) ${mark(rpsOk)}; ` +
    `overall ${mark(latencyOk && rpsOk)}`
  return { text, verdict }
}
