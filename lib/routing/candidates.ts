// A model's candidates, built when the registry reloads: one per (deployment, credential), or per credential of
// the model's own provider when it has no deployment. Built once, so picking one on a call allocates nothing.
import type { ProviderAdapter, UpstreamTarget } from '../../providers/types.ts'
import type { Candidate } from './pick.ts'

/** One place a call can be sent. */
export interface RouteCandidate extends Candidate {
  adapter: ProviderAdapter
  target: UpstreamTarget
}

/** An enabled provider as the registry loaded it: its usable credentials, and whether it is called without one. */
export interface LoadedProvider {
  provider: UpstreamTarget['provider']
  adapter: ProviderAdapter | undefined
  credentials: { id: string; apiKey: string; weight: number }[]
  /** No credential at all (a local server): called without a key. Not when its credentials are all disabled. */
  keyless: boolean
}

export interface DeploymentRow {
  id: string
  providerId: string
  upstreamModel: string
  credentialId: string | null
  weight: number
  priority: number
  enabled: boolean
}

/** What health is tracked by: a credential (or a keyless provider) for one model or deployment. */
export const healthKey = (credentialOrProvider: string, route: string) => `${credentialOrProvider} ${route}`
/** What every health key of one credential starts with: to list or forget them all. */
export const credentialHealthPrefix = (credentialId: string) => healthKey(credentialId, '')

export function buildCandidates(
  model: { id: string; providerId: string; upstreamModel: string },
  deployments: readonly DeploymentRow[],
  providers: ReadonlyMap<string, LoadedProvider>,
): RouteCandidate[] {
  const enabled = deployments.filter((d) => d.enabled)
  const candidates: RouteCandidate[] = []
  if (!enabled.length) {
    const own = providers.get(model.providerId)
    if (own) addRoute(candidates, model.id, own, { upstreamModel: model.upstreamModel, weight: null, priority: 0 })
    return candidates
  }
  for (const d of enabled) {
    const loaded = providers.get(d.providerId)
    if (loaded) addRoute(candidates, model.id, loaded, d)
  }
  return candidates
}

function addRoute(
  into: RouteCandidate[],
  modelId: string,
  loaded: LoadedProvider,
  route: Pick<DeploymentRow, 'upstreamModel' | 'priority'> & {
    id?: string
    credentialId?: string | null
    /** A deployment's share, split among its credentials by their weights; null: the credentials' own weights. */
    weight: number | null
  },
): void {
  const { adapter } = loaded
  if (!adapter) return
  const pinned = route.credentialId ?? null
  const credentials = pinned ? loaded.credentials.filter((c) => c.id === pinned) : loaded.credentials
  const keyless = !pinned && loaded.keyless ? [null] : []
  const total = credentials.reduce((sum, c) => sum + c.weight, 0)
  const routeKey = route.id ? `${modelId}#${route.id}` : modelId
  for (const credential of credentials.length ? credentials : keyless) {
    const own = credential?.weight ?? 1
    into.push({
      // One model's outage or rate limit on a key says nothing about the key's other models.
      key: healthKey(credential?.id ?? loaded.provider.id, routeKey),
      weight: route.weight === null ? own : total > 0 ? (route.weight * own) / total : 0,
      priority: route.priority,
      providerName: loaded.provider.name,
      credentialId: credential?.id ?? null,
      deploymentId: route.id ?? null,
      adapter,
      target: { modelId, upstreamModel: route.upstreamModel, provider: loaded.provider, credential },
    })
  }
}
