// A listening Hub in front of the local OpenAI mock: provider "mock" with a key and a priced chat model for
// each of the mock's behaviours (see mock-openai.ts).
import type { Test } from 'tap'
import type { Config } from '../../lib/config.ts'
import type { OpenDatabaseOptions } from '../../lib/db/open.ts'
import { json, type ListeningHub, listeningHub } from './listening-hub.ts'
import { type MockOpenAI, startMockOpenAI } from './mock-openai.ts'

export { json }

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
  'reasoning-hang',
]

export interface Gateway extends ListeningHub {
  mock: MockOpenAI
  providerId: string
}

export async function gateway(
  t: Test,
  overrides: Partial<Config> = {},
  opts: { slowMs?: number; databaseOptions?: OpenDatabaseOptions } = {},
): Promise<Gateway> {
  const mock = await startMockOpenAI(opts)
  const hub = await listeningHub(t, overrides, opts.databaseOptions && { databaseOptions: opts.databaseOptions })
  t.teardown(() => mock.close())
  const provider = await hub.addProvider({
    name: 'mock',
    type: 'openai',
    baseUrl: mock.url,
    credential: { apiKey: MOCK_KEY },
    models: MOCK_MODELS,
    modelDefaults: { type: 'chat', ...PRICES },
  })
  return { ...hub, mock, providerId: provider.id }
}

/** Reads an SSE body into its `data:` payloads. */
export async function sseData(res: Response): Promise<string[]> {
  const text = await res.text()
  return text
    .split('\n\n')
    .filter((frame) => frame.startsWith('data: '))
    .map((frame) => frame.slice('data: '.length))
}
