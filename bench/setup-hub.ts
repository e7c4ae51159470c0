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
