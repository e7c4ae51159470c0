// Timing primitives: sequential calls at concurrency 1 (the whole answer, or a stream's first body byte) and
// autocannon for throughput at a fixed concurrency.
import { performance } from 'node:perf_hooks'
import autocannon from 'autocannon'
import { Pool } from 'undici'

export interface Target {
  name: string
  /** The chat completions endpoint. */
  url: string
  authorization: string
  model: string
}

const bodyOf = (model: string, stream: boolean) =>
  JSON.stringify({ model, messages: [{ role: 'user', content: 'hi' }], ...(stream ? { stream: true } : {}) })

const headersOf = (target: Target) => ({ 'content-type': 'application/json', authorization: target.authorization })

export type Client = ReturnType<typeof client>

/** One kept-alive connection to a target; `time` returns milliseconds and throws on anything but a 200. */
export function client(target: Target) {
  const url = new URL(target.url)
  const pool = new Pool(url.origin, { connections: 1 })
  const headers = headersOf(target)
  const bodies = { plain: bodyOf(target.model, false), stream: bodyOf(target.model, true) }

  async function time(stream: boolean): Promise<number> {
    const start = performance.now()
    const res = await pool.request({
      method: 'POST',
      path: url.pathname,
      headers,
      body: stream ? bodies.stream : bodies.plain,
    })
    let elapsed: number
    if (stream) {
      const chunks = res.body[Symbol.asyncIterator]()
      await chunks.next()
      elapsed = performance.now() - start
      let done = false
      while (!done) done = (await chunks.next()).done === true
    } else {
      await res.body.arrayBuffer()
      elapsed = performance.now() - start
    }
    if (res.statusCode !== 200) throw new Error(`${target.name} answered HTTP ${res.statusCode}`)
    return elapsed
  }

  return { target, time, close: () => pool.close() }
}

export interface Samples {
  ms: number[]
  errors: number
}

/**
 * Calls the targets in turn, one request at a time, for `seconds` or `calls` rounds. Interleaving spreads any
 * drift of the machine (frequency, neighbours, GC) evenly over the targets; the first in a round rotates.
 */
export async function rotate(
  clients: Client[],
  stream: boolean,
  until: { seconds?: number; calls?: number },
): Promise<Samples[]> {
  const samples = clients.map(() => ({ ms: [] as number[], errors: 0 }))
  const end = performance.now() + (until.seconds ?? Number.POSITIVE_INFINITY) * 1000
  const rounds = until.calls ?? Number.POSITIVE_INFINITY
  for (let round = 0; round < rounds && performance.now() < end; round++) {
    for (let k = 0; k < clients.length; k++) {
      const i = (round + k) % clients.length
      try {
        samples[i]!.ms.push(await clients[i]!.time(stream))
      } catch {
        samples[i]!.errors++
      }
    }
  }
  return samples
}

/** Nearest-rank percentile. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!
}

export interface Throughput {
  requests: number
  seconds: number
  p50: number
  p99: number
  failed: number
}

/** One autocannon run of non-streaming calls; latencies in ms as autocannon reports them. */
export async function throughput(target: Target, connections: number, seconds: number): Promise<Throughput> {
  const result = await autocannon({
    url: target.url,
    method: 'POST',
    headers: headersOf(target),
    body: bodyOf(target.model, false),
    connections,
    duration: seconds,
  })
  return {
    requests: result.requests.total,
    seconds: result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failed: result.errors + result.timeouts + result.non2xx,
  }
}
