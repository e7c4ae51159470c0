// A credits account with a token, and its ledger and grants read back, for the credit tests.
import { SYSTEM_ACTOR } from '../../lib/audit/actor.ts'
import type { Scope } from '../../schemas/tokens.ts'
import { bearer } from './build.ts'
import type { ListeningHub } from './listening-hub.ts'

export async function creditsAccount(hub: ListeningHub, name: string, scopes: Scope[] = ['chat']) {
  const res = await hub.post('/api/admin/accounts', hub.adminToken, { name, billingMode: 'credits' })
  if (res.status !== 201) throw new Error(`creating ${name}: ${res.status} ${await res.text()}`)
  const account = (await res.json()) as { id: string }
  const { row, token } = await hub.app.tokens.issue({ name, accountId: account.id, scopes }, SYSTEM_ACTOR)
  return { id: account.id, token, tokenId: row.id }
}

// biome-ignore lint/suspicious/noExplicitAny: test JSON, as listening-hub.ts json()
export async function adminGet(hub: ListeningHub, path: string): Promise<any> {
  const res = await fetch(`${hub.url}${path}`, { headers: bearer(hub.adminToken) })
  if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`)
  return res.json()
}

export const ledgerOf = async (hub: ListeningHub, accountId: string) =>
  (await adminGet(hub, `/api/admin/accounts/${accountId}/credits/ledger?limit=500`)).data as Array<{
    kind: string
    amount: string
    grantId: string | null
    tokenId: string | null
    requestId: string | null
  }>

export const grantsOf = async (hub: ListeningHub, accountId: string) =>
  (await adminGet(hub, `/api/admin/accounts/${accountId}/credits/grants?limit=500`)).data as Array<{
    id: string
    amount: string
    remaining: string
    expiredAt: string | null
  }>
