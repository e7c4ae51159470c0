// Turns the measurements into the printed tables and the PASS/MISS table of the targets.
import { percentile, type Samples, type Throughput } from './measure.ts'

export const TARGETS = {
  /** Added p50 at concurrency 1 over direct, ms. */
  p50AddedMs: 0.3,
  /** …and at most this multiple of the bare proxy's added p50. */
  p50AddedOverBare: 2,
  /** RPS at concurrency 50 over the bare proxy's. */
  rpsRatio: 0.6,
  /** CPU share of one core Hub may use once its usage flush is over and no request comes. */
  idleCpuShare: 0.05,
  /** RSS 10 s after the load on PostgreSQL, MB. */
  postgresRssMb: 200,
  /** RSS 10 s after the load on PGlite above a bare PGlite process, MB. */
  pgliteOverheadMb: 80,
}

/** One Hub configuration, measured together with direct and the bare proxy (indexes 0, 1, 2). */
export interface HubRun {
  name: string
  names: string[]
  latency: Samples[]
  ttfb: Samples[]
  throughput: Throughput[][]
  coldStartMs: number
  firstWindowMs: number
  cpuFirstMs: number
  laterWindowMs: number
  cpuLaterMs: number
  rssMb: number
  treeRssMb: number
  usageRecords: number | null
  requests: number
  pglite: boolean
}

export interface Results {
  runs: HubRun[]
  seconds: number
  concurrency: number
  baselineRssMb: number
}

const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(3) : '—')
const plus = (v: number) => (Number.isFinite(v) ? `${v >= 0 ? '+' : ''}${v.toFixed(3)}` : '—')
const mark = (ok: boolean) => (ok ? 'PASS' : 'MISS')

function table(header: string[], rows: string[][]): string {
  const all = [header, ...rows]
  const widths = header.map((_, c) => Math.max(...all.map((r) => r[c]!.length)))
  const line = (r: string[]) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
  return all.map((r) => `  ${line(r).join('   ')}`).join('\n')
}

const failures = (s: Samples) => (s.errors ? `  (${s.errors} failed)` : '')

function rpsOf(rounds: Throughput[]) {
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
}

function details(r: HubRun, seconds: number, concurrency: number) {
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
  const runs = r.throughput.map(rpsOf)
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
  const text = [
    `== ${r.name}`,
    `Added latency at concurrency 1 (non-streaming, whole answer; added = target − direct)`,
    latency,
    '',
    `Throughput at concurrency ${concurrency} (non-streaming, ${seconds} s each over alternating rounds; latencies from autocannon)`,
    rps,
    '',
    'Streaming time to first body byte at concurrency 1',
    ttfb,
    '',
    `Cold start ${r.coldStartMs.toFixed(0)} ms (spawn → /health); after the load: ${r.cpuFirstMs} ms CPU in the first ` +
      `${r.firstWindowMs} ms, ${r.cpuLaterMs} ms in the next ${r.laterWindowMs} ms; RSS ${r.rssMb.toFixed(0)} MB ` +
      `(${r.treeRssMb.toFixed(0)} MB with its launcher); ` +
      (r.usageRecords === null ? 'usage records not counted' : `${r.usageRecords} usage records written`),
  ].join('\n')
  return {
    text,
    added: p50[2]! - p50[0]!,
    addedP99: p99[2]! - p99[0]!,
    bareAdded: p50[1]! - p50[0]!,
    rps: runs[2]!.rps,
    ratio: runs[2]!.rps / runs[1]!.rps,
    // The same Hub with a token under credits, budgets and rate limits (index 3), and calling a model behind
    // two deployments (index 4), when measured.
    variants: VARIANTS.filter((v) => r.names.length > v.index).map((v) => ({
      ...v,
      added: p50[v.index]! - p50[0]!,
      addedP99: p99[v.index]! - p99[0]!,
      rps: runs[v.index]!.rps,
      ratio: runs[v.index]!.rps / runs[1]!.rps,
      cost: { p50: p50[v.index]! - p50[2]!, rps: runs[v.index]!.rps / runs[2]!.rps },
    })),
  }
}

