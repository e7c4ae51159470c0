// A listening Hub in front of the local OpenAI mock, set up the way an operator would: through the admin API
// (provider, credential, priced models). Tests then talk to it over real HTTP.
import type { Test } from 'tap'
import type { Config } from '../../lib/config.ts'
import { type Built, bearer, build } from './build.ts'
import { type MockOpenAI, startMockOpenAI } from './mock-openai.ts'

export const MOCK_KEY = 'sk-mock-0123456789abcdefghijklmnopqrstuvwxyz'
/** Priced per 1M tokens: 12 prompt + 5 completion tokens cost 12 × 0.15 + 5 × 0.6 = 4.8 micro-USD. */
export const PRICES = { inputPrice: '0.15', outputPrice: '0.6' }
export const MOCK_MODELS = [
  'gpt-test',
  'tools',
  'error-400',
  'error-401',
  'error-429',
  'error-500',
  'error-503',
  'slow',
  'hang',
  'stream-error',
  'cut',
  'no-usage',
]

export interface Gateway extends Built {
  url: string
  mock: MockOpenAI
  providerId: string
  /** POSTs JSON to Hub with a token. */
  post(path: string, token: string, body: unknown, init?: RequestInit): Promise<Response>
  get(path: string, token: string): Promise<Response>
  /** Every usage record, read back through the admin API. */
  usage(): Promise<Record<string, unknown>[]>
}

export async function gateway(
  t: Test,
  overrides: Partial<Config> = {},
  mockOpts: { slowMs?: number } = {},
): Promise<Gateway> {
  const mock = await startMockOpenAI(mockOpts)
  const built = await build(t, overrides)
  t.teardown(() => mock.close())
  const { app, adminToken } = built
  const url = await app.listen({ port: 0, host: '127.0.0.1' })

  const admin = async (path: string, payload: unknown) => {
    const res = await app.inject({ method: 'POST', url: path, headers: bearer(adminToken), payload: payload as object })
    if (res.statusCode !== 201) throw new Error(`${path}: ${res.statusCode} ${res.body}`)
    return res.json()
  }
  const provider = await admin('/api/admin/providers', { name: 'mock', type: 'openai', baseUrl: mock.url })
  await admin(`/api/admin/providers/${provider.id}/credentials`, { name: 'main', apiKey: MOCK_KEY })
  for (const name of MOCK_MODELS) await admin('/api/admin/models', { id: `mock/${name}`, type: 'chat', ...PRICES })

  const post = (path: string, token: string, body: unknown, init: RequestInit = {}) =>
    fetch(`${url}${path}`, {
      method: 'POST',
      ...init,
      headers: { 'content-type': 'application/json', ...bearer(token), ...(init.headers as object) },
      body: JSON.stringify(body),
    })
  const get = (path: string, token: string) => fetch(`${url}${path}`, { headers: bearer(token) })
  const usage = async () => {
    const res = await get('/api/admin/usage?limit=500', adminToken)
    return (await json(res)).data
  }
  return { ...built, url, mock, providerId: provider.id, post, get, usage }
}

/** A response body as JSON; its shape is what the test asserts. */
// biome-ignore lint/suspicious/noExplicitAny: asserted at runtime by the tests
export const json = (res: Response): Promise<any> => res.json()

/** Reads an SSE body into its `data:` payloads. */
export async function sseData(res: Response): Promise<string[]> {
  const text = await res.text()
  return text
    .split('\n\n')
    .filter((frame) => frame.startsWith('data: '))
    .map((frame) => frame.slice('data: '.length))
}
