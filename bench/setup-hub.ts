// Sets a started Hub up through its admin API, as an operator would: the mock as an OpenAI-type provider, its
// key, one priced model, and a token that may only chat.
import type { HubProcess } from './hub-process.ts'

/** One admin API call with the bootstrap token; any answer but 2xx aborts the benchmark. */
async function adminCall(hub: HubProcess, method: string, path: string, payload: object) {
  const res = await fetch(`${hub.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${hub.adminToken}`, 'content-type': 'application/json' },
    body: JSON.stringify(payload),
  })
  const body = await res.text()
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${body}`)
  return JSON.parse(body) as { id: string; token?: string }
}

export async function setupHub(hub: HubProcess, mockUrl: string, mockKey: string): Promise<string> {
  const admin = (path: string, payload: object) => adminCall(hub, 'POST', path, payload)
  const provider = await admin('/api/admin/providers', { name: 'mock', type: 'openai', baseUrl: mockUrl })
  await admin(`/api/admin/providers/${provider.id}/credentials`, { name: 'main', apiKey: mockKey })
  await admin('/api/admin/models', { id: 'mock/gpt-test', type: 'chat', inputPrice: '0.15', outputPrice: '0.6' })
  const { token } = await admin('/api/admin/tokens', { name: 'bench chat', scopes: ['chat'] })
  if (!token) throw new Error('/api/admin/tokens returned no token')
  return token
}

/**
 * A second chat token with spend control on, as issue 10 asks the benchmark to measure: its account is prepaid
 * (credits, with a grant far above what the run spends) and has a monthly budget and RPM/TPM/concurrency limits,
 * and the token has its own budget and limits too. None of them is reached: the line shows what checking costs.
 */
export async function setupLimitedToken(hub: HubProcess): Promise<string> {
  const limits = { rpm: 10_000_000, tpm: 2_000_000_000, concurrency: 10_000 }
  const budget = { amount: '1000000', period: 'month' }
  const account = await adminCall(hub, 'POST', '/api/admin/accounts', {
    name: 'bench-limited',
    billingMode: 'credits',
    budget,
    limits,
  })
  await adminCall(hub, 'POST', `/api/admin/accounts/${account.id}/credits/grants`, {
    amount: '1000000',
    note: 'benchmark',
  })
  const { token } = await adminCall(hub, 'POST', '/api/admin/tokens', {
    name: 'bench chat, limits on',
    account: account.id,
    scopes: ['chat'],
    budget,
    limits,
  })
  if (!token) throw new Error('/api/admin/tokens returned no token')
  return token
}

/**
 * Routing on, as issue 11 asks the benchmark to measure: a model served by two deployments (two providers, each
 * with its own key, on the same mock) picked by weight, so every call goes through the router's choice and its
 * health bookkeeping. Returns the model's id, called with the plain token.
 */
export async function setupRouting(hub: HubProcess, mockUrl: string, mockKey: string): Promise<string> {
  const admin = (path: string, payload: object) => adminCall(hub, 'POST', path, payload)
  const second = await admin('/api/admin/providers', { name: 'mock2', type: 'openai', baseUrl: mockUrl })
  await admin(`/api/admin/providers/${second.id}/credentials`, { name: 'main', apiKey: mockKey })
  const model = 'mock/gpt-routed'
  await admin('/api/admin/models', { id: model, type: 'chat', inputPrice: '0.15', outputPrice: '0.6' })
  for (const provider of ['mock', 'mock2'])
    await admin('/api/admin/deployments', { modelId: model, provider, upstreamModel: 'gpt-test', weight: 1 })
  return model
}
