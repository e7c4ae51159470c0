// Usage and cost: charts over time, breakdowns, latency and errors (all aggregated by Hub's database through
// /api/admin/usage/summary), the records themselves, and a CSV export.
import { listUsage, summarizeUsage } from '@hub/api/sdk.gen.ts'
import type { UsageRecord, UsageSummary } from '@hub/api/types.gen.ts'
import { useMemo, useState } from 'react'
import {
  Area,
  AreaChart,
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'
import { call } from '../api.ts'
import { Empty, ErrorNote, Field, Link, Panel, Table, usd, useLoad, when } from '../ui.tsx'

const PERIODS = { '24h': 86_400_000, '7d': 7 * 86_400_000, '30d': 30 * 86_400_000 } as const
type Period = keyof typeof PERIODS
const BREAKDOWNS = ['model', 'provider', 'token', 'account', 'app'] as const
type Breakdown = (typeof BREAKDOWNS)[number]
type Row = UsageSummary['data'][number]

export function UsageScreen() {
  const [period, setPeriod] = useState<Period>('24h')
  const [breakdown, setBreakdown] = useState<Breakdown>('model')
  const [model, setModel] = useState('')
  // One instant per choice of period, so every panel asks about the same window.
  const range = useMemo(() => {
    const to = new Date(Math.ceil(Date.now() / 3_600_000) * 3_600_000)
    return { from: new Date(to.getTime() - PERIODS[period]).toISOString(), to: to.toISOString() }
  }, [period])
  const unit = period === '30d' ? 'day' : 'hour'
  const filter = { ...range, ...(model && { model }) }
  const series = useLoad(() => call(summarizeUsage({ query: { groupBy: unit, ...filter } })), [unit, range, model])
  const groups = useLoad(
    () => call(summarizeUsage({ query: { groupBy: breakdown, ...filter } })),
    [breakdown, range, model],
  )
  const points = useMemo(() => (series.data ? filled(series.data, unit) : []), [series.data, unit])
  const totals = useMemo(() => total(series.data?.data ?? []), [series.data])

  return (
    <>
      <h1>Usage &amp; cost</h1>
      <div className="filters">
        <Field label="Period">
          <select name="period" value={period} onChange={(e) => setPeriod(e.target.value as Period)}>
            <option value="24h">last 24 hours</option>
            <option value="7d">last 7 days</option>
            <option value="30d">last 30 days</option>
          </select>
        </Field>
        <Field label="Model">
          <input
            name="model-filter"
            placeholder="all models"
            value={model}
            onChange={(e) => setModel(e.target.value.trim())}
          />
        </Field>
      </div>
      <ErrorNote error={series.error ?? groups.error} />
      <section className="stats" aria-label="Totals">
        <Stat label="Requests" value={totals.requests.toLocaleString()} />
        <Stat label="Cost" value={usd(totals.cost)} testId="total-cost" />
        <Stat label="Tokens" value={(totals.promptTokens + totals.completionTokens).toLocaleString()} />
        <Stat
          label="Error rate"
          value={totals.requests ? `${((100 * totals.errors) / totals.requests).toFixed(1)}%` : '—'}
        />
      </section>
      {series.data && totals.requests === 0 ? (
        <Empty title="No calls in this period.">
          Issue a token on the <Link to="/tokens">Tokens</Link> screen and make a call with one of its snippets; it
          shows here within a second.
        </Empty>
      ) : (
        <div className="charts">
          <Chart title="Requests and errors">
            <BarChart data={points}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="label" minTickGap={24} />
              <YAxis allowDecimals={false} width={40} />
              <Tooltip />
              <Legend />
              <Bar dataKey="ok" name="ok" stackId="r" fill="#3b82f6" isAnimationActive={false} />
              <Bar dataKey="errors" name="errors" stackId="r" fill="#ef4444" isAnimationActive={false} />
            </BarChart>
          </Chart>
          <Chart title="Cost (USD)">
            <AreaChart data={points}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="label" minTickGap={24} />
              <YAxis width={84} tickFormatter={(v: number) => usd(v)} />
              <Tooltip formatter={(v) => usd(Number(v))} />
              <Area dataKey="cost" name="cost" stroke="#16a34a" fill="#bbf7d0" isAnimationActive={false} />
            </AreaChart>
          </Chart>
          <Chart title="Tokens">
            <BarChart data={points}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="label" minTickGap={24} />
              <YAxis width={50} />
              <Tooltip />
              <Legend />
              <Bar dataKey="promptTokens" name="input" stackId="t" fill="#8b5cf6" isAnimationActive={false} />
              <Bar dataKey="completionTokens" name="output" stackId="t" fill="#f59e0b" isAnimationActive={false} />
            </BarChart>
          </Chart>
          <Chart title="Latency (ms)">
            <LineChart data={points}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="label" minTickGap={24} />
              <YAxis width={50} />
              <Tooltip />
              <Legend />
              <Line dataKey="avgLatencyMs" name="average" stroke="#0ea5e9" dot={{ r: 2 }} isAnimationActive={false} />
              <Line dataKey="p95LatencyMs" name="p95" stroke="#f43f5e" dot={{ r: 2 }} isAnimationActive={false} />
            </LineChart>
          </Chart>
        </div>
      )}
      <Panel
        title="Breakdown"
        actions={
          <div role="tablist" className="tabs">
            {BREAKDOWNS.map((b) => (
              <button
                key={b}
                type="button"
                role="tab"
                aria-selected={b === breakdown}
                className={b === breakdown ? 'tab active' : 'tab'}
                onClick={() => setBreakdown(b)}
              >
                by {b}
              </button>
            ))}
          </div>
        }
      >
        <BreakdownTable rows={groups.data?.data ?? []} by={breakdown} />
      </Panel>
      <Records model={model} />
    </>
  )
}

function Stat({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div className="stat">
      <span>{label}</span>
      <strong data-testid={testId}>{value}</strong>
    </div>
  )
}

function Chart({ title, children }: { title: string; children: React.ReactElement }) {
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <ResponsiveContainer width="100%" height={220}>
        {children}
      </ResponsiveContainer>
    </figure>
  )
}

