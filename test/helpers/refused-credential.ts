// Hub disables a credential its provider refused (401/403), after the call that met the refusal has been
// answered. Tests that meet refusals on purpose wait for that write, then enable the credential again (which
// clears the reason), as an operator would after fixing the key.
import type { ListeningHub } from './listening-hub.ts'

export interface DisabledCredential {
  id: string
  enabled: boolean
  disabledReason: string | null
  disabledAt: string | null
}

/** Waits until the provider's refused credential is disabled, enables it again, and returns it as it was. */
export async function reenableRefused(hub: ListeningHub, provider: string): Promise<DisabledCredential> {
  const headers = { authorization: `Bearer ${hub.adminToken}` }
  for (let i = 0; i < 200; i++) {
    const list = (await hub.app.inject({ url: '/api/admin/providers', headers })).json()
    const p = list.data.find((row: { name: string }) => row.name === provider)
    const disabled = p.credentials.find((c: DisabledCredential) => !c.enabled)
    if (disabled) {
      const res = await hub.app.inject({
        method: 'PATCH',
        url: `/api/admin/providers/${p.id}/credentials/${disabled.id}`,
        headers,
        payload: { enabled: true },
      })
      if (res.statusCode !== 200 || res.json().disabledReason !== null) throw new Error(`re-enabling: ${res.body}`)
      return disabled
    }
    await new Promise((r) => setTimeout(r, 10))
  }
  throw new Error(`provider "${provider}": the refused credential was never disabled`)
}
