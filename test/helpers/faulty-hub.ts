// A listening Hub with one provider ("flaky") in front of the faulty upstream (mock-faults.ts), one credential per
// named fault key, and a priced chat model "flaky/m" plus an embeddings model "flaky/e". The routing budget is
// small and fast so the tests run in milliseconds; each test names what it changes.
import type { Test } from 'tap'
import type { Config } from '../../lib/config.ts'
import { bearer } from './build.ts'
import { json, type ListeningHub, listeningHub } from './listening-hub.ts'
import { type Fault, type FaultyUpstream, faultKey, startFaultyUpstream } from './mock-faults.ts'

export interface FaultyHub extends ListeningHub {
  upstream: FaultyUpstream
  providerId: string
  /** Credential ids by key name. */
  credentials: Record<string, string>
  token: string
  /** PATCHes a credential; the answer's JSON. */
  patchCredential(name: string, body: object): Promise<Record<string, unknown>>
  /** GET /api/admin/providers/:id/health. */
  health(): Promise<{ data: Record<string, unknown>[] }>
  /** Waits until `count` usage records exist, and returns them newest first. */
  records(count: number): Promise<Record<string, unknown>[]>
}

export const ROUTING_TEST_CONFIG: Partial<Config> = {
  ROUTING_BACKOFF_MS: 10,
  UPSTREAM_FIRST_BYTE_TIMEOUT_MS: 300,
  USAGE_FLUSH_MS: 20,
}

/** `keys`: name → fault, with the weight of its credential (credentials are added in this order). */
export async function faultyHub(
  t: Test,
  keys: [name: string, fault: Fault, weight?: number][],
  overrides: Partial<Config> = {},
): Promise<FaultyHub> {
  const upstream = await startFaultyUpstream(Object.fromEntries(keys.map(([name, fault]) => [name, fault])))
  t.teardown(() => upstream.close())
  const hub = await listeningHub(t, { ...ROUTING_TEST_CONFIG, ...overrides })
  const provider = await hub.admin('/api/admin/providers', { name: 'flaky', type: 'openai', baseUrl: upstream.url })
  const credentials: Record<string, string> = {}
  const headers = bearer(hub.adminToken)
  const patch = async (name: string, body: object) => {
    const url = `/api/admin/providers/${provider.id}/credentials/${credentials[name]}`
    const res = await hub.app.inject({ method: 'PATCH', url, headers, payload: body })
    return res.json()
  }
  for (const [name, , weight] of keys) {
    const row = await hub.admin(`/api/admin/providers/${provider.id}/credentials`, { name, apiKey: faultKey(name) })
    credentials[name] = row.id
    if (weight !== undefined) await patch(name, { weight })
  }
  await hub.addModels([
    { id: 'flaky/m', type: 'chat', inputPrice: '1', outputPrice: '2' },
    { id: 'flaky/e', type: 'embedding', inputPrice: '1', outputPrice: '0' },
  ])
  const { token } = await hub.issue(['chat', 'embeddings'])
  const records = async (count: number) => {
    for (let i = 0; i < 200; i++) {
      const rows = await hub.usage()
      if (rows.length >= count) return rows
      await new Promise((r) => setTimeout(r, 20))
    }
    throw new Error(`fewer than ${count} usage records`)
  }
  const health = async () => json(await fetch(`${hub.url}/api/admin/providers/${provider.id}/health`, { headers }))
  return {
    ...hub,
    upstream,
    providerId: provider.id,
    credentials,
    token,
    patchCredential: patch,
    health,
    records,
  }
}

export const hello = { model: 'flaky/m', messages: [{ role: 'user', content: 'hi' }] }