function BreakdownTable({ rows, by }: { rows: Row[]; by: Breakdown }) {
  if (!rows.length) return <p className="muted">Nothing in this period.</p>
  return (
    <Table
      columns={[
        by,
        { label: 'Requests', num: true },
        { label: 'Error rate', num: true },
        { label: 'Input tokens', num: true },
        { label: 'Output tokens', num: true },
        { label: 'Avg / p95 ms', num: true },
        { label: 'Cost', num: true },
      ]}
    >
      {rows.map((r) => (
        <tr key={r.key}>
          <td className="mono">{r.name ? `${r.name} (${r.key.slice(0, 8)})` : r.key || '(none)'}</td>
          <td className="num">{r.requests}</td>
          <td className="num">{((100 * r.errors) / r.requests).toFixed(1)}%</td>
          <td className="num">{r.promptTokens}</td>
          <td className="num">{r.completionTokens}</td>
          <td className="num">
            {r.avgLatencyMs} / {r.p95LatencyMs}
          </td>
          <td className="num">{usd(r.cost)}</td>
        </tr>
      ))}
    </Table>
  )
}

function Records({ model }: { model: string }) {
  const [token, setToken] = useState('')
  const [pages, setPages] = useState<UsageRecord[][]>([])
  const [cursor, setCursor] = useState<string | null>(null)
  const query = { ...(model && { model }), ...(token && { token }) }
  const first = useLoad(async () => {
    const page = await call(listUsage({ query: { limit: 50, ...query } }))
    setPages([page.data])
    setCursor(page.nextCursor)
    return page
  }, [model, token])
  const rows = pages.flat()
  const csv = `/api/admin/usage.csv?${new URLSearchParams(query)}`
  return (
    <Panel
      title="Records"
      actions={
        <a className="button secondary" href={csv} download>
          Export CSV
        </a>
      }
    >
      <div className="filters">
        <Field label="Token id">
          <input
            name="token-filter"
            placeholder="any token"
            value={token}
            onChange={(e) => setToken(e.target.value.trim())}
          />
        </Field>
      </div>
      <ErrorNote error={first.error} />
      {first.data && rows.length === 0 ? (
        <p className="muted">No records match.</p>
      ) : (
        <Table
          columns={[
            'When',
            'Model',
            'Endpoint',
            'Status',
            { label: 'In / out', num: true },
            { label: 'ms', num: true },
            { label: 'Cost', num: true },
          ]}
        >
          {rows.map((r) => (
            <tr key={r.id} data-record={r.model}>
              <td>{when(r.createdAt)}</td>
              <td className="mono">{r.model}</td>
              <td>{r.endpoint}</td>
              <td className={r.status >= 400 ? 'bad' : undefined}>
                {r.status}
                {r.errorCode ? ` ${r.errorCode}` : ''}
              </td>
              <td className="num">
                {r.promptTokens} / {r.completionTokens}
              </td>
              <td className="num">{r.latencyMs}</td>
              <td className="num" data-testid="record-cost">
                {usd(r.cost)}
              </td>
            </tr>
          ))}
        </Table>
      )}
      {cursor && (
        <button
          type="button"
          className="secondary"
          onClick={async () => {
            const page = await call(listUsage({ query: { limit: 50, cursor, ...query } }))
            setPages((p) => [...p, page.data])
            setCursor(page.nextCursor)
          }}
        >
          Load more
        </button>
      )}
    </Panel>
  )
}

function total(rows: Row[]) {
  return rows.reduce(
    (t, r) => ({
      requests: t.requests + r.requests,
      errors: t.errors + r.errors,
      promptTokens: t.promptTokens + r.promptTokens,
      completionTokens: t.completionTokens + r.completionTokens,
      cost: t.cost + Number(r.cost),
    }),
    { requests: 0, errors: 0, promptTokens: 0, completionTokens: 0, cost: 0 },
  )
}

/** Every bucket of the period, empty ones included, so the time axis is even. */
function filled(summary: UsageSummary, unit: 'day' | 'hour') {
  const step = unit === 'day' ? 86_400_000 : 3_600_000
  const byKey = new Map(summary.data.map((r) => [r.key, r]))
  const start = Math.floor(new Date(summary.from).getTime() / step) * step
  const points = []
  for (let t = start; t < new Date(summary.to).getTime(); t += step) {
    const key = new Date(t).toISOString().replace('.000Z', 'Z')
    const r = byKey.get(key)
    const d = new Date(t)
    points.push({
      label: unit === 'day' ? d.toLocaleDateString() : `${d.toLocaleDateString()} ${d.getHours()}:00`,
      ok: r ? r.requests - r.errors : 0,
      errors: r?.errors ?? 0,
      cost: r ? Number(r.cost) : 0,
      promptTokens: r?.promptTokens ?? 0,
      completionTokens: r?.completionTokens ?? 0,
      avgLatencyMs: r?.avgLatencyMs ?? null,
      p95LatencyMs: r?.p95LatencyMs ?? null,
    })
  }
  return points
}
