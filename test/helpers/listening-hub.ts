// A Hub listening on 127.0.0.1, configured the way an operator would: through the admin API (providers,
// credentials, priced models). Tests then talk to it over real HTTP.
import type { Test } from 'tap'
import type { Config } from '../../lib/config.ts'
import { type Built, bearer, build } from './build.ts'

export interface ModelSpec {
  id: string
  type: string
  inputPrice?: string
  outputPrice?: string
  cachedInputPrice?: string | null
  cacheWritePrice?: string | null
  upstreamModel?: string
}

export interface ProviderSpec {
  name: string
  type: string
  baseUrl: string
  /** `{apiKey}` or AWS keys; named "main". */
  credential: Record<string, string>
  /** Model names under the provider (`${name}/${model}`), all with `modelDefaults`. */
  models?: string[]
  modelDefaults?: Omit<ModelSpec, 'id'>
}

/** A response body as JSON; its shape is what the test asserts. */
// biome-ignore lint/suspicious/noExplicitAny: asserted at runtime by the tests
export const json = (res: Response): Promise<any> => res.json()

export interface ListeningHub extends Built {
  url: string
  /** POSTs to the admin API and expects 201. */
  admin(path: string, payload: object): Promise<Record<string, string>>
  addProvider(spec: ProviderSpec): Promise<Record<string, string>>
  addModels(models: ModelSpec[]): Promise<void>
  post(path: string, token: string, body: unknown, init?: RequestInit): Promise<Response>
  get(path: string, token: string): Promise<Response>
  /** Every usage record, newest first, read back through the admin API. */
  usage(): Promise<Record<string, unknown>[]>
}

export async function listeningHub(
  t: Test,
  overrides: Partial<Config> = {},
  shareWith?: Pick<Built, 'databaseOptions'>,
  buildOpts?: Parameters<typeof build>[3],
): Promise<ListeningHub> {
  const built = await build(t, overrides, shareWith, buildOpts)
  const { app, adminToken } = built
  const url = await app.listen({ port: 0, host: '127.0.0.1' })

  const admin = async (path: string, payload: object) => {
    const res = await app.inject({ method: 'POST', url: path, headers: bearer(adminToken), payload })
    if (res.statusCode !== 201) throw new Error(`${path}: ${res.statusCode} ${res.body}`)
    return res.json()
  }
  const addModels = async (models: ModelSpec[]) => {
    for (const model of models) await admin('/api/admin/models', model)
  }
  const addProvider = async (spec: ProviderSpec) => {
    const provider = await admin('/api/admin/providers', { name: spec.name, type: spec.type, baseUrl: spec.baseUrl })
    await admin(`/api/admin/providers/${provider.id}/credentials`, { name: 'main', ...spec.credential })
    const defaults = spec.modelDefaults ?? { type: 'chat', inputPrice: '0.15', outputPrice: '0.6' }
    await addModels((spec.models ?? []).map((m) => ({ id: `${spec.name}/${m}`, ...defaults })))
    return provider
  }
  const post = (path: string, token: string, body: unknown, init: RequestInit = {}) =>
    fetch(`${url}${path}`, {
      method: 'POST',
      ...init,
      headers: { 'content-type': 'application/json', ...bearer(token), ...(init.headers as object) },
      body: JSON.stringify(body),
    })
  const get = (path: string, token: string) => fetch(`${url}${path}`, { headers: bearer(token) })
  const usage = async () => (await json(await get('/api/admin/usage?limit=500', adminToken))).data
  return { ...built, url, admin, addProvider, addModels, post, get, usage }
}
