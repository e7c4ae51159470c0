// Sets a started Hub up through its admin API, as an operator would: the mock as an OpenAI-type provider, its
// key, one priced model, and a token that may only chat.
import type { HubProcess } from './hub-process.ts'

export async function setupHub(hub: HubProcess, mockUrl: string, mockKey: string): Promise<string> {
  const admin = async (path: string, payload: object) => {
    const res = await fetch(`${hub.url}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${hub.adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify(payload),
    })
    const body = await res.text()
    if (res.status !== 201) throw new Error(`${path}: ${res.status} ${body}`)
    return JSON.parse(body) as { id: string; token?: string }
  }
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
  const call = async (method: string, path: string, payload: object) => {
    const res = await fetch(`${hub.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${hub.adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify(payload),
    })
    const body = await res.text()
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${body}`)
    return JSON.parse(body) as { id: string; token?: string }
  }
  const limits = { rpm: 10_000_000, tpm: 2_000_000_000, concurrency: 10_000 }
  const budget = { amount: '1000000', period: 'month' }
  const account = await call('POST', '/api/admin/accounts', {
    name: 'bench-limited',
    billingMode: 'credits',
    budget,
    limits,
  })
  await call('POST', `/api/admin/accounts/${account.id}/credits/grants`, { amount: '1000000', note: 'benchmark' })
  const { token } = await call('POST', '/api/admin/tokens', {
    name: 'bench chat, limits on',
    account: account.id,
    scopes: ['chat'],
    budget,
    limits,
  })
  if (!token) throw new Error('/api/admin/tokens returned no token')
  return token
}