/** Targets measured beside the plain Hub: the same Hub with one feature on, by their index among the targets. */
const VARIANTS = [
  {
    index: 3,
    label: 'limits on',
    what: 'the limits (credits, budgets, RPM/TPM/concurrency on the token and its account)',
  },
  { index: 4, label: 'routing on', what: 'routing (a model behind two weighted deployments)' },
]

export function report(r: Results): { text: string; verdict: string } {
  const sections: string[] = []
  const rows: string[][] = []
  let allOk = true
  const row = (config: string, what: string, value: string, target: string, ok: boolean) => {
    allOk &&= ok
    rows.push([config, what, value, target, mark(ok)])
  }
  for (const run of r.runs) {
    const d = details(run, r.seconds, r.concurrency)
    sections.push(d.text)
    const short = run.pglite ? 'PGlite' : 'PostgreSQL'
    const addedLimit = Math.min(TARGETS.p50AddedMs, TARGETS.p50AddedOverBare * Math.max(0, d.bareAdded))
    row(
      short,
      'added p50 / p99 at c=1',
      `${plus(d.added)} / ${plus(d.addedP99)} ms`,
      `p50 ≤ ${TARGETS.p50AddedMs} and ≤ ${TARGETS.p50AddedOverBare}× bare (${plus(d.bareAdded)})`,
      d.added <= addedLimit,
    )
    row(
      short,
      `RPS at c=${r.concurrency} / bare`,
      `${d.rps.toFixed(0)} (${d.ratio.toFixed(2)}×)`,
      `≥ ${TARGETS.rpsRatio}×`,
      d.ratio >= TARGETS.rpsRatio,
    )
    for (const v of d.variants) {
      row(
        short,
        `${v.label}: added p50 / p99`,
        `${plus(v.added)} / ${plus(v.addedP99)} ms`,
        'as above',
        v.added <= addedLimit,
      )
      row(
        short,
        `${v.label}: RPS / bare`,
        `${v.rps.toFixed(0)} (${v.ratio.toFixed(2)}×)`,
        `≥ ${TARGETS.rpsRatio}×`,
        v.ratio >= TARGETS.rpsRatio,
      )
      sections.push(
        `Cost of ${v.what} (${short}): ${plus(v.cost.p50)} ms p50 at c=1, ${v.cost.rps.toFixed(2)}× the req/s of the ` +
          'same Hub without',
      )
    }
    const share = run.cpuLaterMs / run.laterWindowMs
    row(
      short,
      'CPU after load (flush over)',
      `${(share * 100).toFixed(1)} % of a core`,
      `≤ ${TARGETS.idleCpuShare * 100} %`,
      share <= TARGETS.idleCpuShare,
    )
    if (run.pglite) {
      const limit = r.baselineRssMb + TARGETS.pgliteOverheadMb
      row(
        short,
        'RSS 10 s after the load',
        `${run.rssMb.toFixed(0)} MB`,
        `≤ ${limit.toFixed(0)} MB (bare PGlite ${r.baselineRssMb.toFixed(0)} + ${TARGETS.pgliteOverheadMb})`,
        run.rssMb <= limit,
      )
    } else {
      row(
        short,
        'RSS 10 s after the load',
        `${run.rssMb.toFixed(0)} MB`,
        `≤ ${TARGETS.postgresRssMb} MB`,
        run.rssMb <= TARGETS.postgresRssMb,
      )
    }
    rows.push([short, 'cold start (spawn → /health)', `${run.coldStartMs.toFixed(0)} ms`, '—', ''])
  }
  const verdict = [
    'Targets (ratios within this run)',
    table(['', 'measure', 'value', 'target', ''], rows),
    `Overall ${mark(allOk)}`,
  ].join('\n')
  return { text: sections.join('\n\n'), verdict }
}
