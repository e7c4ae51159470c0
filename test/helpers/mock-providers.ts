// The Anthropic and Gemini mocks added to a Hub as providers "anthropic" and "google", for tests that call
// several provider types through one surface. Each mock is closed when the test ends.
import type { Test } from 'tap'
import type { ListeningHub, ModelSpec } from './listening-hub.ts'
import { startMockAnthropic } from './mock-anthropic.ts'
import { startMockGoogle } from './mock-google.ts'

export const ANTHROPIC_KEY = 'sk-ant-mock-0123456789abcdefghijklmnop'
export const GOOGLE_KEY = 'AIzaSyMock-0123456789abcdefghijklmnopq'

type Hub = Pick<ListeningHub, 'addProvider'>
type Defaults = Omit<ModelSpec, 'id'>

export async function withMockAnthropic(t: Test, hub: Hub, models: string[], modelDefaults?: Defaults) {
  const claude = await startMockAnthropic()
  t.teardown(() => claude.close())
  const credential = { apiKey: ANTHROPIC_KEY }
  await hub.addProvider({
    name: 'anthropic',
    type: 'anthropic',
    baseUrl: claude.url,
    credential,
    models,
    modelDefaults,
  })
  return claude
}

export async function withMockGoogle(t: Test, hub: Hub, models: string[], modelDefaults?: Defaults) {
  const gemini = await startMockGoogle()
  t.teardown(() => gemini.close())
  const credential = { apiKey: GOOGLE_KEY }
  await hub.addProvider({ name: 'google', type: 'google', baseUrl: gemini.url, credential, models, modelDefaults })
  return gemini
}
